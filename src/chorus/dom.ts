// Reading the portal's DOM the way a user perceives it: shown or not, what a control is
// called, what a button says. Nothing here writes to the page.
import { labelMatches, normalizeLabel, type TextMatch } from '../core/normalize.js';
import { faceName, faceOf, hasHosts, matchesFace, noteHost, readingShadows, shownText, withHosts } from './shadow.js';

/** The <label for=…> elements of a control, compared by property: no selector built from page text. */
export function labelsFor(el: Element): HTMLLabelElement[] {
  const id = el.id;
  if (!id) return [];
  const doc = el.ownerDocument;
  // While the page is read, its labels are indexed once rather than scanned for every control.
  if (memo) {
    let index = memo.labels.get(doc);
    if (!index) {
      index = new Map();
      for (const l of Array.from(doc.getElementsByTagName('label'))) {
        if (!l.htmlFor) continue;
        const list = index.get(l.htmlFor);
        if (list) list.push(l);
        else index.set(l.htmlFor, [l]);
      }
      memo.labels.set(doc, index);
    }
    return index.get(id) ?? [];
  }
  return Array.from(doc.getElementsByTagName('label')).filter((l) => l.htmlFor === id);
}

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A radio or a box made with ARIA (`<button role="radio" aria-checked>`), not a native input:
 * the page's script keeps its state and, often, a hidden input the form sends.
 */
export function isAriaChoice(el: Element): boolean {
  const face = faceOf(el);
  const role = face.getAttribute('role');
  return (role === 'radio' || role === 'checkbox') && !(face instanceof HTMLInputElement);
}

/** Whether an ARIA radio or box (or the host that stands for one) says it is checked. */
export function ariaChecked(el: Element): boolean {
  const face = faceOf(el);
  // A web component says it at once by its `checked` attribute (its property, reflected: the
  // property itself is the page's script's, out of our reach); its shadow only once drawn again.
  if (face !== el && el.hasAttribute('checked')) return true;
  return face.getAttribute('aria-checked') === 'true';
}

