// The user's own events on the page (watch.ts listens, in the capture phase): a change marks
// the control as the user's, which no automatic choice then overrides; a click may be a step's
// evidence, name an invoice or save a draft (clicks.ts). Each asks the engine to look again.
// Events inside our own UI, or synthetic ones, are not the user's actions on the page.
import type { Reading } from '../chorus/readPage.js';
import type { LocatorId } from '../core/steps.js';
import { readClick } from './clicks.js';
import type { TabState } from './tabState.js';

/**
 * What a click may change without the page reporting it: a field's value, a box checked, what a
 * pseudo-class shows (a menu opened by focus), a link's target, a grid's selected cell. A click
 * there reads the page afresh.
 */
const INTERACTIVE = [
  'a[href], button, input, select, textarea, label, option, summary, details, [contenteditable], [onclick]',
  '[tabindex]:not([tabindex="-1"])',
  ...['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option', 'combobox', 'textbox', 'gridcell'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

export class UserEvents {
  /** The steps' click evidence seen on this page. */
  readonly clicked = new Set<LocatorId>();

  /** `touched`: the controls the user changed on this page (the features' `touchedByUser`). */
  constructor(
    private readonly tab: TabState,
    private readonly reading: Reading,
    private readonly touched: WeakSet<Element>,
    private readonly isOwnEvent: (event: Event) => boolean,
    /** Evaluate after so many ms. */
    private readonly schedule: (ms: number) => void,
  ) {}

  onUserChange(event: Event): void {
    if (this.isOwnEvent(event)) return;
    if (!event.isTrusted) {
      // The page's own script set a value (select2, a framework, a test tool): no attribute
      // changes, so only its event tells. Read again, but it is not the user's choice.
      this.reading.forget();
      this.schedule(30);
      return;
    }
    const target = event.target;
    if (target instanceof Element) this.touched.add(target);
    this.reading.forget();
    this.tab.userActed(Date.now());
    this.schedule(event.type === 'input' ? 400 : 30);
  }

  onFocusOut(event: Event): void {
    if (this.isOwnEvent(event)) return;
    // What the focus showed (a list of suggestions, a menu, by a pseudo-class) may be gone.
    this.reading.forget();
    if (event.target instanceof HTMLInputElement) this.schedule(0);
  }

  onClick(event: Event): void {
    if (!event.isTrusted || this.isOwnEvent(event)) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const now = Date.now();
    this.tab.userActed(now);
    readClick(target, () => this.reading.get(), this.tab, this.clicked, now);
    // A click on a results row's text changes only what the page then reports, which is weighed
    // as it comes: the evaluation it calls for keeps the reading, and costs the same on a
    // 1 000-row list as on a short one.
    if (!target.closest(INTERACTIVE)) this.reading.keepForRowClick(target);
    this.schedule(0);
    // The click may unload the page: keep what it showed now.
    this.tab.save();
  }
}
