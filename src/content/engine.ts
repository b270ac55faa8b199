// The guide's loop: screen → automations → steps done → current step → highlight and card.
// It runs on load, once per frame that the page changed, on the user's input (debounced), and on clicks.

import { forgetReading, visibleProxy, whileReading } from '../chorus/dom.js';
import { readDetailPage, readResultsRow } from '../chorus/invoice.js';
import { Finder, type LocateContext, type Located } from '../chorus/locate.js';
import { LOCATORS } from '../chorus/locators.js';
import { detectScreen } from '../chorus/screens.js';
import { normalizeLabel } from '../core/normalize.js';
import { activeTarget, currentStep, stepsDoneOnPage } from '../core/progress.js';
import type { Screen } from '../core/screens.js';
import {
  type AutomationId,
  capText,
  dropPicked,
  type HelpContact,
  type InvoiceProgress,
  markDone,
  markDraftSaved,
  PENDING,
  type PickedLocator,
  progressOf,
  recordFacts,
  type StoredState,
  sameState,
  selectInvoice,
  setDone,
  setPicked,
  skipStep,
  startNewRound,
} from '../core/state.js';
import { CLICK_EVIDENCE, carriedSteps, hasInvoiceFile, isSent, type LocatorId, type Step } from '../core/steps.js';
import { t } from '../i18n.js';
import { DomFacts } from './facts.js';
import { featureContext } from './features/context.js';
import { FEATURES } from './features/registry.js';
import type { AutoNotice, CardNote, FeatureId, FeatureMemo, FieldAlert } from './features/types.js';
import { logOnce } from './log.js';
import { PickedTargets } from './picked.js';

export const STEP_ATTR = 'data-moe-step';

/** A click on a results row's own button (download, number) names the invoice of that row. */
const ROW_ACTIONS = (Object.keys(LOCATORS) as LocatorId[]).filter((id) => LOCATORS[id].row);
const SEARCH_SCREENS: Screen[] = ['works-space', 'works-search', 'works-results'];
/** Screens past the detail that name the invoice in their text (« Traiter la facture de travaux FT-… »). */
const NAMED_SCREENS: Screen[] = ['certificate-upload', 'invoice-form', 'attachment-dialog'];

/** The text names this invoice number as a whole word (FT-1 is not in FT-12, is in FT-1-EA). */
function mentions(text: string, number: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(number); i >= 0; i = text.indexOf(number, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + number.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return true;
  }
  return false;
}
/** Screens past the download: the invoice should be on the user's disk by now (mistake n° 1). */
const AFTER_DOWNLOAD: Screen[] = ['invoice-detail', 'certificate-upload', 'invoice-form', 'attachment-dialog'];

export interface ViewModel {
  screen: Screen;
  step: Step | null;
  /** The step is done on this screen (else its target is on another one). */
  onScreen: boolean;
  target: Element | null;
  targetMissing: boolean;
  invoice: InvoiceProgress;
  notices: AutoNotice[];
  alerts: FieldAlert[];
  notes: CardNote[];
  summary: { label: string; value: string }[];
  collapsed: boolean;
  /** The organisation's help contact from the settings, for the foot of the card. */
  help: HelpContact | undefined;
  /** Every invoice's progress and the settings, for the row markers (issue 12). */
  state: StoredState;
  /** The element the user had shown for this step is no longer found (issue 14). */
  pickedLost: boolean;
}

export interface EngineHooks {
  render(vm: ViewModel): void;
  /** Applies these changes to the stored state (they were already applied here). */
  persist(change: (state: StoredState) => StoredState): void;
  stepChanged(step: number | null): void;
  setScreen(screen: Screen, step: number | null): void;
  /** Events inside our own UI are not the user's actions on the page. */
  isOwnEvent(event: Event): boolean;
}

/** Without frames (a hidden tab), the page's changes are still read this soon. */
const HIDDEN_TAB_MS = 120;