function styleHides(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** While the engine reads the page: whether each element is shown, and each name, worked out once. */
interface ReadingMemo {
  shown: WeakMap<Element, boolean>;
  names: WeakMap<Element, string>;
  /** The page's <label for=…> by the id they name. */
  labels: WeakMap<Document, Map<string, HTMLLabelElement[]>>;
  /** The page's folded sections' openers by the id they name. */
  toggles: WeakMap<Document, Map<string, Element[]>>;
  /** The page's step items (STEP_ITEMS) and their words. */
  steps: WeakMap<Document, { item: Element; parts: string[] }[]>;
  /** What labels each control, and what its group is about: every locator of a kind asks. */
  controlLabels: WeakMap<Element, string[]>;
  groups: WeakMap<Element, string>;
}
let memo: ReadingMemo | null = null;
const freshMemo = (): ReadingMemo => ({
  shown: new WeakMap(),
  names: new WeakMap(),
  labels: new WeakMap(),
  toggles: new WeakMap(),
  steps: new WeakMap(),
  controlLabels: new WeakMap(),
  groups: new WeakMap(),
});

/**
 * Runs `read` with what is shown and what things are called worked out once per element: the
 * page does not change while it is read. Whoever changes it meanwhile calls `forgetReading`.
 */
export function whileReading<T>(read: () => T): T {
  const outer = memo;
  memo = freshMemo();
  readingShadows(true);
  try {
    return read();
  } finally {
    memo = outer;
    readingShadows(outer !== null);
  }
}

const SHOWN = (m: ReadingMemo) => m.shown;
const NAMES = (m: ReadingMemo) => m.names;
const CONTROL_LABELS = (m: ReadingMemo) => m.controlLabels;
const GROUPS = (m: ReadingMemo) => m.groups;

/** `work(el)` once per element while the page is read (`whileReading`); every time otherwise. */
function remembered<V>(table: (m: ReadingMemo) => WeakMap<Element, V>, el: Element, work: (el: Element) => V): V {
  const known = memo ? table(memo) : undefined;
  let value = known?.get(el);
  if (value === undefined) {
    value = work(el);
    known?.set(el, value);
  }
  return value;
}

export function forgetReading(): void {
  if (memo) {
    memo = freshMemo();
    readingShadows(true);
  }
}

// A closed <dialog> is hidden by the browser's own style (display: none), which a page may
// override to show it by a class of its own (DSFR's `fr-modal--opened`): its style says.
function hidesItself(node: Element): boolean {
  return node.hasAttribute('hidden') || folded(node) || styleHides(node);
}

/** Inside a closed <details>, all but its summary is hidden, whatever its own style says. */
function folded(node: Element): boolean {
  const details = node.parentElement;
  return details instanceof HTMLDetailsElement && !details.open && node !== summaryOf(details);
}

function summaryOf(details: HTMLDetailsElement): Element | null {
  for (const child of Array.from(details.children)) if (child.tagName === 'SUMMARY') return child;
  return null;
}

/** Whether nothing from `node` up to the root hides what is inside it. */
function chainShown(node: Element | null): boolean {
  if (!node || node === node.ownerDocument.documentElement) return true;
  return remembered(SHOWN, node, shownUp);
}

function shownUp(node: Element): boolean {
  return !ariaHides(node) && !hidesItself(node) && chainShown(node.parentElement);
}

/**
 * Whether `aria-hidden="true"` or `inert` hides what is inside: the page behind a window (a
 * framework marks it so while the window is open). Not on a window shown on the page: Bootstrap 3.3 and
 * later never change the attribute that its older documentation told pages to write on every
 * modal, so an open modal may keep saying it is hidden while the user works in it.
 */
function ariaHides(node: Element): boolean {
  // `inert`: the page behind a window, out of use (Headless UI marks it so).
  return (
    node.hasAttribute('inert') ||
    (node.getAttribute('aria-hidden') === 'true' && !openWindowSaysHidden(node) && !hiddenForAList(node))
  );
}

const POPUP_LISTS = '[role="listbox"], [role="menu"]';

/**
 * The page hidden for a list: a select's or a menu's list open in a popover of its own at the
 * end of <body> hides the rest of it as a window does (MUI's Menu is a Modal), while the user
 * is still on the page, choosing in one of its fields. Not while a window is open beside it.
 */
function hiddenForAList(node: Element): boolean {
  const body = node.ownerDocument.body;
  if (node.parentElement !== body) return false;
  let list = false;
  for (const other of Array.from(body.children)) {
    if (other === node || other.getAttribute('aria-hidden') === 'true' || other.hasAttribute('inert')) continue;
    // Any window shown there, not only the first in it (a closed modal may come before an open one).
    if (other.matches(DIALOGS) ? isShown(other) : Array.from(other.querySelectorAll(DIALOGS)).some((w) => isShown(w)))
      return false;
    const popup = other.querySelector(POPUP_LISTS);
    if (popup && isShown(popup)) list = true;
  }
  return list;
}

function openWindowSaysHidden(node: Element): boolean {
  if (!node.matches(DIALOGS)) return false;
  const style = node.ownerDocument.defaultView?.getComputedStyle(node);
  return (
    !!style &&
    style.display !== 'none' &&
    style.visibility !== 'hidden' &&
    style.pointerEvents !== 'none' &&
    Number.parseFloat(style.opacity || '1') > 0
  );
}

/**
 * Whether an element is shown. A control the portal hides on purpose (a custom radio, a
 * select2 select, a styled file input) is judged by its ancestors only, with `self: false`.
 * Its own aria-hidden does not hide it: an icon button is still a button.
 */
export function isShown(el: Element, opts: { self?: boolean } = {}): boolean {
  if (el.closest('template')) return false;
  if (opts.self !== false && el !== el.ownerDocument.documentElement && hidesItself(el)) return false;
  if (opts.self === false && folded(el)) return false;
  return chainShown(el.parentElement);
}

/**
 * What may open a section: a control that says it is folded, or Bootstrap's collapse trigger
 * written without `aria-expanded` (Bootstrap 3 adds it only on the first click).
 */
const FOLDED_TOGGLES =
  '[aria-expanded="false"], [data-toggle="collapse"]:not([aria-expanded]), [data-bs-toggle="collapse"]:not([aria-expanded])';
/** Tabs say `aria-expanded` too (Bootstrap 3), but another tab is another screen, not a fold. */
const TABS = '[role="tab"], [data-toggle="tab"], [data-bs-toggle="tab"], [role="tablist"] *, .nav-tabs *';

/**
 * The control a user opens to see `el`, when `el` is hidden only by one folded section: a closed
 * <details> (its summary), or a section that a shown control marked `aria-expanded="false"`
 * names (aria-controls, Bootstrap's data-target, a link to it) — the portal's collapsible
 * panels (portal.md §2); or the step of a form in steps that shows it (stepItemOf, which may
 * be a tab of a step list). Never a window's opener, a menu's, a list's or another screen's
 * tab: what those hide is not on this screen until asked for. `self: false` as for isShown.
 */
export function openerOf(el: Element, opts: { self?: boolean } = {}): Element | null {
  if (el.closest('template')) return null;
  // The section that hides it: the first element up from it that hides itself (a control the
  // portal hides on purpose, `self: false`, hides nothing but when a closed <details> does).
  let section: Element | null = opts.self === false && !folded(el) ? el.parentElement : el;
  const root = el.ownerDocument.documentElement;
  while (section && section !== root && !hidesItself(section)) {
    if (ariaHides(section)) return null;
    section = section.parentElement;
  }
  if (!section || section === root || ariaHides(section)) return null;
  // A section in a section also folded (a collapsed block in a step of the form not shown):
  // the outer one first, whose opener is shown; the inner one's is, once it is open.
  for (
    let outer = section.parentElement;
    outer && outer !== root && !chainShown(section.parentElement);
    outer = outer.parentElement
  ) {
    if (ariaHides(outer)) return null;
    if (hidesItself(outer)) section = outer;
  }
  // Nothing above the section hides it: opened, it shows `el`.
  if (!chainShown(section.parentElement) || section.matches(DIALOGS)) return null;
  if (folded(section)) {
    const details = section.parentElement as HTMLDetailsElement;
    // A <details> without a summary shows the browser's own: the <details> box is what to click.
    return summaryOf(details) ?? details;
  }
  return toggleOf(section) ?? stepItemOf(section);
}

/**
 * The items of a form's step header, by their own hooks (Vuetify's v-stepper-item, Material's
 * mat-step-header, PrimeNG's and PrimeFaces' steps, an ARIA tab list of steps), never any
 * button of a page that calls itself a wizard; a step not reachable yet is none.
 */
export const STEP_ITEMS =
  ':is(.v-stepper-item, [class*="step-header"], .p-steps-item > a, .ui-steps-item > a, :is([class*="stepper"], [class*="steps"], [class*="wizard"])[role="tablist"] [role="tab"]):not([disabled], [aria-disabled="true"])';

/** An element's words, its blocks' texts apart (a step's number and its title run together). */
export function partsOf(el: Element): string[] {
  const parts = [
    el.textContent ?? '',
    ...Array.from(el.querySelectorAll('*'), (part) => (part.children.length ? '' : (part.textContent ?? ''))),
  ];
  // Web components show words of their own in their shadow (a list item's description).
  if (hasHosts(el.ownerDocument)) {
    for (const host of [el, ...Array.from(el.querySelectorAll('*'))]) if (host.shadowRoot) parts.push(shownText(host));
  }
  return parts;
}

/**
 * The step of a form in steps that shows `section` (hidden while another step is shown): the
 * shown step item that names a heading of the section, as the user finds it. Steppers seldom
 * tie their items to their panes by id.
 */
function stepItemOf(section: Element): Element | null {
  const titles = headingsOf(section)
    .slice(0, 3)
    .map((h) => normalizeLabel(h.textContent ?? ''))
    .filter(Boolean);
  if (titles.length === 0) return null;
  for (const { item, parts } of stepItems(section.ownerDocument)) {
    if (section.contains(item) || !isShown(item)) continue;
    if (parts.some((part) => titles.includes(part))) return item;
  }
  return null;
}

/** The page's step items and their words, read once per reading. */
function stepItems(doc: Document): { item: Element; parts: string[] }[] {
  const known = memo?.steps.get(doc);
  if (known) return known;
  const out = Array.from(doc.querySelectorAll(STEP_ITEMS), (item) => ({ item, parts: partsOf(item).map(normalizeLabel) }));
  memo?.steps.set(doc, out);
  return out;
}

/** Whether a find is a step's name standing for its section (not the section itself). */
export function isStepItem(el: Element | null | undefined): boolean {
  return !!el?.matches(STEP_ITEMS);
}

/** The first shown control that says it opens `section` (by id), if any. */
function toggleOf(section: Element): Element | null {
  const id = section.id;
  if (!id) return null;
  const doc = section.ownerDocument;
  let index = memo?.toggles.get(doc);
  if (!index) {
    index = new Map();
    for (const toggle of Array.from(doc.querySelectorAll(FOLDED_TOGGLES))) {
      const popup = toggle.getAttribute('aria-haspopup');
      if ((popup && popup !== 'false') || toggle.getAttribute('role') === 'combobox' || toggle.matches(TABS)) continue;
      const named = [
        ...(toggle.getAttribute('aria-controls') ?? '').split(/\s+/),
        ...[toggle.getAttribute('data-target'), toggle.getAttribute('data-bs-target'), toggle.getAttribute('href')].map((v) =>
          v?.startsWith('#') ? v.slice(1) : '',
        ),
      ];
      for (const name of new Set(named)) {
        if (!name) continue;
        const list = index.get(name);
        if (list) list.push(toggle);
        else index.set(name, [toggle]);
      }
    }
    memo?.toggles.set(doc, index);
  }
  return index.get(id)?.find((toggle) => isShown(toggle)) ?? null;
}

/** `el` if it is shown, else what opens the folded section it is in, else `el` (for a ring, a scroll). */
export function shownOrOpener(el: Element | null): Element | null {
  if (!el || isShown(el, { self: false })) return el;
  return openerOf(el, { self: false }) ?? el;
}

export function textOf(el: Element | null | undefined): string {
  return el ? normalizeLabel(el.textContent ?? '') : '';
}

function byIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Text content without the parts hidden from assistive technology (icons) nor nested controls' options. */
function visibleText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (
      node instanceof Element &&
      node.getAttribute('aria-hidden') !== 'true' &&
      !['SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE'].includes(node.tagName)
    ) {
      // A block's text stands apart, as a browser names it: a step's « 2 » and its « Références ».
      const apart = BLOCK_TAGS.test(node.tagName) ? ' ' : '';
      out += apart + visibleText(node) + apart;
    }
  }
  return out;
}

