// What the user asks from the card and its guards (« Fait », « Passer », « Montrer l'élément »,
// folding): each changes this tab's state as the user's own act, then the engine looks again.
import { type PickedLocator, setDone, setPicked, skipStep } from '../core/state.js';
import type { PickedTargets } from './picked.js';
import type { TabState, UserChange } from './tabState.js';

export interface CardHost {
  /** The step the card shows now. */
  step(): { n: number } | null;
  evaluate(): void;
  /** Shows the card folded or not, without reading the page again. */
  refold(): void;
}

export class CardActions {
  collapsed = false;

  constructor(
    private readonly tab: TabState,
    private readonly picks: PickedTargets,
    private readonly host: CardHost,
  ) {}

  markCurrentDone(): void {
    const step = this.host.step();
    if (step) this.markStepDone(step.n);
  }

  /** The user settled a step from a guard (not refusing settles step 9). */
  markStepDone(n: number): void {
    this.byUser((s, invoice, now) => setDone(s, invoice, n, true, now));
  }

  skipCurrent(): void {
    const step = this.host.step();
    if (step) this.byUser((s, invoice, now) => skipStep(s, invoice, step.n, now));
  }

  /** The user showed the current step's element (« Montrer l'élément »): it is used from now on, on this host. */
  pickCurrent(locator: PickedLocator): void {
    const step = this.host.step();
    if (!step) return;
    const host = this.picks.host;
    this.picks.picked();
    this.tab.change((s) => setPicked(s, host, step.n, locator, Date.now()));
    this.host.evaluate();
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.host.refold();
  }

  toggleCollapsed(): void {
    this.setCollapsed(!this.collapsed);
  }

  private byUser(change: UserChange): void {
    this.tab.changeByUser(change, Date.now());
    this.host.evaluate();
  }
}
