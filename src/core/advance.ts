// The guide's rules for one reading of the page, pure: which invoice the tab works on, a new
// round after a sent invoice, which steps the page shows done, and the step to show. The
// content script reads the page into a PageSnapshot and PageFacts; nothing here sees the DOM.
import { mentions, normalizeLabel } from './normalize.js';

import { activeTarget, currentStep, type PageFacts, stepsDoneOnPage } from './progress.js';
import type { Screen } from './screens.js';
import {
  capText,
  type InvoiceProgress,
  markDone,
  PENDING,
  progressOf,
  recordFacts,
  type StoredState,
  sameState,
  startNewRound,
} from './state.js';
import { carriedSteps, hasInvoiceFile, isSent, type Step, type StepTarget } from './steps.js';

/** A change of the stored state, replayed on the latest stored state when saved (another context may have written since). */
export type Change = (state: StoredState) => StoredState;

/**
 * What the tab works on. The invoice lives with the tab: other tabs may work on other
 * invoices. Until the page names one (its detail page, a click on a row), `bound` is false
 * and the tab follows the stored current invoice.
 */
export interface Tab {
  state: StoredState;
  invoice: string;
  bound: boolean;
}

/** What the page says, as `chorus/readPage` reads it. */
export interface PageSnapshot {
  screen: Screen;
  /** The invoice's detail page: its number and facts. */
  detail: { number: string; supplier?: string; amount?: string; receivedAt?: string } | null;
  /** The page's text, read only when needed. */
  text(): string;
}

export interface Advanced {
  tab: Tab;
  /** The changes made to `tab.state`, in order, for storage. */
  changes: Change[];
}

const SEARCH_SCREENS: Screen[] = ['works-space', 'works-search', 'works-results'];
/** Screens past the detail that name the invoice in their text (« Traiter la facture de travaux FT-… »). */
const NAMED_SCREENS: Screen[] = ['certificate-upload', 'invoice-form', 'attachment-dialog'];
/** Screens past the download: the invoice should be on the user's disk by now (mistake n° 1). */
const AFTER_DOWNLOAD: Screen[] = ['invoice-detail', 'certificate-upload', 'invoice-form', 'attachment-dialog'];

/** Applies a change to the tab, and keeps it for storage if it changes anything. */
export function apply(result: Advanced, change: Change): Advanced {
  const next = change(result.tab.state);
  if (next === result.tab.state || sameState(next, result.tab.state)) return result;
  return { tab: { ...result.tab, state: next }, changes: [...result.changes, change] };
}

/** The new round, and the invoice this page names. */
export function advance(tab: Tab, page: PageSnapshot, now: number): Advanced {
  let result: Advanced = { tab, changes: [] };
  if (SEARCH_SCREENS.includes(page.screen) && isSent(progressOf(tab.state, tab.invoice).done)) {
    const sent = tab.invoice;
    result = apply(result, (s) => startNewRound(s, sent, now));
    result = { ...result, tab: { ...result.tab, invoice: PENDING, bound: false } };
  }
  if (page.screen === 'invoice-detail') return fromDetail(result, page.detail, now);
  if (!result.tab.bound && NAMED_SCREENS.includes(page.screen)) return fromText(result, page.text());
  return result;
}

/**
 * The detail page names the invoice this tab works on, and is the best source of its
 * facts: its « mise à disposition MOE » date starts the 7 days. The tab's earlier search
 * steps count for it. The stored current invoice is left alone: only the user's actions
 * change it, or two tabs on two invoices would take it from each other forever.
 */
function fromDetail(result: Advanced, facts: PageSnapshot['detail'], now: number): Advanced {
  if (!facts) return result;
  const number = capText(facts.number);
  const from = result.tab.invoice;
  let next: Advanced = { ...result, tab: { ...result.tab, bound: true } };
  if (normalizeLabel(number) !== normalizeLabel(from)) {
    const state = next.tab.state;
    const carried = [...progressOf(state, PENDING).done, ...carriedSteps(progressOf(state, from).done, 'search')];
    next = apply({ ...next, tab: { ...next.tab, invoice: number } }, (s) => markDone(s, number, carried, now));
  }
  const invoice = next.tab.invoice;
  return apply(next, (s) => recordFacts(s, invoice, facts, now));
}

/**
 * A page past the detail, loaded in a tab of its own (reloaded, restored): if it names
 * exactly one invoice we know, the tab works on that one, not on the stored current
 * invoice another tab may have taken since. Nothing stored changes.
 */
function fromText(result: Advanced, text: string): Advanced {
  const named = new Set(result.tab.state.invoices.filter((p) => p.number && mentions(text, p.number)).map((p) => p.number));
  const [number] = named;
  if (named.size !== 1 || number === undefined) return result;
  return { ...result, tab: { ...result.tab, invoice: number, bound: true } };
}

export interface StepOnPage extends Advanced {
  progress: InvoiceProgress;
  step: Step | null;
  target: StepTarget | null;
  /** Past the download without the invoice file (mistake n° 1). */
  notDownloaded: boolean;
}

/** The steps this page shows done, and the step to show now. */
export function stepOnPage(tab: Tab, facts: PageFacts, now: number): StepOnPage {
  const invoice = tab.invoice;
  const shown = stepsDoneOnPage(facts);
  // A step shown done only by the absence of what the page may render still (a list that comes
  // once a role is chosen) is done on this page, and kept once a later step is: until then, the
  // field rendered late brings it back.
  const sure = stepsDoneOnPage(facts, true);
  const latest = Math.max(0, ...sure, ...progressOf(tab.state, invoice).done);
  const kept = shown.filter((n) => sure.includes(n) || n < latest);
  const result = apply({ tab, changes: [] }, (s) => markDone(s, invoice, kept, now));
  const stored = progressOf(result.tab.state, invoice);
  const onPage = shown.filter((n) => !stored.done.includes(n));
  const progress = onPage.length ? { ...stored, done: [...stored.done, ...onPage].sort((a, b) => a - b) } : stored;
  const step = currentStep(facts.screen, [...progress.done, ...progress.skipped]);
  return {
    ...result,
    progress,
    step,
    target: step ? activeTarget(step, facts) : null,
    notDownloaded: AFTER_DOWNLOAD.includes(facts.screen) && !hasInvoiceFile(progress.done),
  };
}