const BLOCK_TAGS = /^(?:DIV|P|LI|H[1-6]|BR|TR|TD|TH|DT|DD)$/;

/** Text made of letters or digits, not only an icon glyph such as ⤓ or ✎. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Accessible name of a button, link or tab (aria-labelledby, aria-label, text, value, title). */
export function accessibleName(el: Element): string {
  return remembered(NAMES, el, nameOf);
}

function nameOf(el: Element): string {
  // A web component's button or link: named by its host's own ARIA, else as its face is.
  const face = faceOf(el);
  if (face !== el && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby')) {
    const name = faceName(face);
    return hasWords(name) ? name : (el.getAttribute('title') ?? name);
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = byIds(el.ownerDocument, labelledBy);
    if (text.trim()) return text;
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button' || el.type === 'reset')) {
    return el.value || el.title;
  }
  const text = visibleText(el);
  if (hasWords(text)) return text;
  return el.getAttribute('title') ?? text;
}

/** Every text that labels a form control: label[for], wrapping label, aria, title, legend, table cell. */
export function controlLabels(control: Element): string[] {
  return remembered(CONTROL_LABELS, control, labelsOf);
}

function labelsOf(control: Element): string[] {
  const doc = control.ownerDocument;
  const out: string[] = [];
  const id = control.id;
  if (id) {
    for (const label of labelsFor(control)) out.push(visibleText(label));
  }
  const wrapping = control.closest('label');
  if (wrapping) out.push(visibleText(wrapping));
  const aria = control.getAttribute('aria-label');
  if (aria) out.push(aria);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) out.push(byIds(doc, labelledBy));
  const title = control.getAttribute('title');
  if (title) out.push(title);
  // A web component: labelled by a label element of its own kind (`<ui5-label for>`), and as
  // its face is in its shadow (the name the component gives its input, its radio's text).
  const face = faceOf(control);
  if (face !== control) {
    if (id) for (const label of customLabelsFor(control)) out.push(shownText(label));
    out.push(faceName(face));
  }
  // A radio or a checkbox named by the bare text after it (« ○ Maîtrise d'oeuvre ○ Fournisseur »).
  if (out.length === 0 && control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
    const after = textAfter(control);
    if (after) out.push(after);
  }
  // A label in the preceding table cell: <tr><th>Montant HT</th><td><input></td></tr>.
  // Not a cell that holds another control's own label (PrimeFaces lays out a radio group as
  // cells: ○ | Fournisseur | ○ | Maîtrise d'œuvre — the second radio's previous cell names the first).
  const cell = control.closest('td');
  const previous = cell?.previousElementSibling;
  if (
    previous &&
    (previous.tagName === 'TH' || previous.tagName === 'TD') &&
    !previous.querySelector('input,select,textarea') &&
    !Array.from(previous.querySelectorAll('label')).some((l) => l.htmlFor && l.htmlFor !== id)
  ) {
    out.push(previous.textContent ?? '');
  }
  return out.filter((t) => t.trim() !== '');
}

