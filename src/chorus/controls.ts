// Changing a control the way a user would, so the portal's own listeners (jQuery, select2)
// see it: native setter, then bubbling input and change (Bitwarden's form filling). A radio
// the portal hides behind a styled span is chosen through its label, as users do.
import { ariaChecked, isAriaChoice, labelsFor } from './dom.js';
import { faceOf, withHosts } from './shadow.js';

export type Snapshot =
  | {
      kind: 'checked';
      el: HTMLInputElement;
      checked: HTMLInputElement | null;
      /** The radio's own elements that said « chosen » by a class before it was chosen (chosenMarks). */
      marked?: Element[];
    }
  | { kind: 'value'; el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement; value: string }
  /** An ARIA radio or box (`role="radio"`), and the one of its group checked before. */
  | { kind: 'aria'; el: Element; checked: Element | null };

/** What a feature may choose: a native radio, box or option, or an ARIA radio or box. */
export type Choosable = HTMLInputElement | HTMLOptionElement | Element;

function fire(el: Element, ...types: string[]): void {
  for (const type of types) el.dispatchEvent(new Event(type, { bubbles: true }));
}

function nativeValueSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) {
  const proto = Object.getPrototypeOf(el) as object;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function setValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input', 'change');
  if (el instanceof HTMLSelectElement) redrawChosen(el);
}

/**
 * A select Chosen draws (its box right after it, `#<id>_chosen`) shows its new value only once
 * told, by the event a page's own code sends it after changing the value (`chosen:updated`,
 * `liszt:updated` before Chosen 1.0): jQuery hears it as any other event.
 */
function redrawChosen(select: HTMLSelectElement): void {
  const next = select.nextElementSibling;
  const byId = select.id ? select.ownerDocument.getElementById(`${select.id}_chosen`) : null;
  if (!byId && !next?.matches('.chosen-container, .chzn-container')) return;
  fire(select, 'chosen:updated', 'liszt:updated');
}

/** The checked radio of a group, to restore it on undo. */
export function checkedInGroup(radio: HTMLInputElement): HTMLInputElement | null {
  if (!radio.name) return radio.checked ? radio : null;
  const scope = radio.form ?? radio.ownerDocument;
  return (
    Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find((r) => r.name === radio.name && r.checked) ??
    null
  );
}

/**
 * Checks a radio or checkbox as a click on its label would (events included). Returns whether
 * it now holds the wanted state: a page that cancels the label's click has said no, and is
 * not overruled.
 */
export function check(input: HTMLInputElement, checked = true): boolean {
  if (input.checked === checked) return true;
  // Its own labels, wrapping ones included (Bootstrap's button groups wrap a radio with no id
  // in a label whose click alone marks the choice on screen).
  const label = input.labels?.[0] ?? labelsFor(input)[0] ?? null;
  // A click on the label of a radio or checkbox toggles it and nothing else: it cannot
  // submit, send or download. Checked: the label really is this input's.
  if (
    label &&
    label.control === input &&
    (input.type === 'checkbox' || input.type === 'radio') &&
    (input.type === 'checkbox' || checked)
  ) {
    label.click();
    return input.checked === checked;
  }
  input.checked = checked;
  fire(input, 'input', 'change');
  return true;
}

/** The ARIA radio of `radio`'s group (its radiogroup, else its parent) that is checked. */
function ariaCheckedInGroup(radio: Element): Element | null {
  const group = radio.closest('[role="radiogroup"]') ?? radio.parentElement;
  if (!group) return null;
  return withHosts(group, Array.from(group.querySelectorAll('[role="radio"]')), '[role="radio"]').find(ariaChecked) ?? null;
}

/**
 * Whether a click on this ARIA radio or box only chooses it: not a button that submits its
 * form, not a link that leaves the page.
 */
function onlyChooses(el: Element): boolean {
  if (el instanceof HTMLButtonElement) return el.type === 'button';
  if (el instanceof HTMLAnchorElement) return !el.href || el.getAttribute('href')?.startsWith('#') === true;
  return !(el instanceof HTMLInputElement);
}

