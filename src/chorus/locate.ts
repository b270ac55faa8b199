// The locator engine. Every candidate element gets a score from every cue that points at it
// (its label, its role and name, its name/value, its id, the region it sits in), and the best
// one above the threshold wins. Two different candidates with the same best score are not a
// match: acting on the wrong control is worse than saying we did not find it. Each result
// says which cues matched, so that drift in the portal's markup is visible.
import { mentions, normalizeLabel } from '../core/normalize.js';
import type { LocatorId } from '../core/steps.js';
import {
  accessibleName,
  ariaChecked,
  controlLabels,
  DIALOGS,
  dialogCandidates,
  dialogTitle,
  dialogTitleElements,
  groupText,
  HEADINGS,
  headingsOf,
  isAriaChoice,
  isChoiceList,
  isShown,
  isStepItem,
  openerOf,
  partsOf,
  STEP_ITEMS,
  textOf,
  whileReading,
  withinWindow,
} from './dom.js';
import { listedEntries } from './entries.js';
import { LOCATORS, type LocatorSpec, type Strategy } from './locators.js';
import { bodyRows, isBodyRow, isHeadRow, isRowElement, rowCells } from './rows.js';
import { drawnTitle, faceName, faceOf, matchesFace, titledHosts, withHosts } from './shadow.js';
import { bestWordScore, reading } from './words.js';

export interface Located {
  element: Element;
  /** Every element that scored as well as the winner (the same control seen twice, or rows). */
  all: Element[];
  /** The most trusted cue that found the winner. */
  via: Strategy['by'];
  /** Index of that cue in the locator's list; 0 is the one we trust most. */
  fallback: number;
  /** The winner's total score, and every cue that contributed to it. */
  score: number;
  cues: string[];
  /**
   * When nothing shown answers (or only a weaker match, or a step's name standing for it), but
   * the element is in a folded section (a collapsed panel, a closed <details>, a step of the
   * form not shown): the control that opens it, which the user is shown instead. Whoever acts
   * on the element itself waits until it is shown (`shownOnly`).
   */
  behind?: Element;
  /**
   * The find is the name of a step of the form standing for its section, not rendered yet: it
   * is where the user goes, and holds nothing of the section (screens weigh it half).
   */
  standIn?: true;
}

/** A find the user can see and act on: one behind a folded section is not, yet. */
export function shownOnly(found: Located | null): Located | null {
  return found?.behind ? null : found;
}

export interface LocateContext {
  /** The invoice at hand, to pick its row in a results table. */
  invoiceNumber?: string;
}

/** Choices: native radios, boxes and options, and ARIA ones (`role="radio"`, a button with `aria-checked`). */
const CHOICES = 'input[type="radio"], input[type="checkbox"], option, [role="radio"], [role="checkbox"]';
/**
 * A field a user types in or picks from. A control locator never takes a radio or a checkbox,
 * which are choices: a « Maîtrise d'œuvre » radio is not the « Structure de la maîtrise
 * d'œuvre » field, even when that field is not there (yet). Nor the value a select drawn by
 * script keeps for its form (`keepsDrawnValue`).
 */
const FIELDS =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="radio"]):not([type="checkbox"]), select, textarea';

/**
 * An input out of everyone's reach (`aria-hidden`, `tabindex="-1"`) beside a select drawn by
 * script: the value it keeps for its form (MUI's `MuiSelect-nativeInput`, under the combobox
 * the user uses), not a field. MUI X's date field keeps its value so too, beside the sections
 * the user types in, and no combobox: that input is the field read.
 */
function keepsDrawnValue(el: Element): boolean {
  return (
    el.tagName === 'INPUT' &&
    el.getAttribute('aria-hidden') === 'true' &&
    el.getAttribute('tabindex') === '-1' &&
    !!el.parentElement?.querySelector(`:scope > ${DRAWN_SELECTS}`)
  );
}
/** A select drawn by script: a combobox that is not a text field. */
const DRAWN_SELECTS = '[role="combobox"]:not(input):not(textarea):not(select)';
const ROLE_SELECTORS = {
  // A tab is not a button nor a link to the user, whatever its tag.
  button: 'button:not([role="tab"]), input[type="submit"], input[type="button"], [role="button"]',
  link: 'a[href]:not([role="tab"]), [role="link"]',
  tab: '[role="tab"]',
} as const;
const REGION =
  'section, fieldset, details, table, form, article, [role="region"], [role="group"], [role="dialog"], [role="alertdialog"], dialog, .modal, .panel, .tile, .card, .fr-tile, .fr-card, .mat-card, .mdc-card, .mat-mdc-card, .v-card';

/**
 * A table body is a long list from this many rows on: a results list, not a form's table. Its
 * rows are reached only through the row locators (`row: true`), one row at a time; every other
 * locator looks beside them, so that the page's first reading does not grow with the list
 * (issue 13), and a « Traiter » in one of a thousand rows is not taken for the page's own.
 * Known limit: a page laid out in a table of 100 rows or more (an old-style layout table, not
 * seen on Chorus Pro's Bootstrap pages) would hide its fields from every other locator.
 */
export const LONG_LIST = 100;

/** The page's long table bodies (LONG_LIST), read once per reading when there is one. */
function longBodies(scope: ParentNode, memo?: Memo): Element[] {
  if (memo?.long) return memo.long;
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const out = doc ? Array.from(doc.getElementsByTagName('tbody')).filter((b) => b.children.length >= LONG_LIST) : [];
  if (memo) memo.long = out;
  return out;
}

/**
 * The elements of `scope` beside the long lists it holds whole, in the page's order (once per
 * reading and scope); null when it holds none. The lists are not walked through: their rows
 * alone can hold thousands of elements, the rest of a page a few hundred.
 */
function besideLongLists(scope: ParentNode, memo?: Memo): Element[] | null {
  const bodies = longBodies(scope, memo).filter((b) => b !== scope && (scope as Node).contains(b));
  if (bodies.length === 0) return null;
  const known = memo?.lists.get(scope)?.get(BESIDE);
  if (known) return known;
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const out: Element[] = [];
  const walker = doc.createTreeWalker(scope as Node, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (bodies.includes(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Element);
  if (memo) {
    const lists = memo.lists.get(scope) ?? new Map<string, Element[]>();
    lists.set(BESIDE, out);
    memo.lists.set(scope, lists);
  }
  return out;
}
/** Its key among a scope's lists: not a selector, so no selector's list is taken for it. */
const BESIDE = '(beside long lists)';

const TABLES = 'table, [role="table"], [role="grid"]';
/** A file's name as a list shows it: a name, a dot, a document's extension. */
const FILE_NAME = /[\w)\]-]\.(?:pdf|xml|jpe?g|png|tiff?|docx?|xlsx?|odt|ods|csv|txt|zip)\b/i;

/** Fields a user fills (not a line's own checkbox to select it). */
const FORM_FIELDS =
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="image"]):not([type="reset"]), select, textarea';