/** The label elements of a web component library that name a control by its id (`<ui5-label for>`). */
function customLabelsFor(control: Element): Element[] {
  const doc = control.ownerDocument;
  return Array.from(doc.querySelectorAll('[for]')).filter(
    (l) => l.localName.includes('-') && l.localName.includes('label') && l.getAttribute('for') === control.id,
  );
}

/** Inline tags whose text runs on with the text beside them. */
const INLINE = /^(?:SPAN|B|STRONG|I|EM|FONT|SMALL|ABBR|SUP|SUB|U)$/;

/**
 * The text right after a control, on its line: its text nodes and inline tags, up to the next
 * control, line break or block (a radio whose words are not in a label, as older pages write it).
 */
function textAfter(control: Element): string {
  let text = '';
  for (let node = control.nextSibling; node && text.length < 120; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      continue;
    }
    if (!(node instanceof Element) || !INLINE.test(node.tagName) || node.querySelector('input, select, textarea, button')) break;
    text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What the group of a choice is about: its fieldset legend or radiogroup name, else the text of
 * the nearest enclosing line that says more than the choice's own label (« Pièces jointes
 * complémentaires : ○ Oui ○ Non »).
 */
export function groupText(control: Element): string {
  return remembered(GROUPS, control, groupOf);
}