/** A new step's target that is out of sight is scrolled to, once, as tour libraries do. */
function bringIntoView(el: Element): void {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (!view || (r.width === 0 && r.height === 0)) return;
  if (r.top >= 0 && r.bottom <= view.innerHeight && r.left >= 0 && r.right <= view.innerWidth) return;
  const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const tall = r.height > view.innerHeight * 0.8;
  el.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}

function restoreFocus(doc: Document, el: Element | null): void {
  if (el instanceof HTMLElement && el.isConnected && el !== doc.body) el.focus({ preventScroll: true });
  else (doc.activeElement as HTMLElement | null)?.blur();
}

export class Engine {
  private clicked = new Set<LocatorId>();
  private touched = new WeakSet<Element>();
  private notices = new Map<AutomationId, AutoNotice>();
  private memos = new Map<FeatureId, FeatureMemo>();
  private highlighted: Element | null = null;
  private collapsed = false;
  private lastStep: number | null | undefined;
  private lastScrolledStep: number | null = null;
  /** Changes made here and not yet handed to storage. */
  private unsaved: ((state: StoredState) => StoredState)[] = [];
  /**
   * The invoice this tab works on. It lives with the tab: other tabs may work on other
   * invoices. Until the page names one (its detail page, a click on a row), the tab
   * follows the stored current invoice.
   */
  private invoice: string;
  private bound = false;
  /** When the user last worked in this tab, for the popup to find the tab at hand. */
  private seenAt = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  /** What the last reading of the page found, until the page or the user changes something. */
  private finder: Finder | null = null;
  private due = Number.POSITIVE_INFINITY;
  private vm: ViewModel | null = null;
  /** The page was left (pagehide): nothing is scheduled until it is shown again. */
  private stopped = false;
  // —— elements the user showed (issue 14) ——
  private readonly picks: PickedTargets;
  private pickedLostStep: number | null = null;

  constructor(
    private readonly doc: Document,
    private state: StoredState,
    private readonly hooks: EngineHooks,
  ) {
    this.invoice = state.current;
    this.picks = new PickedTargets(doc.location?.host ?? '');
  }

  /** Evaluate after `ms`, unless an earlier evaluation is already due. */
  schedule(ms: number): void {
    if (this.stopped) return;
    const at = Date.now() + ms;
    if (this.timer !== undefined && at >= this.due) return;
    clearTimeout(this.timer);
    this.due = at;
    this.timer = setTimeout(this.run, ms);
  }

  /**
   * The page changed in a way that may matter: forget what was found, and evaluate before the
   * next frame is painted, once however many changes come before it — a target the page
   * inserts is highlighted in the frame that shows it. A hidden tab gets no frames; the timer
   * stands in for them there.
   */
  pageChanged(): void {
    this.finder = null;
    if (this.stopped) return;
    const view = this.doc.defaultView;
    if (this.frame === undefined && view?.requestAnimationFrame) this.frame = view.requestAnimationFrame(this.run);
    this.schedule(HIDDEN_TAB_MS);
  }