/**
 * Chooses an ARIA radio or box as a user does, by a click (the page's script keeps its state);
 * never one whose click could submit or leave the page.
 */
function chooseAria(el: Element): Snapshot | null {
  // A web component's radio or box: the one in its shadow takes the click (`faceOf`).
  const press = faceOf(el);
  if (press.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled') || !onlyChooses(press)) return null;
  if (!(press instanceof HTMLElement)) return null;
  const snapshot: Snapshot = {
    kind: 'aria',
    el,
    checked: el.getAttribute('role') === 'radio' ? ariaCheckedInGroup(el) : ariaChecked(el) ? el : null,
  };
  if (!ariaChecked(el)) press.click();
  return ariaChecked(el) ? snapshot : null;
}

/** Whether this radio, box or option is the one chosen. */
export function isChosen(el: Choosable): boolean {
  if (el instanceof HTMLOptionElement) return el.selected;
  if (el instanceof HTMLInputElement) return el.checked;
  return ariaChecked(el);
}

/** Chooses a radio, a checkbox or an option. Returns what undo needs. */
export function choose(el: Choosable): Snapshot | null {
  if (!(el instanceof HTMLOptionElement) && !(el instanceof HTMLInputElement)) return isAriaChoice(el) ? chooseAria(el) : null;
  if (el instanceof HTMLOptionElement) {
    const select = el.closest('select');
    if (!select || select.disabled || el.disabled) return null;
    const snapshot: Snapshot = { kind: 'value', el: select, value: select.value };
    setValue(select, el.value);
    return snapshot;
  }
  if (el.disabled) return null;
  const snapshot: Snapshot = {
    kind: 'checked',
    el,
    checked: el.type === 'radio' ? checkedInGroup(el) : el.checked ? el : null,
    marked: el.type === 'radio' ? chosenMarks(el) : [],
  };
  return check(el, true) ? snapshot : null;
}

/**
 * Where a user types or picks with the keyboard: a text field, a select, an editable zone. A
 * focused radio, box, file input, button or read-only field is not (a window often focuses its
 * first one; PrimeFaces' select keeps a read-only input to take the focus).
 */
const EDITING =
  'input:not([readonly]):not([type="radio"]):not([type="checkbox"]):not([type="file"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="image"]), textarea:not([readonly]), select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]:not(input)';

/** Whether the user is typing somewhere else than in `except` (or its own parts): focus must then stay where it is. */
export function userIsEditing(doc: Document, except: Element): boolean {
  const active = doc.activeElement;
  if (!active || except.contains(active) || active === doc.body) return false;
  return active.matches(EDITING);
}

/**
 * Fills a text field as a user would (focus, value, blur, so the portal's own checks run) —
 * unless the user is typing in another field, whose focus is never taken away.
 */
export function fillText(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Snapshot {
  const snapshot: Snapshot = { kind: 'value', el, value: el.value };
  if (userIsEditing(el.ownerDocument, el)) {
    setValue(el, value);
    return snapshot;
  }
  el.focus({ preventScroll: true });
  setValue(el, value);
  el.blur();
  return snapshot;
}

/**
 * Puts a control back as it was. Whether it is: a radio cannot be un-chosen by its user, and a
 * page that keeps its own state (ARIA radios, a framework's) may not let it go back to none —
 * then the notice must not say it was undone.
 */
export function restore(snapshot: Snapshot): boolean {
  if (snapshot.kind === 'value') {
    setValue(snapshot.el, snapshot.value);
    return snapshot.el.value === snapshot.value;
  }
  if (snapshot.kind === 'aria') {
    // A radio: a click on the one checked before (a user cannot un-choose a radio). A box: a
    // click on it again, if it was not checked before.
    const radio = faceOf(snapshot.el).getAttribute('role') === 'radio';
    const back = radio ? snapshot.checked : snapshot.checked ? null : snapshot.el;
    // A web component's radio is chosen by a click on the radio in its shadow.
    const press = back ? faceOf(back) : null;
    if (press instanceof HTMLElement && (!radio || back !== snapshot.el) && onlyChooses(press)) press.click();
    return radio ? !!snapshot.checked && ariaChecked(snapshot.checked) : ariaChecked(snapshot.el) === !!snapshot.checked;
  }
  const { el, checked } = snapshot;
  if (el.type === 'checkbox') {
    check(el, checked !== null);
    return el.checked === (checked !== null);
  }
  if (checked) {
    check(checked, true);
    return checked.checked;
  }
  // No radio was chosen before: a user cannot un-choose a radio, but the form can be put back
  // (unless the page's own script checks it again) — when the page's script follows the input.
  // One that keeps the choice in its own state (Angular Material's radio, iCheck) still says it
  // is chosen, and would send it: the radio is then left chosen, as the page has it.
  const marks = chosenMarks(el).filter((m) => !snapshot.marked?.includes(m));
  el.checked = false;
  fire(el, 'input', 'change');
  if (marks.some(saysChosen)) {
    el.checked = true;
    return false;
  }
  return !el.checked;
}

/** A class that says « chosen »: MDC's `mat-mdc-radio-checked`, iCheck's `checked`, PrimeFaces' `ui-state-active`. */
const CHOSEN_CLASS = /(?:^|[-_])(?:checked|selected|active)$/i;

function saysChosen(el: Element): boolean {
  return el.isConnected && Array.from(el.classList).some((c) => CHOSEN_CLASS.test(c));
}

/**
 * The elements around a radio that are its own (from it up to what holds another radio) and say
 * by a class that it is chosen: the page's own picture of the choice.
 */
function chosenMarks(radio: HTMLInputElement): Element[] {
  const out = new Set<Element>();
  let el = radio.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    if (Array.from(el.querySelectorAll('input[type="radio"]')).some((r) => r !== radio)) break;
    for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) if (saysChosen(e)) out.add(e);
  }
  return [...out];
}