function groupOf(control: Element): string {
  const el = control instanceof HTMLOptionElement ? (control.closest('select') ?? control) : control;
  const group = el.closest('fieldset, [role="radiogroup"], [role="group"]');
  const legend = group?.querySelector(':scope > legend');
  if (legend?.textContent?.trim()) return legend.textContent;
  if (group) {
    const name = accessibleName(group);
    if (name.trim() && !group.querySelector('[aria-labelledby]')) return name.slice(0, 200);
  }
  const own = normalizeLabel(controlLabels(el).join(' '));
  let node = el.parentElement;
  for (let up = 0; node && up < 4; up++, node = node.parentElement) {
    if (node.matches('form, dialog, [role="dialog"], .modal, body')) break;
    const text = normalizeLabel(node.textContent ?? '');
    if (text.length > own.length + 2) return text.slice(0, 200);
  }
  return '';
}

/** What titles a window, a block or a table: a card's title too, often a styled <div> (Vuetify, Material, Bootstrap 4). */
const TITLES =
  'h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"], .panel-heading, .panel-title, .modal-title, .card-title, .v-card-title, .mat-card-title, .mat-mdc-card-title';
/** …and a <details>' summary, which heads its block (never a window: see dialogTitle). */
export const HEADINGS = `${TITLES}, summary`;
/** What announces a window: [role=dialog], aria-modal, <dialog>, the portal's Bootstrap modals. */
export const DIALOGS =
  '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog, .modal, .ui-dialog, [class*="popin"], [class*="modale"]';

export function headingsOf(scope: ParentNode): Element[] {
  return withHosts(scope, Array.from(scope.querySelectorAll(HEADINGS)), HEADINGS);
}

/**
 * The windows on a page: those that say they are one, and any shown box that floats over the
 * page (fixed position, child of <body>) with a button in it — a home-made modal.
 */
/**
 * The window of the parent page this document is the frame of (a jQuery UI dialog holding an
 * <iframe> whose page is the window's form, as older applications draw it), when the parent is
 * of the same origin; else null.
 */
export function frameWindowOf(doc: Document): Element | null {
  const view = doc.defaultView;
  if (!view || view === view.parent) return null;
  try {
    const frame = view.frameElement;
    return frame?.closest(DIALOGS) ?? null;
  } catch {
    return null;
  }
}

export function dialogCandidates(scope: ParentNode, pool?: Element[]): Element[] {
  // `pool`: the scope's elements to look among, when not all of them are (a long list's rows).
  const found = withHosts(
    scope,
    pool ? pool.filter((el) => el.matches(DIALOGS)) : Array.from(scope.querySelectorAll(DIALOGS)),
    DIALOGS,
  );
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const view = doc.defaultView;
  // The page of a frame in a window of its parent is that window's content: its body is the window.
  if (doc.body && (scope === doc || scope === doc.body) && !found.includes(doc.body) && frameWindowOf(doc)) found.push(doc.body);
  if (view && doc.body && (scope === doc || scope === doc.body)) {
    for (const child of Array.from(doc.body.children)) {
      if (found.includes(child) || child.id === 'chorus-moe-assistant') continue;
      const position = view.getComputedStyle(child).position;
      if ((position === 'fixed' || position === 'absolute') && child.querySelector('button, input[type="submit"]')) {
        found.push(child);
      }
    }
  }
  return found;
}

