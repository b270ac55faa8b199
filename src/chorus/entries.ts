// What a list of attachments holds (steps 18–21 and the send guard read the same): its
// entries, never the line a table or a list shows while it is empty (« Aucune pièce jointe
// complémentaire », DataTables' « Aucune donnée disponible dans le tableau »), a header row,
// or a row of the window's own fields.
import { normalizeLabel } from '../core/normalize.js';
import { matchesFace, shownText, withHosts } from './shadow.js';

/** A text that says there is nothing (normalised: no accents, lower case, one apostrophe). */
const NOTHING =
  /^(?:il n'y a |there (?:is|are) )?(?:aucune?\b|pas d(?:e\b|')|rien\b|neant\b|vide\b|liste vide\b|none\b|nothing\b|no (?:data|items?|files?|attachments?|records?|entries)\b|empty\b|chargement\b|loading\b)/;
/**
 * A field a user fills: a row holding one is a form's line, not something listed. Fields drawn
 * by script count (a select as Material draws it shows its placeholder as text).
 */
const FIELD =
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="reset"]), select, textarea, [role="combobox"], [role="textbox"], [role="spinbutton"], [contenteditable="true"], [contenteditable=""]';
/** Lists that are a page's navigation, not a list of things: pagination, menus, tabs. */
const NAVIGATION = 'nav, .pagination, .pager, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"]';
/** The classes tables give their empty line (DataTables' `dataTables_empty`, `empty`, `no-data`). */
const EMPTY_CLASS = /(?:^|[\s_-])(?:empty|no-?data)(?:$|[\s_-])/i;

/** Whether this row of a table, or item of a list, is something listed. */
export function isEntry(el: Element): boolean {
  const text = normalizeLabel(entryText(el));
  if (text === '' || NOTHING.test(text)) return false;
  // A web component's field (`<ui5-input>`) too: its input is in its shadow.
  if (el.querySelector(FIELD) || withHosts(el, [], FIELD).length > 0) return false;
  if (EMPTY_CLASS.test(el.getAttribute('class') ?? '')) return false;
  if (el.tagName === 'LI' || el.getAttribute('role') === 'listitem') return el.parentElement?.closest(NAVIGATION) == null;
  if (el.tagName !== 'TR') return true;
  const cells = Array.from(el.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  // A header row (moved into the body on older markup).
  if (cells.every((c) => c.tagName === 'TH')) return false;
  const [only] = cells;
  // One cell across the table: the line a table shows while it has nothing to show.
  if (cells.length === 1 && only && (Number(only.getAttribute('colspan')) > 1 || EMPTY_CLASS.test(only.className))) {
    return false;
  }
  return true;
}

/** The items of a list: its <li>, or an ARIA list's items drawn as <div>s (Vuetify's v-list). */
const ITEMS = 'li, [role="listitem"]';

/** The entries of a list, a table, or a region holding them: rows of its tables' bodies, items of its lists. */
export function listedEntries(holder: Element): Element[] {
  if (holder.tagName === 'TR' || matchesFace(holder, ITEMS)) return isEntry(holder) ? [holder] : [];
  const rows = Array.from(holder.querySelectorAll('tr')).filter((r) => r.parentElement?.tagName !== 'THEAD');
  // A web component's items (`<ui5-li>`): their words partly in their shadow (its description).
  const items = withHosts(holder, Array.from(holder.querySelectorAll(ITEMS)), ITEMS);
  return [...rows, ...items].filter(isEntry);
}

/** What an entry says: a web component's as shown, its shadow's words included. */
export function entryText(el: Element): string {
  return el.shadowRoot ? shownText(el) : (el.textContent ?? '');
}
