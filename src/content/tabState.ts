// The stored state as this tab knows it, the invoice the tab works on (core/advance.ts), and
// the changes made here that storage has not had yet.
import { type Advanced, apply, type Change, type Tab } from '../core/advance.js';
import { type StoredState, sameState, selectInvoice } from '../core/state.js';

/** A change the user makes by hand, to the invoice this tab shows. */
export type UserChange = (state: StoredState, invoice: string, now: number) => StoredState;

export class TabState {
  value: Tab;
  /** When the user last worked in this tab, for the popup to find the tab at hand. */
  seenAt = Date.now();
  private unsaved: Change[] = [];

  /** `persist` applies the changes to the latest stored state (another context may have written since). */
  constructor(
    state: StoredState,
    private readonly persist: (change: Change) => void,
  ) {
    this.value = { state, invoice: state.current, bound: false };
  }

  get state(): StoredState {
    return this.value.state;
  }

  get invoice(): string {
    return this.value.invoice;
  }

  /** Takes a stage's result: the tab's new state, and its changes for the next save. */
  take(result: Advanced): void {
    this.value = result.tab;
    this.unsaved.push(...result.changes);
  }

  /** Applies a change here now, and to storage at the next save, if it changes anything. */
  change(change: Change): void {
    this.take(apply({ tab: this.value, changes: [] }, change));
  }

  /** The page named the invoice this tab works on (a click on its row). */
  bind(invoice: string): void {
    this.value = { ...this.value, invoice, bound: true };
  }

  /** The popup (or another tab) changed the stored state; whether this tab sees a difference. */
  replace(state: StoredState): boolean {
    const invoice = this.value.bound ? this.value.invoice : state.current;
    if (sameState(state, this.value.state) && invoice === this.value.invoice) return false;
    this.value = { ...this.value, state, invoice };
    return true;
  }

  /** The user acted in this tab: the invoice it shows becomes the current one. */
  userActed(now: number): void {
    this.seenAt = now;
    const { invoice, bound, state } = this.value;
    if (bound && invoice !== state.current) this.change((s) => selectInvoice(s, invoice, {}, invoice, now));
  }

  /** The user changed the state by hand (the card, a guard), for the invoice this tab shows. */
  changeByUser(change: UserChange, now: number): void {
    const invoice = this.invoice;
    this.userActed(now);
    this.change((s) => change(s, invoice, now));
  }

  save(): void {
    if (this.unsaved.length === 0) return;
    const changes = this.unsaved;
    this.unsaved = [];
    this.persist((state) => changes.reduce((s, change) => change(s), state));
  }
}