/** Whether an element is inside one of the page's windows (as dialogCandidates finds them). */
export function withinWindow(el: Element): boolean {
  if (el.closest(DIALOGS) || windowHostOf(el)) return true;
  const doc = el.ownerDocument;
  let top: Element | null = el;
  while (top?.parentElement && top.parentElement !== doc.body) top = top.parentElement;
  if (!top || top.parentElement !== doc.body) return false;
  const position = doc.defaultView?.getComputedStyle(top).position;
  return position === 'fixed' || position === 'absolute';
}

/** The web component that is a window (its face a `role="dialog"`) holding `el`, if any. */
export function windowHostOf(el: Element): Element | null {
  if (!hasHosts(el.ownerDocument)) return null;
  for (let up: Element | null = el; up; up = up.parentElement) if (up.shadowRoot && matchesFace(up, DIALOGS)) return up;
  return null;
}

/**
 * The elements that title a window: those it is labelled by, else its first heading. A list
 * below such a title is not named by it (« Ajout d’une pièce jointe » titles the window, not the
 * list of what was added, nor an open select's options).
 */
export function dialogTitleElements(dialog: Element): Element[] {
  const labelledBy = dialog.getAttribute('aria-labelledby');
  const doc = dialog.ownerDocument;
  const named = (labelledBy ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  if (named.length > 0) return named;
  // Its first title, if it stands above the window's fields: a heading below them heads a part.
  const title = dialog.querySelector(`${TITLES}, [class*="title"], [class*="titre"]`);
  const field = dialog.querySelector('input:not([type="hidden"]), select, textarea, [role="combobox"]');
  if (!title || (field && field.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING)) return [];
  return [title];
}

/**
 * A list of choices, not of things (an open select's options, a menu, tabs): never what a page
 * lists as done or added.
 */
const CHOICE_LISTS = '[role="listbox"], [role="menu"], [role="menubar"], [role="tree"], [role="tablist"], [role="radiogroup"]';
const CHOICES = '[role="option"], [role^="menuitem"], [role="treeitem"], [role="tab"]';

export function isChoiceList(list: Element): boolean {
  return list.closest(CHOICE_LISTS) !== null || list.querySelector(CHOICES) !== null;
}

/** A window's title: aria-labelledby, aria-label, else its first heading. */
export function dialogTitle(dialog: Element): string {
  // The page of a frame in a window: the window's title, in the parent page.
  const doc = dialog.ownerDocument;
  if (dialog === doc.body) {
    const outer = frameWindowOf(doc);
    if (outer) return dialogTitle(outer);
  }
  const labelledBy = dialog.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = byIds(dialog.ownerDocument, labelledBy);
    if (text.trim()) return text;
  }
  // A web component's window: titled in its shadow (`<ui5-dialog header-text>`).
  const face = faceOf(dialog);
  if (face !== dialog && !dialog.hasAttribute('aria-label')) {
    const name = faceName(face);
    if (name.trim()) return name;
  }
  // A summary heads a block inside the window, not the window.
  const title = dialog.querySelector(`${TITLES}, [class*="title"], [class*="titre"]`);
  return dialog.getAttribute('aria-label') ?? title?.textContent ?? '';
}

export function anyMatches(texts: string[], expected: string[], how: TextMatch): boolean {
  return texts.some((t) => expected.some((e) => labelMatches(t, e, how)));
}

/** The visible stand-in for a control the portal hides: its select2 box, its label, its wrapper. */
export function visibleProxy(el: Element): Element {
  if (el instanceof HTMLOptionElement) {
    const select = el.closest('select');
    return select ? visibleProxy(select) : el;
  }
  if (el instanceof HTMLSelectElement && el.id) {
    const rendered = el.ownerDocument.getElementById(`select2-${el.id}-container`);
    const box = rendered?.closest('.select2-container, .select2');
    if (box && isShown(box)) return box;
  }
  // A select Chosen draws: its box, right after it (`#<id>_chosen`), is what the user sees.
  if (el instanceof HTMLSelectElement && !isShown(el)) {
    const chosen = (el.id && el.ownerDocument.getElementById(`${el.id}_chosen`)) || el.nextElementSibling;
    if (chosen?.matches('.chosen-container, .chzn-container') && isShown(chosen)) return chosen;
  }
  // A file input drawn as a whole field, transparent over it (Vuetify's v-file-input): the
  // user clicks anywhere in that field, which holds its label too. The field is the target.
  if (el instanceof HTMLInputElement && el.type === 'file' && isShown(el) && isFieldSized(el) && isTransparent(el)) {
    const label = labelsFor(el)[0] ?? null;
    return (label && isShown(label) && holderOfBoth(el, label)) || el;
  }
  // Radios, checkboxes and file inputs are what their label shows: users click the label.
  const labelled = el instanceof HTMLInputElement && ['radio', 'checkbox', 'file'].includes(el.type);
  if (!labelled && isShown(el) && hasBox(el)) return el;
  if (el instanceof HTMLInputElement && el.id) {
    const label = labelsFor(el)[0];
    if (label && isShown(label)) {
      // Radio and checkbox: the wrapper and the label together, so the ring shows both.
      const wrapper = el.parentElement;
      if ((el.type === 'radio' || el.type === 'checkbox') && wrapper && wrapper.contains(label) === false) {
        const common = wrapper.parentElement;
        if (common?.contains(label) && common.children.length <= 3) return common;
      }
      return label;
    }
  }
  const wrappingLabel = el.closest('label');
  if (wrappingLabel && isShown(wrappingLabel)) return wrappingLabel;
  if (isShown(el) && hasBox(el) && !offPage(el)) return el;
  const opener = el instanceof HTMLInputElement && el.type === 'file' ? fileButtonOf(el) : null;
  if (opener) return opener;
  return el.parentElement && isShown(el.parentElement) ? el.parentElement : el;
}