/**
 * The same snapshot on the control a page rendered in place of the snapshot's (an AJAX answer
 * replaces the whole group, PrimeFaces' `update`): the one checked before is found again, a
 * native radio by its name and value, an ARIA one by its words. Null when it cannot be.
 */
export function rebase(snapshot: Snapshot, now: Element): Snapshot | null {
  if (snapshot.kind === 'value') {
    const el = now instanceof HTMLOptionElement ? now.closest('select') : now;
    if (!el || el.tagName !== snapshot.el.tagName) return null;
    return { kind: 'value', el: el as HTMLSelectElement, value: snapshot.value };
  }
  if (snapshot.kind === 'checked') {
    const before = snapshot.checked;
    if (!(now instanceof HTMLInputElement) || now.type !== snapshot.el.type) return null;
    if (!before || before === snapshot.el) return { kind: 'checked', el: now, checked: before && now };
    if (before.isConnected) return { kind: 'checked', el: now, checked: before };
    const scope = now.form ?? now.ownerDocument;
    const twin = Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (r) => r.name === before.name && r.value === before.value,
    );
    return twin ? { kind: 'checked', el: now, checked: twin } : null;
  }
  if (!isAriaChoice(now)) return null;
  const before = snapshot.checked;
  if (!before || before === snapshot.el) return { kind: 'aria', el: now, checked: before && now };
  if (before.isConnected) return { kind: 'aria', el: now, checked: before };
  const words = before.textContent?.trim();
  const group = now.closest('[role="radiogroup"]') ?? now.parentElement;
  const twin = Array.from(group?.querySelectorAll('[role="radio"]') ?? []).find((r) => r.textContent?.trim() === words);
  return twin ? { kind: 'aria', el: now, checked: twin } : null;
}

/** Whether a select is driven by select2, whose box may show the old text a moment. */
export function isSelect2(select: HTMLSelectElement): boolean {
  return (
    select.classList.contains('select2-hidden-accessible') ||
    (!!select.id && !!select.ownerDocument.getElementById(`select2-${select.id}-container`))
  );
}
