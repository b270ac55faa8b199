// The guide's loop, as stages that hand their result on and never reach back:
// readPage (screen, invoice named) → advance (new round, invoice) → features → stepOnPage
// (steps done, the step and its target) → highlight → buildViewModel → render.
// It runs on load, once per frame that the page changed, on the user's input (debounced), and on clicks.

import { accessibleName, fadeUnderway, isStepItem, partsOf, whileReading } from '../chorus/dom.js';
import { shownOnly } from '../chorus/locate.js';
import { isRowLocator } from '../chorus/locators.js';
import { DomFacts, Reading, readPage } from '../chorus/readPage.js';
import { advance, type Change, stepOnPage } from '../core/advance.js';
import type { Screen } from '../core/screens.js';
import { progressOf, type StoredState } from '../core/state.js';
import type { Shown } from '../messages.js';
import { CardActions } from './cardActions.js';
import { FeatureManager } from './features/manager.js';
import { guarded } from './guarded.js';
import { Highlight } from './overlay/highlight.js';
import { PickedTargets } from './picked.js';
import { Schedule } from './schedule.js';
import { TabState } from './tabState.js';
import { UserEvents } from './userEvents.js';
import { buildViewModel, type ViewModel } from './viewModel.js';

export interface EngineHooks {
  render(vm: ViewModel): void;
  /** Applies these changes to the stored state (they were already applied here). */
  persist(change: Change): void;
  /** The step shown changed, or the screen (`left`: the page was left): for the badge, the popup, the frames. */
  stepChanged(step: number | null, shows: Shown): void;
  setScreen(screen: Screen, step: number | null): void;
  /** Events inside our own UI are not the user's actions on the page. */
  isOwnEvent(event: Event): boolean;
  /** Rows of the results changed, and nothing the guide found: only what is beside them is drawn again. */
  rowsChanged?(): void;
}

/** The longest a reading is put off for fades that follow one another. */
const FADE_PUT_OFF_MAX_MS = 1000;
/** Read this long after a fade's end: its last frame is drawn. */
const FADE_MARGIN_MS = 20;

export class Engine {
  private readonly features = new FeatureManager(
    (ms) => this.schedule(ms),
    () => this.reading.forget(),
  );
  private readonly highlight: Highlight;
  private readonly timing: Schedule;
  private readonly rowTiming: Schedule;
  /** What the background was last told: the step, and the screen. */
  private told: string | undefined;
  /** This frame speaks for its tab: it shows the card and rings the target (setSpeaks). */
  private speaks = true;
  /** Since when a fade under way has put off the reading (null: it is not put off). */
  private putOffSince: number | null = null;
  private readonly tab: TabState;
  private readonly reading: Reading;
  private vm: ViewModel | null = null;
  /** Elements the user showed (issue 14). */
  private readonly picks: PickedTargets;
  /** The user's events on the page (watch.ts). */
  readonly user: UserEvents;
  /** What the user asks from the card and its guards. */
  readonly card: CardActions;

  constructor(
    private readonly doc: Document,
    state: StoredState,
    private readonly hooks: EngineHooks,
  ) {
    this.tab = new TabState(state, hooks.persist);
    this.reading = new Reading(doc, () => this.tab.invoice);
    this.highlight = new Highlight(doc);
    this.picks = new PickedTargets(doc.location?.host ?? '');
    this.user = new UserEvents(this.tab, this.reading, this.features.touched, hooks.isOwnEvent, (ms) => this.schedule(ms));
    this.card = new CardActions(this.tab, this.picks, {
      step: () => this.vm?.step ?? null,
      evaluate: () => this.evaluate(),
      refold: () => this.refold(),
    });
    const evaluate = guarded('evaluate', () => this.evaluate());
    this.timing = new Schedule(doc.defaultView, evaluate);
    this.rowTiming = new Schedule(
      doc.defaultView,
      guarded('rows', () => hooks.rowsChanged?.()),
    );
  }

  /** Evaluate after `ms`, unless an earlier evaluation is already due. */
  schedule(ms: number): void {
    this.timing.after(ms);
  }

  /**
   * The page changed in a way that may matter (by these records, if known): forget what it may
   * change, and evaluate before the next frame — or, when nothing found can have changed, only
   * draw the rows' markers again.
   */
  pageChanged(records?: readonly MutationRecord[]): void {
    if (!records) this.reading.forget();
    if (!records || this.reading.changed(records)) this.timing.nextFrame();
    else this.rowTiming.nextFrame();
  }

  /** The page is left: nothing of ours stays on it, and it no longer speaks for its tab. */
  stop(): void {
    this.timing.pause();
    this.rowTiming.pause();
    this.features.stop();
    this.highlight.clear();
    this.tell(null, 'left');
    this.speaks = true;
  }

  /** Tells the background the step and the screen, when either changes. */
  private tell(step: number | null, shows: Shown): void {
    const told = `${step}:${shows}`;
    if (told === this.told) return;
    this.told = told;
    this.hooks.stepChanged(step, shows);
  }