/**
 * The button that opens a hidden file input's chooser when no label does: one that says it
 * controls it, else the one plain button beside it (a page's script ties it to the input; the
 * form's submit buttons send, they do not choose).
 */
function fileButtonOf(input: HTMLInputElement): Element | null {
  const parent = input.parentElement;
  if (!parent) return null;
  const buttons = Array.from(parent.querySelectorAll(':scope > button[type="button"], :scope > [role="button"]')).filter((b) =>
    isShown(b),
  );
  const named = input.id
    ? buttons.find((b) => (b.getAttribute('aria-controls') ?? '').split(/\s+/).includes(input.id))
    : undefined;
  if (named || buttons.length === 1) return named ?? (buttons[0] as Element);
  // An icon link or button that says what it does (« Parcourir », its image's alt), as older pages open the chooser.
  const saying = Array.from(parent.querySelectorAll(':scope > a, :scope > button, :scope > input[type="button"]')).filter(
    (b) => isShown(b) && BROWSE.test(accessibleName(b)),
  );
  return saying.length === 1 ? (saying[0] as Element) : null;
}

/** What a button that opens a file chooser says. */
const BROWSE = /\b(?:parcourir|choisir|s[ée]lectionner|browse|ajouter un fichier)\b/i;

/**
 * Moved out of the page (`left: -5000px`, as older pages hide a file input whose chooser an
 * icon opens): present and « shown », never where a user could see it.
 */
function offPage(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (style && (style.position === 'absolute' || style.position === 'fixed')) {
    if (Number.parseFloat(style.left) <= -999 || Number.parseFloat(style.top) <= -999) return true;
  }
  const rect = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  return rect.width > 0 && (rect.right + (view?.scrollX ?? 0) < 0 || rect.bottom + (view?.scrollY ?? 0) < 0);
}

/** Drawn invisible over something else (`opacity: 0`), not a native control the user sees. */
function isTransparent(el: Element): boolean {
  return el.ownerDocument.defaultView?.getComputedStyle(el).opacity === '0';
}

/** Laid out as a field a pointer aims at (not the 1 px of a visually hidden input). */
function isFieldSized(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width >= 40 && rect.height >= 16;
}

/** The nearest element holding both, a few levels up from `el` (a field's own box, not the page). */
function holderOfBoth(el: Element, other: Element): Element | null {
  let node = el.parentElement;
  for (let up = 0; node && up < 3; up++, node = node.parentElement) if (node.contains(other)) return node;
  return null;
}

function hasBox(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  // Without layout (unit tests) every box is 0×0: trust the styles alone there.
  if (rect.width === 0 && rect.height === 0 && el.ownerDocument.documentElement.getBoundingClientRect().height === 0) {
    return true;
  }
  return rect.width > 2 && rect.height > 2;
}

/**
 * What the locators and the screen detection read: controls, buttons, links, labels, tables,
 * windows, headings, messages, and the styles that show or hide them. A change that touches none of these (a spinner turning, a clock
 * ticking, an animation's class) cannot change what the assistant finds, so it is not read again.
 */
const READ =
  'input, select, textarea, option, button, a[href], label, legend, caption, fieldset, form, table, tr, th, td, dt, dd, dialog, h1, h2, h3, h4, h5, h6, p, title, [role], [aria-modal], [aria-label], [aria-labelledby], [title], .modal, .select2, .select2-container, .alert, .message, .msg, .text-danger, .breadcrumb, .panel-heading, [class*="title"], [class*="titre"], style, link[rel~="stylesheet"]';