/** A table or a list of things (a window's « Pièces jointes ajoutées » may be a <ul>). */
const LISTS = `${TABLES}, ul, ol, [role="list"]`;

/**
 * A find hidden in a folded section or a step not shown beats a shown one whose score is below
 * this share of its own: the shown one only looks like it.
 */
const OUTSCORED = 0.8;
/** A step's name (dom.ts STEP_ITEMS) stands for its section, less than the section's own heading. */
const STEP_ITEM_WORTH = 0.6;

/** An accordion's header: the control that folds a block of the page also names it. */
const BLOCK_HEADERS = '[aria-controls][aria-expanded]';

/**
 * The block an accordion's header folds and names (a Material expansion panel's header, a
 * collapse link): the element it controls, when that is a block of the page, not a menu, a
 * list of choices, a tab's panel or a window.
 */
function headedBlock(header: Element): Element | null {
  const popup = header.getAttribute('aria-haspopup');
  if ((popup && popup !== 'false') || header.matches('[role="combobox"], [role="tab"]')) return null;
  const id = (header.getAttribute('aria-controls') ?? '').trim().split(/\s+/)[0];
  const block = id ? header.ownerDocument.getElementById(id) : null;
  return block?.matches(REGION) && !block.matches(DIALOGS) ? block : null;
}

