// The guide's loop, as stages that hand their result on and never reach back:
// readPage (screen, invoice named) → advance (new round, invoice) → features → stepOnPage
// (steps done, the step and its target) → highlight → buildViewModel → render.
// It runs on load, once per frame that the page changed, on the user's input (debounced), and on clicks.

import { visibleProxy, whileReading } from '../chorus/dom.js';
import { Finder, type LocateContext } from '../chorus/locate.js';
import { DomFacts, readPage } from '../chorus/readPage.js';
import { type Advanced, advance, apply, type Change, stepOnPage, type Tab } from '../core/advance.js';
import type { Screen } from '../core/screens.js';
import { markDraftSaved, progressOf, type StoredState, sameState, selectInvoice, setDone, skipStep } from '../core/state.js';
import type { LocatorId } from '../core/steps.js';
import { t } from '../i18n.js';
import { clickEvidence, rowSelected } from './clicks.js';
import { FeatureManager } from './features/manager.js';
import { logOnce } from './log.js';
import { Highlight } from './overlay/highlight.js';
import { Schedule } from './schedule.js';
import { buildViewModel, type ViewModel } from './viewModel.js';

export type { ViewModel } from './viewModel.js';

export interface EngineHooks {
  render(vm: ViewModel): void;
  /** Applies these changes to the stored state (they were already applied here). */
  persist(change: Change): void;
  stepChanged(step: number | null): void;
  setScreen(screen: Screen, step: number | null): void;
  /** Events inside our own UI are not the user's actions on the page. */
  isOwnEvent(event: Event): boolean;
}

export class Engine {
  private clicked = new Set<LocatorId>();
  private readonly features = new FeatureManager(
    (ms) => this.schedule(ms),
    () => {
      this.finder = null;
    },
  );
  private readonly highlight: Highlight;
  private readonly timing: Schedule;
  private collapsed = false;
  private lastStep: number | null | undefined;
  /** Changes made here and not yet handed to storage. */
  private unsaved: Change[] = [];
  /** The stored state as this tab knows it, and the invoice it works on (core/advance.ts). */
  private tab: Tab;
  /** When the user last worked in this tab, for the popup to find the tab at hand. */
  private seenAt = Date.now();
  /** What the last reading of the page found, until the page or the user changes something. */
  private finder: Finder | null = null;
  private vm: ViewModel | null = null;

  constructor(
    private readonly doc: Document,
    state: StoredState,
    private readonly hooks: EngineHooks,
  ) {
    this.tab = { state, invoice: state.current, bound: false };
    this.highlight = new Highlight(doc);
    this.timing = new Schedule(doc.defaultView, () => {
      try {
        this.evaluate();
      } catch (error) {
        logOnce('evaluate', error);
      }
    });
  }

  /** Evaluate after `ms`, unless an earlier evaluation is already due. */
  schedule(ms: number): void {
    this.timing.after(ms);
  }

  /** The page changed in a way that may matter: forget what was found, and evaluate before the next frame. */
  pageChanged(): void {
    this.finder = null;
    this.timing.nextFrame();
  }

  stop(): void {
    this.timing.cancel();
    this.highlight.clear();
  }

  /** The popup (or another tab) changed the stored state. */
  replaceState(state: StoredState): void {
    const invoice = this.tab.bound ? this.tab.invoice : state.current;
    if (sameState(state, this.tab.state) && invoice === this.tab.invoice) return;
    this.tab = { ...this.tab, state, invoice };
    this.schedule(0);
  }

  /** The invoice and step this tab shows, for the popup. */
  shown(): { invoice: string; step: number | null; seenAt: number } {
    return { invoice: this.tab.invoice, step: this.vm?.step?.n ?? null, seenAt: this.seenAt };
  }

  /** The current reading of the page, for the invoice at hand. */
  private reading(): Finder {
    const ctx: LocateContext = this.tab.invoice ? { invoiceNumber: this.tab.invoice } : {};
    if (!this.finder || this.finder.ctx.invoiceNumber !== ctx.invoiceNumber) this.finder = new Finder(this.doc, ctx);
    return this.finder;
  }

  /** Takes a stage's result: the tab's new state, and its changes for the next save. */
  private take(result: Advanced): void {
    this.tab = result.tab;
    this.unsaved.push(...result.changes);
  }