  private readonly run = (): void => {
    this.cancel();
    try {
      this.evaluate();
    } catch (error) {
      logOnce('evaluate', error);
    }
  };

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = Number.POSITIVE_INFINITY;
    if (this.frame !== undefined) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
    this.clearHighlight();
  }

  /** The page is shown again (back-forward cache): read it afresh. */
  resume(): void {
    this.stopped = false;
    this.finder = null;
    this.schedule(0);
  }

  /** The popup (or another tab) changed the stored state. */
  replaceState(state: StoredState): void {
    const invoice = this.bound ? this.invoice : state.current;
    if (sameState(state, this.state) && invoice === this.invoice) return;
    this.state = state;
    this.invoice = invoice;
    this.schedule(0);
  }

  /** The invoice and step this tab shows, for the popup. */
  shown(): { invoice: string; step: number | null; seenAt: number } {
    return { invoice: this.invoice, step: this.vm?.step?.n ?? null, seenAt: this.seenAt };
  }

  private ctx(): LocateContext {
    return this.invoice ? { invoiceNumber: this.invoice } : {};
  }

  /** The current reading of the page, for the invoice at hand. */
  private reading(): Finder {
    const ctx = this.ctx();
    if (!this.finder || this.finder.ctx.invoiceNumber !== ctx.invoiceNumber) this.finder = new Finder(this.doc, ctx);
    return this.finder;
  }

  private progress(): InvoiceProgress {
    return progressOf(this.state, this.invoice);
  }

  /** Applies a change here now, and to storage at the next save, if it changes anything. */
  private change(change: (state: StoredState) => StoredState): void {
    const next = change(this.state);
    if (next === this.state || sameState(next, this.state)) return;
    this.state = next;
    this.unsaved.push(change);
  }

  /** The user is looking at this tab (it got the focus, or became visible). */
  seen(): void {
    this.seenAt = Date.now();
  }

  /** The user acted in this tab: the invoice it shows becomes the current one. */
  private userActed(now: number): void {
    this.seenAt = now;
    const invoice = this.invoice;
    if (this.bound && invoice !== this.state.current) this.change((s) => selectInvoice(s, invoice, {}, invoice, now));
  }

  evaluate(): void {
    // Each evaluation reads the page afresh; what it finds serves the clicks until the page changes.
    this.finder = null;
    const ours = new MutationObserver(() => undefined);
    ours.observe(this.doc, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      whileReading(() => this.read(ours));
    } finally {
      ours.disconnect();
    }
  }

  /** One evaluation. `ours` sees what the automations (and the page's answers to them) change. */
  private read(ours: MutationObserver): void {
    const now = Date.now();
    const screen = detectScreen(this.doc, this.ctx(), (id) => this.reading().find(id));
    if (SEARCH_SCREENS.includes(screen) && isSent(this.progress().done)) {
      const sent = this.invoice;
      this.change((s) => startNewRound(s, sent, now));
      this.invoice = PENDING;
      this.bound = false;
    }
    if (screen === 'invoice-detail') this.identifyFromDetail(now);
    else if (!this.bound && NAMED_SCREENS.includes(screen)) this.identifyFromText();

    const alerts: FieldAlert[] = [];
    const notes: CardNote[] = [];
    let summary: ViewModel['summary'] = [];
    // A choice made for the user leaves the page's focus where the user had it.
    const focused = this.doc.activeElement;
    if (screen !== 'login' && screen !== 'unknown') {
      for (const feature of FEATURES) {
        const disabled: readonly string[] = this.state.settings.disabled;
        if (!feature.screens.includes(screen) || disabled.includes(feature.id)) continue;
        const memo = this.memos.get(feature.id) ?? {};
        this.memos.set(feature.id, memo);
        let acted = false;
        const page = {
          doc: this.doc,
          screen,
          settings: this.state.settings,
          progress: this.progress(),
          now,
          locate: (id: LocatorId) => this.reading().find(id),
        };
        const fctx = featureContext(page, memo, this.touched, {
          notify: (notice) => {
            acted = true;
            this.notices.set(notice.id, notice);
            this.schedule(0);
          },
          alert: (a) => alerts.push(a),
          note: (n) => notes.push(n),
          summary: (lines) => {
            summary = lines;
          },
          recheckSoon: (ms) => this.schedule(ms),
        });
        try {
          feature.run(fctx);
        } catch (error) {
          logOnce(`feature:${feature.id}`, error);
        }
        // A choice made changes what is on the page (a field enabled, a block shown): read it again.
        if (ours.takeRecords().length > 0 || acted) {
          this.finder = null;
          forgetReading();
        }
      }
    }
    if (this.doc.activeElement !== focused) restoreFocus(this.doc, focused);

    const facts = new DomFacts(screen, this.reading(), this.clicked);
    const invoice = this.invoice;
    const doneHere = stepsDoneOnPage(facts);
    this.change((s) => markDone(s, invoice, doneHere, now));
    const progress = this.progress();
    if (AFTER_DOWNLOAD.includes(screen) && !hasInvoiceFile(progress.done)) {
      notes.push({ key: 'not-downloaded', text: t('noteNotDownloaded') });
    }
    const step = currentStep(screen, [...progress.done, ...progress.skipped]);
    const target = step ? activeTarget(step, facts) : null;
    const located = target ? facts.find(target.locator) : null;
    if (target && located && located.fallback > 0) {
      logOnce(
        `drift:${target.locator}`,
        `locator ${target.locator} matched by its fallback "${located.via}" (score ${located.score}: ${located.cues.join(', ')})`,
        'info',
      );
    }
    // The element the user showed for this step comes first (issue 14).
    const picked = step?.screens.includes(screen) ? this.picks.lookup(this.doc, this.state, step.n, now) : null;
    if (picked?.recheckMs !== undefined) this.schedule(picked.recheckMs);
    if (step && picked?.lost) {
      this.change((s) => dropPicked(s, this.picks.host, step.n));
      this.pickedLostStep = step.n;
    }
    const chosen = picked?.element ?? located?.element ?? null;
    const highlight = chosen ? visibleProxy(chosen) : null;
    this.setHighlight(highlight, step);
    if (highlight && step && step.n !== this.lastScrolledStep) {
      this.lastScrolledStep = step.n;
      bringIntoView(highlight);
    }
    this.hooks.setScreen(screen, step?.n ?? null);

    this.vm = {
      screen,
      step,
      onScreen: !!step && step.screens.includes(screen),
      target: highlight,
      targetMissing: !!target && !chosen,
      invoice: progress,
      // A choice the user changed since is theirs: its notice stays, its undo goes.
      notices: [...this.notices.values()].map((n) =>
        n.undoable && !n.undoable() ? { id: n.id, text: n.text, ...(n.detail ? { detail: n.detail } : {}) } : n,
      ),
      alerts,
      notes,
      summary,
      collapsed: this.collapsed,
      help: this.state.settings.help,
      state: this.state,
      pickedLost: !!step && step.n === this.pickedLostStep,
    };
    this.hooks.render(this.vm);
    this.save();
    const n = step?.n ?? null;
    if (n !== this.lastStep) {
      this.lastStep = n;
      this.hooks.stepChanged(n);
    }
  }

  private save(): void {
    if (this.unsaved.length === 0) return;
    const changes = this.unsaved;
    this.unsaved = [];
    this.hooks.persist((state) => changes.reduce((s, change) => change(s), state));
  }

  /**
   * The detail page names the invoice this tab works on, and is the best source of its
   * facts: its « mise à disposition MOE » date starts the 7 days. The tab's earlier search
   * steps count for it. The stored current invoice is left alone: only the user's actions
   * change it, or two tabs on two invoices would take it from each other forever.
   */
  private identifyFromDetail(now: number): void {
    const facts = readDetailPage(this.doc);
    if (!facts) return;
    const number = capText(facts.number);
    const from = this.invoice;
    this.bound = true;
    if (normalizeLabel(number) !== normalizeLabel(from)) {
      this.invoice = number;
      const carried = [...progressOf(this.state, PENDING).done, ...carriedSteps(progressOf(this.state, from).done, 'search')];
      this.change((s) => markDone(s, number, carried, now));
    }
    const invoice = this.invoice;
    this.change((s) => recordFacts(s, invoice, facts, now));
  }

  /**
   * A page past the detail, loaded in a tab of its own (reloaded, restored): if it names
   * exactly one invoice we know, the tab works on that one, not on the stored current
   * invoice another tab may have taken since. Nothing stored changes.
   */
  private identifyFromText(): void {
    const text = this.doc.body?.textContent ?? '';
    const named = new Set(this.state.invoices.filter((p) => p.number && mentions(text, p.number)).map((p) => p.number));
    const [number] = named;
    if (named.size !== 1 || number === undefined) return;
    this.invoice = number;
    this.bound = true;
  }

  private setHighlight(el: Element | null, step: Step | null): void {
    const value = step ? String(step.n) : '';
    if (this.highlighted === el && el?.getAttribute(STEP_ATTR) === value) return;
    this.clearHighlight();
    if (el && step) {
      el.setAttribute(STEP_ATTR, value);
      this.highlighted = el;
    }
  }

  private clearHighlight(): void {
    this.highlighted?.removeAttribute(STEP_ATTR);
    this.highlighted = null;
    // A stale mark left by an earlier evaluation (element replaced) must not linger.
    for (const el of Array.from(this.doc.querySelectorAll(`[${STEP_ATTR}]`))) el.removeAttribute(STEP_ATTR);
  }

  // —— events ——

  onUserChange(event: Event): void {
    if (!event.isTrusted || this.hooks.isOwnEvent(event)) return;
    const target = event.target;
    if (target instanceof Element) this.touched.add(target);
    this.finder = null;
    this.userActed(Date.now());
    this.schedule(event.type === 'input' ? 400 : 30);
  }

  onFocusOut(event: Event): void {
    if (this.hooks.isOwnEvent(event)) return;
    if (event.target instanceof HTMLInputElement) this.schedule(0);
  }

  onClick(event: Event): void {
    if (!event.isTrusted || this.hooks.isOwnEvent(event)) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const now = Date.now();
    this.userActed(now);
    for (const id of CLICK_EVIDENCE) if (this.clickedOn(id, target)) this.clicked.add(id);
    for (const id of ROW_ACTIONS) {
      const row = this.clickedOn(id, target) ? target.closest('tr') : null;
      const facts = row ? readResultsRow(row) : null;
      if (!facts?.number) continue;
      const number = capText(facts.number);
      const from = this.invoice;
      this.change((s) => selectInvoice(s, number, facts, from, now));
      this.invoice = number;
      this.bound = true;
    }
    if (this.reading().find('form.save')?.element.contains(target)) {
      const invoice = this.invoice;
      this.change((s) => markDraftSaved(s, invoice, now));
    }
    this.schedule(0);
    // The click may unload the page: keep what it showed now.
    this.save();
  }

  /** The click landed on this element. A row's button is looked up in the row clicked, not in the whole list. */
  private clickedOn(id: LocatorId, target: Element): boolean {
    const row: Element | null = LOCATORS[id].row ? target.closest('tr') : null;
    const found: Located | null = row ? this.reading().findInRowAt(id, row, target) : this.reading().find(id);
    return !!found?.element.contains(target);
  }

  // —— the card's buttons ——

  markCurrentDone(): void {
    const step = this.vm?.step;
    if (!step) return;
    const now = Date.now();
    const invoice = this.invoice;
    this.userActed(now);
    this.change((s) => setDone(s, invoice, step.n, true, now));
    this.evaluate();
  }

  /** What the overlay shows now, for the guards. */
  view(): ViewModel | null {
    return this.vm;
  }

  /** The user settled a step from a guard (not refusing settles step 9). */
  markStepDone(n: number): void {
    const now = Date.now();
    const invoice = this.invoice;
    this.userActed(now);
    this.change((s) => setDone(s, invoice, n, true, now));
    this.evaluate();
  }

  skipCurrent(): void {
    const step = this.vm?.step;
    if (!step) return;
    const now = Date.now();
    const invoice = this.invoice;
    this.userActed(now);
    this.change((s) => skipStep(s, invoice, step.n, now));
    this.evaluate();
  }

  /** The user showed the current step's element (« Montrer l'élément »): it is used from now on, on this host. */
  pickCurrent(locator: PickedLocator): void {
    const step = this.vm?.step;
    if (!step) return;
    const host = this.picks.host;
    this.pickedLostStep = null;
    this.change((s) => setPicked(s, host, step.n, locator, Date.now()));
    this.evaluate();
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    if (this.vm && !this.stopped) {
      this.vm = { ...this.vm, collapsed };
      this.hooks.render(this.vm);
    }
  }

  toggleCollapsed(): void {
    this.setCollapsed(!this.collapsed);
  }
}