/** The first table of `region` after `heading`, if any. */
function tableAfter(heading: Element, region: Element): Element | undefined {
  return Array.from(region.querySelectorAll(TABLES)).find(
    (t) => (heading.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
}

/** What each kind of cue is worth: the label a user reads is trusted most (portal.md §4). */
const WEIGHT: Record<Strategy['by'], number> = {
  label: 10,
  role: 10,
  heading: 9,
  table: 8,
  columns: 7,
  contains: 8,
  group: 6,
  name: 6,
  id: 5,
  css: 5,
  files: 5,
  around: 6,
  block: 9,
};
/** Below this, a candidate is noise (one weak word in common). */
const THRESHOLD = 3.4;

function shownFor(kind: LocatorSpec['kind'], el: Element): boolean {
  // The portal hides real radios, selects and file inputs behind styled stand-ins.
  return kind === 'control' || kind === 'choice' ? isShown(el, { self: false }) : isShown(el);
}

function choiceLabels(el: Element): string[] {
  if (el instanceof HTMLOptionElement) return [el.label || el.text];
  // An ARIA radio is named as a button is: by its own words (or aria-label, aria-labelledby).
  if (isAriaChoice(el)) return [accessibleName(el)];
  return controlLabels(el);
}

type Scored = Map<Element, number>;

function fromList(els: Element[], score = 1): Scored {
  return new Map(els.map((el) => [el, score]));
}

function byText(els: Element[], texts: (el: Element) => string[], expected: string[], fewer = false): Scored {
  const out: Scored = new Map();
  for (const el of els) {
    const s = bestWordScore(texts(el), expected, fewer);
    if (s > 0) out.set(el, s);
  }
  return out;
}

/** The tables of results: a caption, a label, or a heading just before them, that matches. */
function tableTitles(table: Element): string[] {
  const out: string[] = [];
  const caption = table.querySelector(':scope > caption');
  if (caption) out.push(caption.textContent ?? '');
  const aria = table.getAttribute('aria-label');
  if (aria) out.push(aria);
  // Named by a title elsewhere (MUI's DataGrid `aria-labelledby`, a grid whose title is not beside it).
  for (const id of (table.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const title = table.ownerDocument.getElementById(id);
    if (title && !table.contains(title)) out.push(title.textContent ?? '');
  }
  // A list's own header line, first in it (Vuetify's v-list-subheader, Material's mat-subheader).
  const header = table.firstElementChild?.matches('[class*="subheader"], [class*="list-header"], [role="heading"]')
    ? table.firstElementChild
    : null;
  if (header) out.push(header.textContent ?? '');
  // A web component's table, named in its shadow (`<ui5-table accessible-name>`).
  const face = faceOf(table);
  const faceTitle = face !== table ? faceName(face) : '';
  if (faceTitle.trim()) out.push(faceTitle);
  const own = out.length;
  // The title of the window the table is in titles the window, not the table.
  const around = table.parentElement?.closest(DIALOGS);
  const windowTitles = around ? dialogTitleElements(around) : [];
  const titlesWindow = (el: Element) => windowTitles.some((t) => t === el || el.contains(t));
  let node: Element | null = table;
  let untitled = false;
  for (let up = 0; node && up < 3 && !untitled; up++, node = node.parentElement) {
    let sib = node.previousElementSibling;
    for (let i = 0; sib && i < 3; i++, sib = sib.previousElementSibling) {
      if (titlesWindow(sib)) {
        untitled = true;
        break;
      }
      if (
        /^H[1-6]$/.test(sib.tagName) ||
        sib.getAttribute('role') === 'heading' ||
        sib.matches('.panel-heading, legend') ||
        (sib.shadowRoot && matchesFace(sib, HEADINGS))
      ) {
        out.push(sib.textContent ?? '');
        break;
      }
      const inner = sib.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
      if (inner && sib.textContent?.trim() === inner.textContent?.trim()) {
        out.push(inner.textContent ?? '');
        break;
      }
    }
    if (out.length > own) break;
  }
  return out;
}

/** A table's column headings: its head's cells, else its first row's header cells. */
function columnHeadings(table: Element): string[] {
  let cells = Array.from(table.querySelectorAll('thead th, [role="columnheader"]'));
  if (cells.length === 0) cells = Array.from(table.querySelector('tr')?.querySelectorAll('th') ?? []);
  return cells.map((cell) => cell.textContent ?? '');
}

/** The buttons, links or tabs of a scope, one list per reading for the same roles. */
function rolePool(
  roles: (keyof typeof ROLE_SELECTORS)[],
  scope: ParentNode,
  all: (selector: string) => Element[],
  memo: Memo,
): Element[] {
  const key = `roles:${roles.join()}`;
  let lists = memo.lists.get(scope);
  let list = lists?.get(key);
  if (!list) {
    list = [...new Set(roles.flatMap((r) => all(ROLE_SELECTORS[r])))];
    lists ??= new Map();
    lists.set(key, list);
    memo.lists.set(scope, lists);
  }
  return list;
}

/** Lookups already made in one reading of the page: on the whole page, and inside one element. */
interface Memo {
  page: Map<LocatorId, Located | null>;
  inside: WeakMap<Element, Map<LocatorId, Located | null>>;
  /** The elements a selector matches in a scope (every locator of a kind asks the same). */
  lists: WeakMap<ParentNode, Map<string, Element[]>>;
  /** Buttons, links and tabs of a scope by the words of their names. */
  names: WeakMap<Element[], NameIndex>;
  /** The results row each row locator was found in. */
  rows: Map<LocatorId, { row: Element; tier: number }>;
  /** The page's long table bodies, once read. */
  long?: Element[];
}

interface NameIndex {
  byWord: Map<string, Element[]>;
  byText: Map<string, Element[]>;
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

/**
 * Of a long list of buttons and links (a results list has two per row), those whose name can
 * score against ours: a name that scores holds every word of one of ours, or is that text
 * (words.ts), so an index of names by word and by text finds them without reading the others.
 */
function namedLike(pool: Element[], expected: string[], memo: Memo): Element[] {
  let index = memo.names.get(pool);
  if (!index) {
    index = { byWord: new Map(), byText: new Map() };
    for (const el of pool) {
      const r = reading(accessibleName(el));
      push(index.byText, r.bare, el);
      for (const w of r.words) push(index.byWord, w, el);
    }
    memo.names.set(pool, index);
  }
  const keep = new Set<Element>();
  for (const text of expected) {
    const r = reading(text);
    for (const el of index.byText.get(r.folded) ?? []) keep.add(el);
    const [first] = r.words;
    for (const el of first === undefined ? [] : (index.byWord.get(first) ?? [])) keep.add(el);
  }
  return pool.filter((el) => keep.has(el));
}

/** The windows of a scope, one list per reading: every window locator asks, with each of its cues. */
function windows(scope: ParentNode, memo?: Memo): Element[] {
  if (!memo) return dialogCandidates(scope, besideLongLists(scope) ?? undefined);
  let lists = memo.lists.get(scope);
  let list = lists?.get(WINDOWS);
  if (!list) {
    list = dialogCandidates(scope, besideLongLists(scope, memo) ?? undefined);
    lists ??= new Map();
    lists.set(WINDOWS, list);
    memo.lists.set(scope, lists);
  }
  return list;
}
/** Its key among a scope's lists: not a selector, so no selector's list is taken for it. */
const WINDOWS = '(windows)';

/**
 * What a button or link says it does. A block made one link (a tile, a card: its title, a line
 * about it, « Accéder ») says so by its title and by its short words, not by the line about it:
 * the tile « Factures reçues » that reads « Traiter les factures reçues » is no « Traiter ».
 */
function actionNames(el: Element): string[] {
  const name = accessibleName(el);
  if (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) return [name];
  const title = el.querySelector(BLOCK_TITLES);
  if (!title) return [name];
  const names = [title.textContent ?? ''];
  for (const part of Array.from(el.querySelectorAll('*'))) {
    if (part.childElementCount > 0 || title.contains(part)) continue;
    const words = (part.textContent ?? '').trim().split(/\s+/);
    if (words.length <= 3 && words[0]) names.push(part.textContent ?? '');
  }
  return names;
}
const BLOCK_TITLES = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** A scope that is itself something to click (a tile that is one link), searched with what it holds. */
const SELF_ACTIONS = 'a[href], button, [role="button"], [role="link"]';

function runStrategy(spec: LocatorSpec, s: Strategy, scope: ParentNode, ctx: LocateContext, depth: number, memo?: Memo): Scored {
  const all = <T extends Element>(selector: string): T[] => {
    let lists = memo?.lists.get(scope);
    let list = lists?.get(selector);
    if (!list) {
      // `:scope` means the scope in a query, the element itself in `matches`.
      const beside = selector.includes(':scope') ? null : besideLongLists(scope, memo);
      list = beside ? beside.filter((el) => el.matches(selector)) : Array.from(scope.querySelectorAll(selector));
      // Web components standing for what the selector asks (`<ui5-input>` for a field).
      if (!selector.includes(':scope')) list = withHosts(scope, list, selector, beside ?? undefined);
      // A region that is itself the action: a tile made one link, its « Accéder » plain text.
      if (scope instanceof Element && scope.matches(SELF_ACTIONS) && scope.matches(selector)) list = [scope, ...list];
      if (memo) {
        lists ??= new Map();
        lists.set(selector, list);
        memo.lists.set(scope, lists);
      }
    }
    return list as T[];
  };
  switch (s.by) {
    case 'label': {
      if (spec.kind === 'choice') return byText(all(CHOICES), choiceLabels, s.text);
      const fields = byText(
        all(FIELDS).filter((el) => !keepsDrawnValue(el)),
        controlLabels,
        s.text,
        true,
      );
      // A select drawn by script, its options rendered only while it is open (Angular
      // Material's mat-select), when no field answers: a combobox over a native select
      // (select2) stands for that select, which is the field.
      return fields.size > 0 ? fields : byText(all(DRAWN_SELECTS), controlLabels, s.text, true);
    }
    case 'role': {
      const pool = memo ? rolePool(s.roles, scope, all, memo) : [...new Set(s.roles.flatMap((r) => all(ROLE_SELECTORS[r])))];
      return byText(memo ? namedLike(pool, s.name, memo) : pool, actionNames, s.name);
    }
    case 'name': {
      if (spec.kind === 'choice') {
        const value = s.value;
        const inputs = all<HTMLInputElement>('input[type="radio"], input[type="checkbox"]').filter(
          (el) => s.name.test(el.name) && (!value || value.test(el.value)),
        );
        const options = all<HTMLSelectElement>('select')
          .filter((sel) => s.name.test(sel.name))
          .flatMap((sel) => Array.from(sel.options).filter((o) => !value || value.test(o.value)));
        return fromList([...inputs, ...options]);
      }
      // A hidden input is what the page sends, never what the user fills (a drawn select's value),
      // nor an input out of everyone's reach (MUI's value under its select: see FIELDS).
      return fromList(
        all('[name]:not([type="hidden"])').filter((el) => s.name.test(el.getAttribute('name') ?? '') && !keepsDrawnValue(el)),
      );
    }
    case 'id':
      return fromList(all('[id]').filter((el) => s.pattern.test(el.id)));
    case 'heading': {
      if (spec.kind === 'dialog') return byText(windows(scope, memo), (d) => [dialogTitle(d)], s.text);
      // A table's locator: the heading names the first table after it in its region (a
      // « Résultats » title inside the search form names the results, not the form).
      const table = spec.strategies.some((x) => x.by === 'table');
      const out: Scored = new Map();
      for (const h of all(HEADINGS)) {
        const score = bestWordScore([h.textContent ?? ''], s.text);
        if (score <= 0) continue;
        // A caption, a legend, a summary: the heading of what holds it.
        let region = regionOfHeading(h);
        if (table && !region.matches(TABLES)) region = tableAfter(h, region) ?? region;
        out.set(region, Math.max(out.get(region) ?? 0, score));
      }
      // A web component titling what it holds in its shadow (`<ui5-panel header-text>`).
      for (const host of titledHosts(scope)) {
        if (besideLongLists(scope, memo)?.includes(host) === false) continue;
        const score = bestWordScore([drawnTitle(host)], s.text);
        if (score <= 0) continue;
        const region = table ? (host.querySelector(TABLES) ?? withHosts(host, [], TABLES)[0] ?? host) : host;
        out.set(region, Math.max(out.get(region) ?? 0, score));
      }
      for (const header of all(BLOCK_HEADERS)) {
        const block = headedBlock(header);
        const score = block ? bestWordScore([header.textContent ?? ''], s.text) : 0;
        if (!block || score <= 0) continue;
        const region = table && !block.matches(TABLES) ? (block.querySelector(TABLES) ?? block) : block;
        out.set(region, Math.max(out.get(region) ?? 0, score));
      }
      // A form in steps (a stepper, a wizard) shows one section at a time: the others are only
      // named in its header, where the user goes to them. The section itself wins when shown.
      if (spec.kind === 'region' && !table) {
        for (const item of all(STEP_ITEMS)) {
          // Its number and its title are often two blocks, whose texts run together.
          const score = bestWordScore([accessibleName(item), ...partsOf(item)], s.text);
          if (score > 0) out.set(item, Math.max(out.get(item) ?? 0, score * STEP_ITEM_WORTH));
        }
      }
      return out;
    }
    case 'table':
      // An open select's options, a menu: choices, never what the page lists.
      return byText(s.lists ? all(LISTS).filter((l) => !isChoiceList(l)) : all(TABLES), tableTitles, s.text);
    case 'columns': {
      const out: Scored = new Map();
      for (const table of all(TABLES)) {
        const heads = columnHeadings(table);
        const scores = heads.length > 0 ? s.all.map((words) => bestWordScore(heads, words)) : [0];
        if (scores.every((score) => score > 0)) out.set(table, Math.min(...scores));
      }
      return out;
    }
    case 'group':
      // A choice whose group (fieldset, radiogroup, the line that holds it) says what it is about.
      return byText(
        spec.kind === 'choice' ? all(CHOICES) : all(FIELDS).filter((el) => !keepsDrawnValue(el)),
        (el) => [groupText(el)],
        s.text,
      );
    case 'contains': {
      // A region known by what it holds: the attachment window is the one with a file input
      // and a designation, whatever its title says.
      const pool = spec.kind === 'dialog' ? windows(scope, memo) : [...all(REGION), ...titledHosts(scope)];
      const out: Scored = new Map();
      for (const region of pool) {
        if (depth > 4 || !isShown(region)) continue;
        const has = (id: LocatorId) => {
          const inner = locateIn(region, id, ctx, depth + 1, memo);
          return inner !== null && inner.score >= (s.min ?? 0);
        };
        if (s.all.every(has) && (!s.any || s.any.some(has))) out.set(region, 1);
      }
      return out;
    }
    case 'css':
      return fromList(all(s.selector));
    case 'files': {
      // A file chosen and not sent yet, shown by its chooser (a preview): not one added.
      const chosen = Array.from((scope as ParentNode).querySelectorAll<HTMLInputElement>('input[type="file"]')).flatMap((input) =>
        Array.from(input.files ?? [], (file) => file.name),
      );
      const names = (entry: Element) => partsOf(entry).filter((part) => FILE_NAME.test(part));
      return fromList(
        all(LISTS).filter(
          (list) =>
            // A form laid out in a table (« Fichier : facture.pdf », then the fields that describe
            // it) shows the file being added, not a list of files added.
            !list.querySelector(FORM_FIELDS) &&
            listedEntries(list).some((entry) => names(entry).some((name) => !chosen.some((file) => name.includes(file)))),
        ),
      );
    }
    case 'around': {
      const inner =
        depth > 4 ? null : locate((scope as Node).ownerDocument ?? (scope as Document), s.locator, ctx, depth + 1, memo);
      const holder = inner?.element.parentElement;
      return fromList(holder && (scope as Node).contains(holder) ? [holder] : []);
    }
    case 'block': {
      const inner =
        depth > 4 ? null : locate((scope as Node).ownerDocument ?? (scope as Document), s.locator, ctx, depth + 1, memo);
      const block = inner ? titledBlockOf(inner.element) : null;
      return fromList(block && (scope as Node).contains(block) ? [block] : []);
    }
  }
}

/** The region a heading names: a caption's, a legend's, a summary's is what holds it. */
function regionOfHeading(h: Element): Element {
  if (['CAPTION', 'LEGEND', 'SUMMARY'].includes(h.tagName)) return h.parentElement ?? h;
  const region = h.closest(REGION);
  // A form holds many blocks: its own heading is not this one's, unless it holds no other.
  if (region && region.tagName !== 'FORM') return region;
  return sectionOf(h, region) ?? region ?? h;
}

/** The outline headings (h1–h6, role="heading"), whose level says which sections hold which. */
const OUTLINE = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function levelOf(h: Element): number {
  const tag = /^H([1-6])$/.exec(h.tagName);
  return tag ? Number(tag[1]) : Number(h.getAttribute('aria-level')) || 2;
}

/**
 * The section a heading begins when no region element holds it (a page of plain <div>s, as
 * Vue or React pages are): the largest block around it that holds no other heading of its
 * level or above. « Pièces jointes » and its « Ajouter » are one block, even in a <div>.
 */
function sectionOf(h: Element, within: Element | null): Element | null {
  // The page's title begins no block: its section would be the whole page.
  if (!h.matches(OUTLINE) || levelOf(h) <= 1) return null;
  const level = levelOf(h);
  let section: Element | null = null;
  for (
    let node = h.parentElement;
    node && !node.matches('main, body, [role="main"]') && node.parentElement !== node.ownerDocument.body;
    node = node.parentElement
  ) {
    const rival = Array.from(node.querySelectorAll(OUTLINE)).some((other) => other !== h && levelOf(other) <= level);
    if (rival) break;
    section = node;
    if (node === within) break;
  }
  return section;
}

/** The nearest region around `el` that a heading of its own names (a table or a form inside a panel is not). */
function titledBlockOf(el: Element): Element | null {
  for (let own = el.parentElement; own && !own.matches('main, body, [role="main"]'); own = own.parentElement) {
    if (drawnTitle(own)) return own;
    if (own.matches(REGION) && own.tagName !== 'FORM') {
      if (headingsOf(own).some((h) => regionOfHeading(h) === own)) return own;
      if (own.id && Array.from(own.ownerDocument.querySelectorAll(BLOCK_HEADERS)).some((h) => headedBlock(h) === own)) return own;
      continue;
    }
    // A form, or a plain block on a page made of <div>s: the block its one top heading begins.
    const top = topHeading(own);
    if (top && regionOfHeading(top) === own) return own;
  }
  return null;
}

/** The one heading of the highest level in `block`, if there is exactly one. */
function topHeading(block: Element): Element | null {
  let top: Element | null = null;
  let level = 7;
  let ties = 0;
  for (const h of Array.from(block.querySelectorAll(OUTLINE))) {
    const l = levelOf(h);
    if (l < level) {
      top = h;
      level = l;
      ties = 0;
    } else if (l === level) ties++;
  }
  return ties === 0 ? top : null;
}

/**
 * The rows of a results table that a row locator may point into: the row of the invoice at hand
 * when there is one (the tab works on it: another invoice's row would start another invoice,
 * and a list that does not show it — another page of results, other criteria — shows nothing to
 * do for it); otherwise those waiting for the MOE, then the others. Each once, lazily: the first
 * row that holds the locator ends the search, so a long list is not read row by row on every lookup.
 */
function* preferredRows(table: Element, ctx: LocateContext): Generator<Element> {
  const rows = bodyRows(table);
  const given = new Set<Element>();
  const shown = new Map<Element, boolean>();
  const isShownRow = (r: Element) => {
    let v = shown.get(r);
    if (v === undefined) {
      v = isShown(r);
      shown.set(r, v);
    }
    return v;
  };
  function* pass(keep: (r: Element) => boolean): Generator<Element> {
    for (const r of rows) {
      if (given.has(r) || !keep(r) || !isShownRow(r)) continue;
      given.add(r);
      yield r;
    }
  }
  const wanted = ctx.invoiceNumber ? normalizeLabel(ctx.invoiceNumber) : '';
  if (wanted) {
    yield* pass((r) => rowInvoiceNumber(r) === wanted);
    // Its number elsewhere in the row (a cell of its own, the link an icon).
    yield* pass((r) => cellNames(r, wanted));
    return;
  }
  yield* pass((r) => textOf(r).includes(WAITING));
  yield* pass(() => true);
}

const WAITING = 'mise a disposition moe';

/** A row's place in preferredRows: 0 the invoice at hand, 1 one waiting for the MOE, 2 the others. */
const NEVER = 9;
function rowTier(row: Element, ctx: LocateContext): number {
  if (ctx.invoiceNumber) {
    const wanted = normalizeLabel(ctx.invoiceNumber);
    return rowInvoiceNumber(row) === wanted || cellNames(row, wanted) ? 0 : NEVER;
  }
  return textOf(row).includes(WAITING) ? 1 : 2;
}

/** Whether preferredRows gives row `a` before row `b`. */
function rowBefore(a: Element, b: Element, ctx: LocateContext): boolean {
  const ta = rowTier(a, ctx);
  const tb = rowTier(b, ctx);
  if (ta === NEVER) return false;
  return ta < tb || (ta === tb && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
}

/** A cell of the row names this invoice number (normalized) as a whole word: FT-1 is not in FT-12. */
function cellNames(row: Element, number: string): boolean {
  for (const cell of rowCells(row)) if (mentions(textOf(cell), number)) return true;
  return false;
}

/** The invoice number a results row shows: the text of its link to the invoice. */
export function rowInvoiceNumber(row: Element): string {
  const link = row.querySelector('a[href]');
  return link ? normalizeLabel(link.textContent ?? '') : '';
}

/** Two finds that are one control to the user: a radio and its group's twin, a select and its option. */
function sameTarget(a: Element, b: Element): boolean {
  if (a.contains(b) || b.contains(a)) return true;
  if (a instanceof HTMLInputElement && b instanceof HTMLInputElement && a.type === 'radio' && b.type === 'radio') {
    return a.name !== '' && a.name === b.name && a.value === b.value;
  }
  // Two links to one page: a header's « Se connecter » and the page's own are one action.
  return a instanceof HTMLAnchorElement && b instanceof HTMLAnchorElement && leadsAway(a) && a.href === b.href;
}

/** A link that leads to another page (not to a place in this one, nor to a script). */
function leadsAway(a: HTMLAnchorElement): boolean {
  const href = a.getAttribute('href')?.trim() ?? '';
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** Of finds that are one control, the one in the page's main content: a header repeats it. */
const MAIN = 'main, [role="main"]';

type Ranked = [Element, { score: number; cues: string[]; first: number }][];

/** Every candidate above the threshold, shown or not, best first. */
function scored(spec: LocatorSpec, scope: ParentNode, ctx: LocateContext, depth: number, memo?: Memo): Ranked {
  const totals = new Map<Element, { score: number; cues: string[]; first: number }>();
  spec.strategies.forEach((strategy, index) => {
    // Each later cue is trusted a little less than the one before it.
    const weight = WEIGHT[strategy.by] * (1 - index * 0.04);
    for (const [found, quality] of runStrategy(spec, strategy, scope, ctx, depth, memo)) {
      const el = spec.kind === 'control' ? standIn(found) : found;
      const entry = totals.get(el) ?? { score: 0, cues: [], first: index };
      entry.score += weight * quality;
      entry.cues.push(`${strategy.by}${quality < 1 ? `~${quality.toFixed(2)}` : ''}`);
      entry.first = Math.min(entry.first, index);
      totals.set(el, entry);
    }
  });
  const { needs, only } = spec;
  const out = [...totals.entries()]
    .filter(
      ([el, v]) =>
        v.score >= THRESHOLD &&
        (!needs || v.cues.some((cue) => needs.some((n) => cue.startsWith(n)))) &&
        (!only || matchesFace(el, only)),
    )
    .filter(
      ([el]) =>
        !spec.entries ||
        listedEntries(el).some((entry) => !spec.notEntries?.test(normalizeLabel(entry.textContent ?? '').replace(/_/g, ' '))),
    )
    .sort((a, b) => b[1].score - a[1].score);
  if (!spec.unlike || out.length === 0 || depth > 4) return out;
  // The other's, if it is more the other's than ours (« Joindre » is an upload button, even
  // when no « Ajouter » is there for it to be taken for).
  const other = locate((scope as Node).ownerDocument ?? (scope as Document), spec.unlike, ctx, depth + 1, memo);
  return other ? out.filter(([el, v]) => el !== other.element || v.score > other.score) : out;
}

/** Every shown candidate above the threshold, best first. */
function ranking(spec: LocatorSpec, scope: ParentNode, ctx: LocateContext, depth: number, memo?: Memo): Ranked {
  // Whether a candidate is shown reads styles: asked only of those whose cues are enough.
  return scored(spec, scope, ctx, depth, memo).filter(([el]) => shownFor(spec.kind, el));
}

function rank(spec: LocatorSpec, scope: ParentNode, ctx: LocateContext, depth: number, memo?: Memo): Located | null {
  const candidates = scored(spec, scope, ctx, depth, memo);
  let ranked = candidates.filter(([el]) => shownFor(spec.kind, el));
  // Nothing shown: what a folded section holds is there all the same, the user opens it first.
  // Not a window (closed, it is not there) nor a row (the rows' own bookkeeping is of shown rows).
  const openers = new Map<Element, Element>();
  // What is shown may only stand in for a better find hidden in a section the user opens: the
  // name of a step of the form (STEP_ITEMS), or a weaker match (« Numéro de marché » shown,
  // « Numéro de facture » in the step not shown yet). The section's own is then the find,
  // behind what opens it.
  const bestShown = ranked[0]?.[1].score ?? 0;
  const standIns = ranked.length > 0 && ranked.every(([el]) => isStepItem(el));
  const outscored = ranked.length > 0 && (candidates[0]?.[1].score ?? 0) * OUTSCORED > bestShown;
  if ((ranked.length === 0 || standIns || outscored) && !spec.row && spec.kind !== 'dialog') {
    const self = spec.kind === 'control' || spec.kind === 'choice' ? false : undefined;
    const behind = candidates.filter(([el, v]) => {
      if (ranked.length > 0 && (isStepItem(el) || (!standIns && v.score * OUTSCORED <= bestShown))) return false;
      if (ranked.some(([shown]) => shown === el)) return false;
      const opener = openerOf(el, { self });
      // Over a shown find, only a step of the form not shown: a collapsed panel's twin of a
      // shown button (an advanced search's « Rechercher ») is not the one the user sees.
      if (!opener || (ranked.length > 0 && !isStepItem(opener))) return false;
      openers.set(el, opener);
      return true;
    });
    if (behind.length > 0 || ranked.length === 0) ranked = behind;
  }
  const best = ranked[0];
  if (!best) return null;
  const [first, info] = best;
  const tied = ranked.filter(([, v]) => v.score >= info.score - 1e-6).map(([el]) => el);
  if (!spec.many && tied.some((el) => !sameTarget(el, first))) return null;
  const element = (!spec.many && tied.length > 1 && tied.find((el) => el.closest(MAIN))) || first;
  const strategy = spec.strategies[info.first] as Strategy;
  const behind = openers.get(element);
  return {
    element,
    all: tied,
    via: strategy.by,
    fallback: info.first,
    score: Math.round(info.score * 100) / 100,
    cues: info.cues,
    ...(behind ? { behind } : {}),
    ...(spec.kind === 'region' && isStepItem(element) ? { standIn: true as const } : {}),
  };
}

/** Looks for a locator inside one element, ignoring where the locator usually looks. */
export function locateIn(scope: Element, id: LocatorId, ctx: LocateContext = {}, depth = 0, memo?: Memo): Located | null {
  let known = memo?.inside.get(scope);
  if (known?.has(id)) return known.get(id) ?? null;
  const found = rank(LOCATORS[id], scope, ctx, depth, memo);
  if (memo) {
    known ??= new Map();
    known.set(id, found);
    memo.inside.set(scope, known);
  }
  return found;
}

export function locate(doc: Document, id: LocatorId, ctx: LocateContext = {}, depth = 0, memo?: Memo): Located | null {
  // A lookup on its own still shares its lists between its cues and the lookups inside it.
  if (!memo) return locateOnPage(doc, id, ctx, depth, freshMemo());
  if (memo.page.has(id)) return memo.page.get(id) ?? null;
  const found = locateOnPage(doc, id, ctx, depth, memo);
  memo.page.set(id, found);
  return found;
}

function locateOnPage(doc: Document, id: LocatorId, ctx: LocateContext, depth: number, memo?: Memo): Located | null {
  const spec = LOCATORS[id];
  let scope: ParentNode = doc;
  if (spec.within) {
    if (depth > 4) return null;
    const parent = locate(doc, spec.within, ctx, depth + 1, memo);
    if (parent) scope = parent.element;
    else if (!spec.withinIfFound) return null;
  }
  if (!spec.row) return rank(spec, scope, ctx, depth, memo);
  for (const row of preferredRows(scope as Element, ctx)) {
    const found = rank(spec, row, ctx, depth, memo);
    if (found) {
      memo?.rows.set(id, { row, tier: rowTier(row, ctx) });
      return found;
    }
  }
  return null;
}

/** More changes than this in one batch: the page is read afresh rather than weighed change by change. */
const MANY_CHANGES = 200;

/** Rows changed, added or taken out of a table's body by a batch of the page's changes. */
interface TouchedRows {
  /** In the page now (changed or added). */
  live: Element[];
  /** Taken out, or changed and then taken out. */
  gone: Element[];
  /** Whether rows were added or taken out (what is beside them moves). */
  moved: boolean;
  /** What was taken out of rows still there: it is no longer in them, but was read. */
  removed: Element[];
  /** The table section each row taken out stood in. */
  goneFrom: Map<Element, Element>;
}

/** The outermost row of `table`'s body that holds `node`, if any. */
function bodyRowOf(node: Node, table: Element): Element | null {
  let row: Element | null = null;
  for (let el = node instanceof Element ? node : node.parentElement; el && el !== table; el = el.parentElement) {
    if (isRowElement(el)) row = el;
  }
  if (!row || !table.contains(row) || isHeadRow(row)) return null;
  return row;
}

const isRow = (node: Node): node is Element => node instanceof Element && isRowElement(node);
const isBlank = (node: Node): boolean => node.nodeType === 3 && (node.textContent ?? '').trim() === '';

/** The rows of `table`'s body a batch of changes touched, or null if it touched anything else. */
function touchedRows(records: readonly MutationRecord[], table: Element): TouchedRows | null {
  if (records.length > MANY_CHANGES) return null;
  const rows = new Set<Element>();
  const gone: Element[] = [];
  const removed: Element[] = [];
  const goneFrom = new Map<Element, Element>();
  let moved = false;
  for (const record of records) {
    const row = table.contains(record.target) ? bodyRowOf(record.target, table) : null;
    if (row) {
      rows.add(row);
      for (const node of Array.from(record.removedNodes)) if (node instanceof Element) removed.push(node);
      continue;
    }
    // Rows added to or taken from the table's body, and nothing else.
    const section = record.target;
    if (record.type !== 'childList' || !(section instanceof Element) || !table.contains(section)) return null;
    // A native table's body, or a grid's group of rows (MUI's DataGrid renders the rows in view).
    if (!['TBODY', 'TABLE'].includes(section.tagName) && !section.matches('[role="rowgroup"], [role="grid"], [role="table"]'))
      return null;
    for (const node of Array.from(record.addedNodes)) {
      if (isRow(node)) rows.add(node);
      else if (!isBlank(node)) return null;
    }
    for (const node of Array.from(record.removedNodes)) {
      if (isRow(node)) {
        gone.push(node);
        goneFrom.set(node, section);
      } else if (!isBlank(node)) return null;
    }
    moved = true;
  }
  const live = [...rows].filter((r) => r.isConnected && table.contains(r));
  return { live, gone: [...gone, ...[...rows].filter((r) => !live.includes(r))], moved, removed, goneFrom };
}

/** The locators a find relies on: its scope, the element it is around, what its window holds. */
function reliesOn(spec: LocatorSpec): LocatorId[] {
  const out: LocatorId[] = spec.within ? [spec.within] : [];
  if (spec.unlike) out.push(spec.unlike);
  for (const s of spec.strategies) {
    if (s.by === 'around' || s.by === 'block') out.push(s.locator);
    if (s.by === 'contains') out.push(...s.all, ...(s.any ?? []));
  }
  return out;
}

const freshMemo = (): Memo => ({
  page: new Map(),
  inside: new WeakMap(),
  lists: new WeakMap(),
  names: new WeakMap(),
  rows: new Map(),
});

/** What surrounds the rows of one batch, read once for every find weighed against them. */
interface RowsAround {
  /** Whether the results table, and so each of its rows, is inside one of the page's windows. */
  inWindow(): boolean;
  /** Whether a row holds a heading (which names the region around it). */
  headed(row: Element): boolean;
  /** Whether a row is in a long list, which only the row locators look into. */
  inLongList(row: Element): boolean;
}

/**
 * The depth at which a row is weighed on its own: what a cue finds around another locator or
 * inside a window is not looked up across the page for it (reliesOn and withinWindow answer
 * for those).
 */
const ROWS_ONLY = 5;

/**
 * One reading of the page: each locator looked up once, whoever asks (screen detection,
 * features, the steps' facts), and the lookups inside them (`within`, `around`, what a window
 * holds) too. It holds only while the page stays the same: the engine starts a new one when
 * the page changes, but for changes confined to rows of the results, which it weighs
 * (`rowsChanged`).
 */
export class Finder {
  private readonly memo: Memo = freshMemo();

  constructor(
    readonly doc: Document,
    readonly ctx: LocateContext = {},
  ) {}

  find(id: LocatorId): Located | null {
    return locate(this.doc, id, this.ctx, 0, this.memo);
  }

  /**
   * The page changed, by these records. When they touched only rows of the results table (rows
   * changed, added or taken out), only the finds those rows could change are forgotten: a find
   * in one of them, a row locator that one of them now answers better, a find that an element
   * of theirs could now beat or tie, and what relies on those. Returns whether something may
   * have changed (true: evaluate again; false: every find stands, only the rows moved or
   * changed), or null when the records reach beyond those rows or anything in the rows matches
   * `pageWide` (what is read across the page rather than through a locator), or the table
   * stands inside one of `holders` (a message whose text its rows' text is part of): then this
   * reading no longer holds.
   */
  rowsChanged(records: readonly MutationRecord[], pageWide: string, holders: string): boolean | null {
    const table = this.memo.page.get('results.table')?.element;
    if (!table?.isConnected) return null;
    // A message or live region around the list takes its rows' text for its own.
    if (this.heldBy(table, holders)) return null;
    const touched = touchedRows(records, table);
    if (!touched) return null;
    const all = [...touched.live, ...touched.gone];
    // What was taken out of a row counts as much as what is in it: a window closed inside a row,
    // a cell that named something outside the table.
    const read = [...all, ...touched.removed];
    if (read.some((el) => el.matches(pageWide) || el.querySelector(pageWide) !== null)) return null;
    if (this.namedFrom(read, table)) return null;
    // A list that grew long, or short, moves its rows in or out of every locator's sight.
    const long = this.memo.long;
    if (long && touched.moved) {
      this.memo.long = undefined;
      const now = longBodies(this.doc, this.memo);
      if (now.length !== long.length || now.some((b, i) => b !== long[i])) return null;
    }
    // Lists and indexes are made again for whatever is looked up again.
    this.memo.inside = new WeakMap();
    this.memo.lists = new WeakMap();
    this.memo.names = new WeakMap();
    const stale = new Set<LocatorId>();
    // The rows' lists, names and styles are read once for all the finds weighed, and so is
    // what surrounds them: a window holds the table's rows if it holds the table (a window
    // inside a row is read across the page, above).
    // The long lists are those of this reading (a list grown long or short ended it, above).
    const rowMemo: Memo = { ...freshMemo(), long: this.memo.long };
    const headed = new Map<Element, boolean>();
    const around: RowsAround = {
      inWindow: () => {
        // Only a change beyond the rows can move the table in or out of a window, and that ends
        // this reading: it is asked once per reading.
        if (this.tableInWindow?.table !== table) this.tableInWindow = { table, inWindow: withinWindow(table) };
        return this.tableInWindow.inWindow;
      },
      inLongList: (row) => {
        const body = row.parentElement ?? touched.goneFrom.get(row);
        return !!body && longBodies(this.doc, this.memo).includes(body);
      },
      headed: (row) => {
        let has = headed.get(row);
        if (has === undefined) {
          has = headingsOf(row).length > 0;
          headed.set(row, has);
        }
        return has;
      },
    };
    whileReading(() => {
      for (const [id, found] of this.memo.page) {
        if (this.staleAfter(id, found, touched.live, all, rowMemo, around)) stale.add(id);
      }
    });
    for (let grew = true; grew; ) {
      grew = false;
      for (const id of this.memo.page.keys()) {
        if (!stale.has(id) && reliesOn(LOCATORS[id]).some((other) => stale.has(other))) {
          stale.add(id);
          grew = true;
        }
      }
    }
    for (const id of stale) {
      this.memo.page.delete(id);
      this.memo.rows.delete(id);
    }
    return stale.size > 0 || touched.moved;
  }

  private readonly wide = new Map<string, unknown>();

  /**
   * What is read across the page rather than through a locator (the login form, the messages,
   * the space's titles, the alerts), read once per reading: a change there is never weighed row
   * by row (rowsChanged's `pageWide`), so it ends the reading.
   */
  acrossPage<T>(key: string, read: () => T): T {
    if (!this.wide.has(key)) this.wide.set(key, read());
    return this.wide.get(key) as T;
  }

  /** Whether the results table stands inside one of `holders` (asked once per reading and table). */
  private held: { table: Element; by: boolean } | undefined;
  private heldBy(table: Element, holders: string): boolean {
    if (this.held?.table !== table) this.held = { table, by: table.parentElement?.closest(holders) != null };
    return this.held.by;
  }

  /** Whether `target` is in a body row of the results table this reading found. */
  inResultsRow(target: Element): boolean {
    const table = this.memo.page.get('results.table')?.element;
    return !!table?.isConnected && bodyRowOf(target, table) !== null;
  }

  /** What outside the table takes its name from elsewhere (read once per reading). */
  private referrers: Element[] | null = null;
  /** Whether the results table is inside one of the page's windows (read once per reading). */
  private tableInWindow: { table: Element; inWindow: boolean } | undefined;

  /**
   * Whether something outside the table takes its name or its label from these rows (or what was
   * taken out of them): a control `aria-labelledby` a cell, a `<label for>` in a row naming a
   * field above the table. Its find could change with them. Known limit: a row named from
   * another row, or from the table's head, is not looked for (rows-only changes keep the reading).
   */
  private namedFrom(rows: Element[], table: Element): boolean {
    const ids = new Set<string>();
    for (const row of rows) {
      if (row.id) ids.add(row.id);
      for (const el of Array.from(row.querySelectorAll('[id]'))) ids.add(el.id);
      for (const label of Array.from(row.querySelectorAll('label[for]'))) {
        const control = this.doc.getElementById(label.getAttribute('for') ?? '');
        if (control && !table.contains(control)) return true;
      }
    }
    if (ids.size === 0) return false;
    this.referrers ??= Array.from(this.doc.querySelectorAll('[aria-labelledby], [aria-describedby]')).filter(
      (el) => !table.contains(el),
    );
    return this.referrers.some((el) =>
      `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`
        .split(/\s+/)
        .some((id) => ids.has(id)),
    );
  }

  /** Whether the rows touched (`live` in the page, `all` with those taken out) may change a find. */
  private staleAfter(
    id: LocatorId,
    found: Located | null,
    live: Element[],
    all: Element[],
    memo: Memo,
    around: RowsAround,
  ): boolean {
    const spec = LOCATORS[id];
    const foundIn = spec.row ? this.memo.rows.get(id) : undefined;
    // A row locator's row changed: it stands if that row still comes first and gives the same.
    if (foundIn && found && live.includes(foundIn.row)) {
      const again = isShown(foundIn.row) && rowTier(foundIn.row, this.ctx) === foundIn.tier;
      const same = again ? rank(spec, foundIn.row, this.ctx, ROWS_ONLY, memo) : null;
      if (same?.element !== found.element || same.all.length !== found.all.length || same.score !== found.score) return true;
    } else if (found && [found.element, ...found.all].some((el) => !el.isConnected || all.some((row) => row.contains(el)))) {
      return true;
    }
    if (spec.row) {
      const table = spec.within ? this.memo.page.get(spec.within)?.element : null;
      return live.some(
        (row) =>
          row !== foundIn?.row &&
          (!table || table.contains(row)) &&
          (foundIn ? rowBefore(row, foundIn.row, this.ctx) : rowTier(row, this.ctx) !== NEVER) &&
          isShown(row) &&
          rank(spec, row, this.ctx, ROWS_ONLY, memo) !== null,
      );
    }
    for (const row of all) {
      // A window is known by what it holds, and a list in a window is part of it.
      if (spec.kind === 'dialog' && around.inWindow()) return true;
      // A long list's rows are not in this locator's sight (LONG_LIST), their headings neither.
      if (around.inLongList(row)) continue;
      // A heading in a row names the region around it, beyond the row; a region is known by
      // what it holds, and the row may be part of it.
      if (spec.strategies.some((s) => s.by === 'heading') && around.headed(row)) return true;
      if (spec.kind !== 'dialog' && spec.strategies.some((s) => s.by === 'contains') && row.closest(REGION)) return true;
      const best = ranking(spec, row, this.ctx, ROWS_ONLY, memo)[0];
      // Anything shown beats a find behind a folded section.
      if (best && (!found || found.behind || best[1].score >= found.score - 1e-6)) return true;
    }
    return false;
  }

  /**
   * A row locator looked up where the user clicked: in that row only, and only if something
   * around the click could be it — a click on a row's text reads no style, whatever the list's length.
   */
  findInRowAt(id: LocatorId, row: Element, target: Element): Located | null {
    const spec = LOCATORS[id];
    const table = spec.within ? this.find(spec.within) : null;
    if (!isBodyRow(row) || !table?.element.contains(row)) return null;
    const ctx = { invoiceNumber: rowInvoiceNumber(row) };
    const around = spec.strategies.some((s) => [...runStrategy(spec, s, row, ctx, 0).keys()].some((el) => el.contains(target)));
    if (!around || !isShown(row)) return null;
    return rank(spec, row, ctx, 0);
  }
}

/** Whether a control holds a value a user gave it (or the portal pre-filled). */
export function isFilled(el: Element): boolean {
  if (el instanceof HTMLOptionElement) return el.selected && el.value !== '';
  if (isAriaChoice(el)) return ariaChecked(el);
  // A web component: filled as the control in its shadow is.
  const face = faceOf(el);
  if (face !== el) return isFilled(face);
  if (el instanceof HTMLInputElement) {
    if (el.type === 'radio' || el.type === 'checkbox') return el.checked;
    if (el.type === 'file') return (el.files?.length ?? 0) > 0;
    return el.value.trim() !== '';
  }
  if (el instanceof HTMLSelectElement) return el.value !== '';
  if (el instanceof HTMLTextAreaElement) return el.value.trim() !== '';
  if (el.matches(DRAWN_SELECTS)) return drawnValue(el) !== '';
  return false;
}

/** A select drawn by script: a combobox that is not a text field (its options exist only while open). */
export function isDrawnSelect(el: Element): boolean {
  return matchesFace(el, DRAWN_SELECTS);
}

/**
 * The widget a control is a hidden part of: a native select or a read-only combobox input that
 * a select drawn by script keeps inside itself (PrimeFaces' selectOneMenu keeps both, visually
 * hidden, beside the label it shows). The user sees and uses the widget, and what it shows is
 * what they chose: it is the field. A typable input in a combobox (an autocomplete) stays itself.
 */
function standIn(el: Element): Element {
  // A combobox input no one types in: read-only, or no keyboard of its own (Vuetify's v-select
  // keeps `inputmode="none"` on the input its label names).
  const hiddenPart =
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement &&
      (el.readOnly || el.getAttribute('inputmode') === 'none') &&
      el.getAttribute('role') === 'combobox');
  if (!hiddenPart) return el;
  let node = el.parentElement;
  // Its own parts, a few levels down: not a whole region some page marked as a combobox.
  for (let up = 0; node && up < 3; up++, node = node.parentElement) if (node.matches(DRAWN_SELECTS)) return node;
  return el;
}

/**
 * What a select shows when nothing is chosen (normalised): no text, a dash, « Aucun »,
 * « Sélectionnez… », « -- Choisir -- », « Veuillez sélectionner ».
 */
export const SAYS_NOTHING = /^[-–—\s]*(aucune?|non renseigne|selectionne[rz]\b.*|choisi(r|ssez)\b.*|veuillez\b.*|)[-–—\s.…]*$/;

/**
 * What a select drawn by script shows as chosen: its text, without its placeholder, its icons
 * or a list of options it holds; nothing when its text only says that nothing is chosen (a
 * placeholder drawn as plain text). Its shown text may be hidden from assistive technology (Angular
 * Material names the combobox by `aria-labelledby` and hides the trigger): it is read all the same.
 */
export function drawnValue(el: Element): string {
  // A web component's select shows its choice in its shadow.
  const face = faceOf(el);
  if (face !== el) return drawnValue(face);
  let out = '';
  // Its own label drawn inside it (Vuetify's, twice: the label and its floating copy) names the
  // field: never what is chosen. A label that names no control (PrimeFaces') shows the choice.
  const names = new Set(Array.from(el.querySelectorAll('label[for]'), (l) => normalizeLabel(l.textContent ?? '')));
  const read = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.textContent ?? '';
      else if (
        child instanceof Element &&
        !/placeholder|icon|arrow/i.test(child.getAttribute('class') ?? '') &&
        !(child.tagName === 'LABEL' && (child.hasAttribute('for') || names.has(normalizeLabel(child.textContent ?? '')))) &&
        !child.matches('[role="listbox"], [role="option"], select, option, input, textarea, script, style, template')
      )
        read(child);
    }
  };
  read(el);
  const shown = out.replace(/\s+/g, ' ').trim();
  return SAYS_NOTHING.test(normalizeLabel(shown)) ? '' : shown;
}
