// A select drawn by script (Angular Material's mat-select, PrimeNG's dropdown, MUI's Select):
// its options exist only while it is open, in a list the page renders somewhere else. It is
// chosen as a user chooses: a press on the select, then a press on the option the page renders
// in the list that opened — never a press on anything else. Whatever goes wrong (no list opens,
// the option is not there, twice there, the select does not show it), the list is closed again
// and nothing else is tried: the assistant then points at the select, as before.

import { normalizeLabel } from '../core/normalize.js';
import { isShown } from './dom.js';
import { drawnValue, isDrawnSelect, isFilled, SAYS_NOTHING } from './locate.js';
import { faceOf, withHosts } from './shadow.js';

/** How long the page may take to render its list, or to show the option chosen. */
export const DRAWN_WAIT_MS = 1500;
const POLL_MS = 20;
/** How long a list may take to close by itself once an option is chosen, before Escape is sent. */
const CLOSING_MS = 300;

export type DrawnOutcome =
  | { chosen: string; option: string }
  | 'missing'
  | 'ambiguous'
  /** No list opened, or the select did not take the option: the page said no. */
  | 'failed';

/** Whether an option, by its text as the page writes it, is the one to choose. */
export type OptionMatch = (text: string) => boolean;

/**
 * A press as a pointer makes it, at the element's centre: pointer and mouse down and up, then
 * the click. Libraries open on one or the other (Material on click, MUI and react-select on
 * mousedown). A press is made only on a drawn select or on an option of the list it opened.
 */