  private change(change: Change): void {
    this.take(apply({ tab: this.tab, changes: [] }, change));
  }

  /** The user is looking at this tab (it got the focus, or became visible). */
  seen(): void {
    this.seenAt = Date.now();
  }

  /** The user acted in this tab: the invoice it shows becomes the current one. */
  private userActed(now: number): void {
    this.seenAt = now;
    const { invoice, bound, state } = this.tab;
    if (bound && invoice !== state.current) this.change((s) => selectInvoice(s, invoice, {}, invoice, now));
  }

  evaluate(): void {
    // Each evaluation reads the page afresh; what it finds serves the clicks until the page changes.
    this.finder = null;
    whileReading(() => this.stages(Date.now()));
  }

  private stages(now: number): void {
    const page = readPage(this.doc, this.reading());
    this.take(advance(this.tab, page, now));
    const { screen } = page;
    const { state, invoice } = this.tab;
    const round = this.features.run({
      doc: this.doc,
      screen,
      settings: state.settings,
      progress: progressOf(state, invoice),
      now,
      locate: (id) => this.reading().find(id),
    });
    const facts = new DomFacts(screen, this.reading(), this.clicked);
    const settled = stepOnPage(this.tab, facts, now);
    this.take(settled);
    const { step, target } = settled;
    const located = target ? facts.find(target.locator) : null;
    if (target && located && located.fallback > 0) {
      logOnce(
        `drift:${target.locator}`,
        `locator ${target.locator} matched by its fallback "${located.via}" (score ${located.score}: ${located.cues.join(', ')})`,
        'info',
      );
    }
    const element = located ? visibleProxy(located.element) : null;
    this.highlight.show(element, step);
    this.hooks.setScreen(screen, step?.n ?? null);
    const notes = settled.notDownloaded ? [...round.notes, { key: 'not-downloaded', text: t('noteNotDownloaded') }] : round.notes;
    this.vm = buildViewModel({
      ...round,
      screen,
      step,
      target: element,
      targetMissing: !!target && !located,
      invoice: settled.progress,
      notices: this.features.shownNotices(),
      notes,
      collapsed: this.collapsed,
      state: this.tab.state,
    });
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

  // —— events ——

  onUserChange(event: Event): void {
    if (!event.isTrusted || this.hooks.isOwnEvent(event)) return;
    const target = event.target;
    if (target instanceof Element) this.features.touched.add(target);
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
    for (const id of clickEvidence(this.reading(), target)) this.clicked.add(id);
    // Each row's invoice is looked up with the reading for the invoice at hand then.
    for (const facts of rowSelected(() => this.reading(), target)) {
      const from = this.tab.invoice;
      this.change((s) => selectInvoice(s, facts.number, facts, from, now));
      this.tab = { ...this.tab, invoice: facts.number, bound: true };
    }
    if (this.reading().find('form.save')?.element.contains(target)) {
      const invoice = this.tab.invoice;
      this.change((s) => markDraftSaved(s, invoice, now));
    }
    this.schedule(0);
    // The click may unload the page: keep what it showed now.
    this.save();
  }

  // —— the card's buttons ——

  /** What the overlay shows now, for the guards. */
  view(): ViewModel | null {
    return this.vm;
  }

  markCurrentDone(): void {
    const step = this.vm?.step;
    if (step) this.markStepDone(step.n);
  }

  /** The user settled a step from a guard (not refusing settles step 9). */
  markStepDone(n: number): void {
    this.byUser((s, invoice, now) => setDone(s, invoice, n, true, now));
  }

  skipCurrent(): void {
    const step = this.vm?.step;
    if (step) this.byUser((s, invoice, now) => skipStep(s, invoice, step.n, now));
  }

  private byUser(change: (state: StoredState, invoice: string, now: number) => StoredState): void {
    const now = Date.now();
    const invoice = this.tab.invoice;
    this.userActed(now);
    this.change((s) => change(s, invoice, now));
    this.evaluate();
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    if (this.vm) {
      this.vm = { ...this.vm, collapsed };
      this.hooks.render(this.vm);
    }
  }

  toggleCollapsed(): void {
    this.setCollapsed(!this.collapsed);
  }
}