  /**
   * Whether this frame speaks for its tab (background/frames.ts): an application shown in frames
   * has one voice, the frame furthest in the flow. The others show nothing (their notices and
   * alerts are kept for when they speak again).
   */
  setSpeaks(speaks: boolean): void {
    if (speaks === this.speaks) return;
    this.speaks = speaks;
    this.schedule(0);
  }

  /** The page is shown again (back-forward cache): read it afresh. */
  resume(): void {
    this.told = undefined;
    this.timing.resume();
    this.rowTiming.resume();
    this.reading.forget();
    this.schedule(0);
  }

  /** The popup (or another tab) changed the stored state. */
  replaceState(state: StoredState): void {
    if (this.tab.replace(state)) this.schedule(0);
  }

  /** The invoice and step this tab shows, for the popup. */
  shown(): { invoice: string; step: number | null; seenAt: number } {
    return { invoice: this.tab.invoice, step: this.vm?.step?.n ?? null, seenAt: this.tab.seenAt };
  }

  /** The user is looking at this tab (it got the focus, or became visible). */
  seen(): void {
    this.tab.seenAt = Date.now();
  }

  evaluate(): void {
    // A fade under way (a window, a tab's panel): read once it ends, as the user sees it then —
    // but never more than a second after the first reading put off.
    const fade = fadeUnderway(this.doc);
    const now = Date.now();
    if (fade > 0 && (this.putOffSince === null || now - this.putOffSince < FADE_PUT_OFF_MAX_MS)) {
      this.putOffSince ??= now;
      this.schedule(Math.ceil(fade) + FADE_MARGIN_MS);
      return;
    }
    this.putOffSince = null;
    // Each evaluation reads the page afresh (but for what changes confined to rows left standing);
    // what it finds serves the clicks until the page changes.
    this.reading.refresh();
    whileReading(() => this.stages(Date.now()));
  }

  private stages(now: number): void {
    const page = readPage(this.doc, this.reading.get());
    this.tab.take(advance(this.tab.value, page, now));
    const { screen } = page;
    const { state, invoice } = this.tab.value;
    const round = this.features.run({
      doc: this.doc,
      screen,
      settings: state.settings,
      progress: progressOf(state, invoice),
      now,
      // A choice is made where the user sees it: not in a folded section.
      locate: (id) => shownOnly(this.reading.get().find(id)),
      acrossPage: (key, read) => this.reading.get().acrossPage(key, read),
    });
    const facts = new DomFacts(screen, this.reading.get(), this.user.clicked);
    const settled = stepOnPage(this.tab.value, facts, now);
    this.tab.take(settled);
    const { step, target } = settled;
    const located = target ? facts.find(target.locator) : null;
    const picked = this.picks.stage(this.doc, this.tab.state, step, screen, now);
    if (picked.recheckMs !== undefined) this.schedule(picked.recheckMs);
    if (picked.drop) this.tab.change(picked.drop);
    // A frame that does not speak for its tab rings nothing: the one that does shows the step.
    const element = this.speaks
      ? this.highlight.show(step, target?.locator, located, picked.element)
      : this.highlight.show(null, undefined, null, null);
    this.hooks.setScreen(screen, step?.n ?? null);
    this.vm = buildViewModel({
      ...round,
      screen,
      step,
      target: element,
      targetOf: target?.as ?? null,
      targetMissing: !!target && !element,
      notListed: !!target && !element && !!this.tab.invoice && isRowLocator(target.locator) && !!facts.find('results.table'),
      openFirst: !picked.element && located?.behind ? openerName(located.behind) : null,
      invoice: settled.progress,
      notices: this.features.shownNotices(),
      notDownloaded: settled.notDownloaded,
      collapsed: this.card.collapsed,
      state: this.tab.state,
      pickedLost: picked.lost,
      speaks: this.speaks,
    });
    this.hooks.render(this.vm);
    this.tab.save();
    this.tell(step?.n ?? null, screen);
  }

  /** What the overlay shows now, for the guards. */
  view(): ViewModel | null {
    return this.vm;
  }

  /** The card folded or unfolded (CardActions): the same view, drawn again. */
  private refold(): void {
    if (this.vm && !this.timing.isPaused) {
      this.vm = { ...this.vm, collapsed: this.card.collapsed };
      this.hooks.render(this.vm);
    }
  }
}

/** What the control that opens a folded section says, shortened, for the card (shown as text). */
function openerName(opener: Element): string {
  // A <details> with no summary of its own: the browser's « Détails », not its content.
  if (opener instanceof HTMLDetailsElement) return '';
  // A step of a form in steps: its title, without its number (« Références », not « 2Références »).
  const title = isStepItem(opener)
    ? opener.querySelector('[class*="title"], [class*="label"]')?.textContent?.trim() ||
      partsOf(opener)
        .slice(1)
        .map((part) => part.trim())
        .find((part) => /\p{L}/u.test(part))
    : undefined;
  const name = (title ?? accessibleName(opener)).replace(/\s+/g, ' ').trim();
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}