function holdsWhatIsRead(node: Node): boolean {
  return node instanceof Element && (node.matches(READ) || node.querySelector(READ) !== null);
}

/**
 * The properties whose transition or animation shows or hides what they style: DSFR's tab
 * panels and windows turn `visibility` and `opacity` in 0.3 s, with no change to the page once
 * they are done — what was read as hidden at the start of the change is shown by its end.
 */
const SHOWING = new Set([
  'visibility',
  'opacity',
  'display',
  'transform',
  'height',
  'max-height',
  'width',
  'clip',
  'clip-path',
  'content-visibility',
]);

/** Whether the end of this transition or animation may change what is shown of what the locators read. */
export function mayShowOrHide(event: Event): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  // An animation's properties are not named by its events: any one that ends may show or hide.
  if (event.type === 'transitionend' && !SHOWING.has((event as TransitionEvent).propertyName)) return false;
  return holdsWhatIsRead(target);
}

/** The longest a reading waits for a fade to end: longer ones are read as they are. */
const FADE_WAIT_MAX_MS = 1000;

/**
 * What a reading reads of a style to know whether something is shown (styleHides): a fade of
 * these alone makes it read wrong while under way. An opacity, a slide or a floating label's
 * move (Vuetify's fields, at every key typed) changes nothing it reads, and is not waited for.
 */
const READ_AS_SHOWN = new Set(['visibility', 'display', 'content-visibility']);

/** Whether an animation or a transition changes whether a reading finds what it styles shown. */
function showsOrHides(animation: Animation): boolean {
  // Known by their members, not their classes: a content script's are not the page's.
  if ('transitionProperty' in animation) return READ_AS_SHOWN.has((animation as CSSTransition).transitionProperty);
  const effect = animation.effect as KeyframeEffect | null;
  if (!effect || typeof effect.getKeyframes !== 'function') return false;
  return effect.getKeyframes().some((frame) => Object.keys(frame).some((key) => READ_AS_SHOWN.has(key)));
}

/**
 * How long until a fade under way ends, in ms (0: none): a section or a window that fades in
 * (DSFR's tab panels and windows turn `visibility` in 0.3 s) is hidden at the first frame of
 * its fade, and one that fades out is still seen until its end; read meanwhile, a window that
 * opens as its page loads would be read absent, and what was done in it lost. A fade that
 * never ends, or ends later than a second, is no reason to wait.
 */
export function fadeUnderway(doc: Document): number {
  if (typeof doc.getAnimations !== 'function') return 0;
  let left = 0;
  for (const animation of doc.getAnimations()) {
    if (animation.playState !== 'running' && !animation.pending) continue;
    const effect = animation.effect as KeyframeEffect | null;
    const target = effect?.target;
    // In a shadow tree (ours: the ring glides, the card fades in): not the page's to read.
    if (!effect || !target || target.getRootNode() !== doc) continue;
    if (!showsOrHides(animation) || !holdsWhatIsRead(target)) continue;
    const timing = effect.getComputedTiming();
    const end = Number(timing.endTime);
    if (!Number.isFinite(end)) continue;
    left = Math.max(left, end - Number(timing.localTime ?? 0));
  }
  return left > FADE_WAIT_MAX_MS ? 0 : left;
}

/** Whether a mutation of the page may change a screen, a locator's find or a step's facts. */
export function mayChangeFindings(record: MutationRecord): boolean {
  const target = record.target;
  if (record.type === 'attributes') return holdsWhatIsRead(target) || (target as Element).shadowRoot != null;
  // Text added, removed or changed in place (a framework's binding) counts where it may be a
  // label, a title or a cell.
  const textIn = (el: Node | null) => el instanceof Element && (el.closest(READ) !== null || holdsWhatIsRead(el));
  // A comment's data (a framework's anchors) is never read.
  if (record.type === 'characterData') return target.nodeType === 3 && textIn(target.parentNode);
  if (record.type !== 'childList') return true;
  const textMatters = () => textIn(target);
  for (const node of Array.from(record.addedNodes)) noteHost(node);
  // On a page of web components, what an element is shows only in its shadow: any may be read.
  const hosts = hasHosts(target.ownerDocument ?? (target as Document));
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of Array.from(list)) {
      if (hosts && node instanceof Element) return true;
      if (node instanceof Element ? holdsWhatIsRead(node) : node.nodeType === 3 && textMatters()) return true;
    }
  }
  return false;
}
