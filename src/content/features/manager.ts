// Runs the features of this screen (refined-github's feature manager): each isolated (an
// exception is caught and logged once, the others carry on), the ones the user turned off
// skipped, what each says collected for the card. Each run has a signal, aborted when the
// page is left, the screen changes or the feature is turned off: what it attached goes with it.
import { forgetReading, isShown } from '../../chorus/dom.js';
import { type AutomationId, FEATURES, type Feature, type FeatureId } from '../../core/features.js';
import type { Screen } from '../../core/screens.js';
import { logOnce } from '../log.js';
import { type FeaturePage, featureContext } from './context.js';
import { RUNS } from './registry.js';
import type { AutoNotice, CardNote, FeatureMemo, FieldAlert } from './types.js';

/** What the features said on this evaluation. */
export interface FeatureRound {
  alerts: FieldAlert[];
  notes: CardNote[];
  summary: { label: string; value: string }[];
}

export class FeatureManager {
  /** The controls the user changed on this page, shared by every feature. */
  readonly touched = new WeakSet<Element>();
  private readonly notices = new Map<AutomationId, AutoNotice>();
  private readonly memos = new Map<FeatureId, FeatureMemo>();
  /** One per feature running on this screen. */
  private readonly running = new Map<FeatureId, AbortController>();
  /** The screen the features last ran on. */
  private screen: Screen | undefined;
  /** The last screen of the flow they ran on (not login, not unknown). */
  private known: Screen | undefined;

  /**
   * `recheck`: evaluate again in so many ms. `reread`: what the page shows changed (a choice
   * made here enabled a field, showed a block): the engine reads it afresh.
   */
  constructor(
    private readonly recheck: (ms: number) => void,
    private readonly reread: () => void,
  ) {}

  run(page: FeaturePage): FeatureRound {
    const round: FeatureRound = { alerts: [], notes: [], summary: [] };
    if (page.screen !== this.screen) this.stop();
    this.screen = page.screen;
    if (page.screen === 'login' || page.screen === 'unknown') return round;
    // The choices told on one screen are that screen's: on the next (a page that changes
    // without reloading, the search form kept above its results), their notices would speak of
    // what is done and past. A reading that knows no screen for a moment changes nothing.
    if (this.known && page.screen !== this.known) this.notices.clear();
    this.known = page.screen;
    const { doc } = page;
    // A choice made for the user leaves the page's focus where the user had it.
    const focused = doc.activeElement;
    // Sees what the features (and the page's answers to them) change.
    const ours = new MutationObserver(() => undefined);
    ours.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      for (const feature of FEATURES) {
        const disabled: readonly string[] = page.settings.disabled;
        if (!feature.screens.includes(page.screen) || disabled.includes(feature.id)) {
          this.running.get(feature.id)?.abort();
          this.running.delete(feature.id);
          continue;
        }
        const acted = this.runOne(feature, page, round);
        if (ours.takeRecords().length > 0 || acted) {
          this.reread();
          forgetReading();
        }
      }
    } finally {
      ours.disconnect();
    }
    if (doc.activeElement !== focused) restoreFocus(doc, focused);
    return round;
  }

  /** Runs one feature; whether it made a choice for the user. */
  private runOne(feature: Feature, page: FeaturePage, round: FeatureRound): boolean {
    const { id } = feature;
    const memo = this.memos.get(id) ?? {};
    this.memos.set(id, memo);
    const controller = this.running.get(id) ?? new AbortController();
    this.running.set(id, controller);
    let acted = false;
    const ctx = featureContext(page, { memo, signal: controller.signal }, this.touched, {
      notify: (notice) => {
        acted = true;
        this.notices.set(notice.id, notice);
        this.recheck(0);
      },
      alert: (a) => round.alerts.push(a),
      note: (n) => round.notes.push(n),
      summary: (lines) => {
        round.summary = lines;
      },
      recheckSoon: (ms) => this.recheck(ms),
    });
    try {
      RUNS[id](ctx);
    } catch (error) {
      logOnce(`feature:${id}`, error);
    }
    return acted;
  }

  /** Takes down what every feature attached (the page is left, or the screen changed). */
  stop(): void {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
  }

  /**
   * The choices made on this page. One the user changed since is theirs: its notice stays, its
   * undo goes. One whose control is no longer shown (the window it was made in has closed) is
   * not shown either: its « Annuler » would act on nothing the user sees.
   */
  shownNotices(): AutoNotice[] {
    return [...this.notices.values()]
      .filter((n) => {
        const anchor = n.anchor;
        return !anchor || (anchor.isConnected && isShown(anchor));
      })
      .map((n) => (n.undoable && !n.undoable() ? { id: n.id, text: n.text, ...(n.detail ? { detail: n.detail } : {}) } : n));
  }
}

function restoreFocus(doc: Document, el: Element | null): void {
  if (el instanceof HTMLElement && el.isConnected && el !== doc.body) el.focus({ preventScroll: true });
  else (doc.activeElement as HTMLElement | null)?.blur();
}