function press(el: Element): void {
  const r = el.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, ...at };
  const win = el.ownerDocument.defaultView;
  const Pointer = win?.PointerEvent ?? win?.MouseEvent ?? MouseEvent;
  const Mouse = win?.MouseEvent ?? MouseEvent;
  const pointer = { pointerId: 1, pointerType: 'mouse', isPrimary: true };
  el.dispatchEvent(new Pointer('pointerdown', { ...init, ...pointer, buttons: 1 }));
  el.dispatchEvent(new Mouse('mousedown', { ...init, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', { ...init, ...pointer, buttons: 0 }));
  el.dispatchEvent(new Mouse('mouseup', { ...init, buttons: 0 }));
  el.dispatchEvent(new Mouse('click', { ...init, buttons: 0 }));
}

/**
 * Whether a press on this element only opens a list or picks in it: never inside a button that
 * submits its form (a `<button role="combobox">` with no type does), a link that leaves the
 * page, or a submit input.
 */
function onlyPicks(el: Element): boolean {
  const button = el.closest('button');
  if (button && button.type !== 'button') return false;
  const link = el.closest('a[href]');
  if (link && !(link.getAttribute('href') ?? '').startsWith('#')) return false;
  return !el.matches('input[type="submit"], input[type="image"], input[type="reset"]');
}

/**
 * Where a user's pointer lands on the select: what is drawn at its centre when that belongs to
 * it (Material listens on its inner trigger), else its trigger, else the select itself.
 */
function pressPoint(select: Element): Element {
  // A web component's select: what its shadow draws listens, not the element of the page.
  if (select.shadowRoot) return faceOf(select);
  const r = select.getBoundingClientRect();
  const hit = select.ownerDocument.elementFromPoint?.(r.left + r.width / 2, r.top + r.height / 2);
  if (hit && select.contains(hit)) return hit;
  return select.querySelector('[class*="trigger"]') ?? select;
}

function shownLists(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[role="listbox"]')).filter((l) => isShown(l));
}

function optionsOf(list: Element): Element[] {
  // A web component's select lists its own children (`<ui5-option>`), drawn only while its list
  // is open in its shadow: those with a box are the options shown.
  if (list.shadowRoot) {
    return withHosts(list, [], '[role="option"]').filter(
      (o) => o.getClientRects().length > 0 && !o.hasAttribute('disabled') && faceOf(o).getAttribute('aria-disabled') !== 'true',
    );
  }
  return Array.from(list.querySelectorAll('[role="option"]')).filter(
    (o) => isShown(o) && o.getAttribute('aria-disabled') !== 'true' && !o.hasAttribute('disabled'),
  );
}

/** Whether the list is shown: a web component's select, while its options are. */
function listShown(list: Element): boolean {
  return list.isConnected && (list.shadowRoot ? optionsOf(list).length > 0 : isShown(list));
}

/** What takes a press on an option: a web component's option in its shadow (`faceOf`). */
function pressable(option: Element): Element {
  return option.shadowRoot ? faceOf(option) : option;
}

/** The ids a select names as its list (`aria-controls`, `aria-owns`, on it or on its trigger). */
function listIds(select: Element): string[] {
  return [select, ...Array.from(select.querySelectorAll('[aria-controls], [aria-owns]'))].flatMap((el) =>
    `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean),
  );
}

/**
 * The list the select opened: the one it names, else the one list shown now that was not shown
 * before the press. Two new lists: not ours to guess between.
 */
function openedList(select: Element, before: Set<Element>): Element | null {
  if (select.shadowRoot) return listShown(select) ? select : null;
  const doc = select.ownerDocument;
  for (const id of listIds(select)) {
    const named = doc.getElementById(id);
    if (named && isShown(named) && optionsOf(named).length > 0) return named;
  }
  const fresh = shownLists(doc).filter((l) => !before.has(l) && optionsOf(l).length > 0);
  return fresh.length === 1 ? (fresh[0] ?? null) : null;
}

/** An option's text the page has not filled in yet: an ellipsis, a template's braces, « Chargement… ». */
const UNREADY = /^(?:…|\.{3}|\{\{.*\}\}|(?:chargement|loading)\b.*)$/i;

/**
 * The list's options are written: none still shows a placeholder for its text, and one at least
 * says something (an empty one is the usual « no choice »).
 */
function written(list: Element): boolean {
  const texts = optionsOf(list).map((o) => (o.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.some((t) => t !== '') && !texts.some((t) => UNREADY.test(t));
}

/**
 * The list the press opened, once its options are written: a list drawn before its texts (bound
 * a moment later) is read once they are, or as it is if they do not come.
 */
async function listOpened(select: Element, before: Set<Element>): Promise<Element | null> {
  const opened = await until(() => openedList(select, before));
  return opened && ((await until(() => (written(opened) ? opened : null))) ?? opened);
}

/** Waits until `ready` gives something, or the time is up (null). */
async function until<T>(ready: () => T | null, ms = DRAWN_WAIT_MS): Promise<T | null> {
  const end = Date.now() + ms;
  for (;;) {
    const found = ready();
    if (found !== null) return found;
    if (Date.now() >= end) return null;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Whether the select says its list is closed: `aria-expanded="false"` on it and its parts that
 * say anything (Vuetify's field and its input), null when none does.
 */
function saysClosed(select: Element): boolean | null {
  const sayers = [select, faceOf(select), ...Array.from(select.querySelectorAll('[aria-expanded]'))].filter((el) =>
    el.hasAttribute('aria-expanded'),
  );
  return sayers.length === 0 ? null : sayers.every((el) => el.getAttribute('aria-expanded') === 'false');
}

/**
 * Closes the list as a user does: Escape where the focus is, else a second press on the select.
 * A list that is closing already (an option chosen, the list fading out while the select says it
 * is closed) is left to close: an Escape then goes to what is under it, and closes the window
 * the select is in (Vuetify's v-dialog).
 */
async function close(select: Element, list: Element, chosen = false): Promise<void> {
  // Once an option is pressed, the select saying it is closed is enough: its list is going.
  const gone = () => !listShown(list) || (chosen && saysClosed(select) === true);
  if (gone() || (chosen && (await until(() => (gone() ? true : null), CLOSING_MS)))) return;
  const doc = select.ownerDocument;
  const Keyboard = doc.defaultView?.KeyboardEvent ?? KeyboardEvent;
  const focused = doc.activeElement && doc.activeElement !== doc.body ? doc.activeElement : select;
  focused.dispatchEvent(new Keyboard('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
  focused.dispatchEvent(new Keyboard('keyup', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
  const closed = await until(() => (!listShown(list) ? true : null), 200);
  const again = pressPoint(select);
  if (!closed && select.isConnected && onlyPicks(again)) press(again);
}

/** Focus where a user's press would put it, then back where it was (the page's own focus is kept). */
function focusFor(select: Element): () => void {
  const doc = select.ownerDocument;
  const before = doc.activeElement;
  // The select, or the input it keeps for the focus (Vuetify's, PrimeFaces'), as a press does.
  const own = select.querySelector<HTMLElement>('input[role="combobox"], [tabindex]:not([tabindex="-1"])');
  const focusable = select instanceof HTMLElement && select.tabIndex >= 0 ? select : own;
  if (focusable) focusable.focus({ preventScroll: true });
  return () => {
    if (before instanceof HTMLElement && before !== doc.body && before.isConnected) before.focus({ preventScroll: true });
    else if (doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body) doc.activeElement.blur();
  };
}

/**
 * Opens the select and presses the one option `match` accepts. `missing`, `ambiguous`: the list
 * opened without exactly one such option (it is closed again). The select must then show a
 * value it did not show before, or the choice did not happen.
 */
export async function chooseDrawn(select: Element, match: OptionMatch): Promise<DrawnOutcome> {
  // After the evaluation that asked for it: its own bookkeeping (the page's focus put back) is done.
  await new Promise((r) => setTimeout(r, 0));
  if (!select.isConnected || !isDrawnSelect(select) || select.getAttribute('aria-disabled') === 'true') return 'failed';
  if (select.shadowRoot && (select.hasAttribute('disabled') || faceOf(select).getAttribute('aria-disabled') === 'true'))
    return 'failed';
  const doc = select.ownerDocument;
  const shownBefore = drawnValue(select);
  const before = new Set(shownLists(doc));
  const target = pressPoint(select);
  if (!onlyPicks(target)) return 'failed';
  const refocus = focusFor(select);
  try {
    press(target);
    const list = await listOpened(select, before);
    if (!list) return 'failed';
    const options = optionsOf(list);
    const matching = options.filter((o) => match((o.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const texts = new Set(matching.map((o) => normalizeLabel(o.textContent ?? '')));
    const [option] = matching;
    if (!option || texts.size > 1) {
      await close(select, list);
      return option ? 'ambiguous' : 'missing';
    }
    const optionText = (option.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!onlyPicks(pressable(option))) {
      await close(select, list);
      return 'failed';
    }
    press(pressable(option));
    const shown = await until(() => {
      const now = drawnValue(select);
      return isFilled(select) && now !== shownBefore ? now : null;
    });
    await close(select, list, true);
    return shown === null ? 'failed' : { chosen: shown, option: optionText };
  } finally {
    refocus();
  }
}

/**
 * Puts a drawn select back to what it showed before (`previous`, the text of an option, or
 * nothing): the option of that text, or for nothing the option that says nothing (a dash,
 * « Aucun »). When the list has no such option, it is left open for the user to choose: a
 * drawn select cannot be emptied by the page's user either.
 */
export async function restoreDrawn(select: Element, previous: string): Promise<'restored' | 'open' | 'failed'> {
  if (!isDrawnSelect(select) || select.getAttribute('aria-disabled') === 'true') return 'failed';
  const doc = select.ownerDocument;
  const before = new Set(shownLists(doc));
  const target = pressPoint(select);
  if (!onlyPicks(target)) return 'failed';
  const refocus = focusFor(select);
  let keepFocus = false;
  const wanted = normalizeLabel(previous);
  try {
    press(target);
    const list = await listOpened(select, before);
    if (!list) return 'failed';
    const back = optionsOf(list).filter((o) => {
      const text = normalizeLabel(o.textContent ?? '');
      return wanted ? text === wanted : SAYS_NOTHING.test(text);
    });
    const [option] = back;
    if (!option || back.length > 1 || !onlyPicks(pressable(option))) {
      keepFocus = true;
      return 'open';
    }
    press(pressable(option));
    const restored = await until(() => {
      const shown = normalizeLabel(drawnValue(select));
      return (wanted ? shown === wanted : !isFilled(select)) ? true : null;
    });
    await close(select, list, true);
    return restored ? 'restored' : 'failed';
  } finally {
    if (!keepFocus) refocus();
  }
}
