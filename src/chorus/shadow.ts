// Web components: a custom element whose real control lives in its open shadow root (SAP's UI5
// Web Components, Shoelace, Material Web…). The page's tree shows only the element (the host):
// `<ui5-input id="ht">`, `<ui5-radio-button text="Maîtrise d'oeuvre">`, `<ui5-dialog
// header-text="…">`; the <input>, the `role="radio"`, the `role="dialog"` are in its shadow.
// The assistant reads the page's own tree, so that what it finds can be marked, compared and
// ordered as the page's: a host stands for its shadow's main element (its face), whose role,
// name, state and value it takes. Nothing here writes to the page.

/**
 * What a host can stand for: a field, a choice, a button or a link, a heading, a window, a
 * table, an item of a list. The first of these in its shadow, in tree order, is its face.
 */
const FACES =
  'input:not([type="hidden"]), select, textarea, button, a[href], [role="combobox"], [role="textbox"], [role="radio"], [role="checkbox"], [role="switch"], [role="button"], [role="link"], [role="option"], [role="tab"], h1, h2, h3, h4, h5, h6, [role="heading"], [role="dialog"], [role="alertdialog"], [role="grid"], [role="table"], ul, ol, [role="list"], li, [role="listitem"]';

/** Faces that hold what the host holds: a window's, a table's, a list's. Any other face is a control's. */
const HOLDERS = '[role="dialog"], [role="alertdialog"], [role="grid"], [role="table"], ul, ol, [role="list"]';

let faces: WeakMap<Element, Element | null> | null = null;
let hostLists: WeakMap<ParentNode, Element[]> | null = null;
let titles: WeakMap<Element, string> | null = null;

/** While the page is read, each host's face and each scope's hosts are worked out once. */
export function readingShadows(on: boolean): void {
  faces = on ? new WeakMap() : null;
  hostLists = on ? new WeakMap() : null;
  titles = on ? new WeakMap() : null;
}

/** Whether the page has drawn any open shadow root: pages without one pay a single check. */
const seen = new WeakSet<Document>();

/** The assistant's own host (content/overlay/host.ts) has a shadow root of its own: not the page's. */
const OWN_HOST = 'chorus-moe-assistant';
const pageHost = (el: Element): boolean => el.shadowRoot !== null && el.id !== OWN_HOST;

/**
 * The hosts in a scope's own tree (not inside another host's shadow). A page known
 * to have none is not searched again until one is found by `noteHost` (the watcher sees it
 * added).
 */
export function hostsIn(scope: ParentNode): Element[] {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const known = hostLists?.get(scope);
  if (known) return known;
  let out: Element[] = [];
  if (seen.has(doc) || firstLook(doc)) {
    const all = (scope as Element | Document).getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      if (pageHost(el)) out.push(el);
    }
  } else out = [];
  hostLists?.set(scope, out);
  return out;
}

/**
 * Each page is searched for a host once, when first read: one added later is seen by the
 * watcher (`noteHost`). A long list's body (a results table of a thousand rows) is skipped in
 * one step: its elements are the bulk of the page, and a page of web components shows them
 * outside it too (the table itself, the bar, the fields).
 */
const looked = new WeakSet<Document>();
function firstLook(doc: Document): boolean {
  if (looked.has(doc)) return false;
  looked.add(doc);
  const long = new Set(
    Array.from(doc.querySelectorAll('tbody, [role="rowgroup"]')).filter((b) => b.childElementCount >= LONG_BODY),
  );
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    // In document order, an element's descendants follow it: skip them all at once.
    if (long.has(el)) i += el.getElementsByTagName('*').length;
    else if (pageHost(el)) {
      seen.add(doc);
      return true;
    }
  }
  return false;
}
/** A body of this many rows is a long list (chorus/locate.ts LONG_LIST). */
const LONG_BODY = 100;

/** A node the page added: a host among it makes its document one to search. */
export function noteHost(node: Node): void {
  if (!(node instanceof Element)) return;
  const doc = node.ownerDocument;
  if (seen.has(doc)) return;
  if (pageHost(node) || Array.from(node.getElementsByTagName('*')).some(pageHost)) seen.add(doc);
}

/** Whether this page has shown a host: its added elements may be web components, read then. */
export function hasHosts(doc: Document): boolean {
  return seen.has(doc);
}

/** For tests: forget what was learnt of documents. */
export function forgetShadowPages(doc: Document): void {
  seen.delete(doc);
  looked.delete(doc);
}

/**
 * The element a host stands for, in its open shadow root (looking through nested hosts of that
 * shadow); the element itself when it is not a host, or when its face is a control while it
 * holds the page's own controls (a panel whose header is a button is not that button).
 */
export function faceOf(el: Element): Element {
  if (!el.shadowRoot) return el;
  const known = faces?.get(el);
  if (known !== undefined) return known ?? el;
  let face = findFace(el.shadowRoot, 0);
  // A file input's host holds the button that opens it (« Parcourir »): still the file input.
  if (face && !face.matches(HOLDERS) && !face.matches('input[type="file"]') && holdsControls(el)) face = null;
  faces?.set(el, face);
  return face ?? el;
}

function findFace(root: ShadowRoot, depth: number): Element | null {
  const direct = root.querySelector(FACES);
  // A window or a table shows what the host holds: its own content is slotted in it. A window
  // of its own parts (a menu's overflow) is not the host.
  if (direct) return !direct.matches(HOLDERS) || direct.querySelector('slot') ? direct : null;
  if (depth > 2) return null;
  // Drawn by a component inside it (a field around a library's input): that control, never a
  // window it keeps for its own lists.
  for (const inner of Array.from(root.querySelectorAll('*'))) {
    if (inner.shadowRoot) {
      const face = findFace(inner.shadowRoot, depth + 1);
      if (face && !face.matches(HOLDERS)) return face;
    }
  }
  return null;
}

/** A host holding other controls of the page in its own tree (options of a select excepted). */
function holdsControls(host: Element): boolean {
  for (const child of Array.from(host.querySelectorAll('*'))) {
    if (child.matches(FACES) && child.getAttribute('role') !== 'option') return true;
    if (child.shadowRoot) {
      const face = findFace(child.shadowRoot, 1);
      if (face && face.getAttribute('role') !== 'option') return true;
    }
  }
  return false;
}

/** Whether `el`, or the face it stands for, matches a selector. */
export function matchesFace(el: Element, selector: string): boolean {
  if (el.matches(selector)) return true;
  const face = faceOf(el);
  if (face === el) return false;
  try {
    return face.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The elements of a scope that match a selector, hosts standing for a matching face included,
 * in the page's order.
 */
export function withHosts(scope: ParentNode, found: Element[], selector: string, among?: Element[]): Element[] {
  let hosts = hostsIn(scope).filter((h) => !h.matches(selector) && matchesFace(h, selector));
  if (among && hosts.length > 0) {
    const pool = new Set(among);
    hosts = hosts.filter((h) => pool.has(h));
  }
  if (hosts.length === 0) return found;
  const out = [...found, ...hosts];
  return out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The element that a shadow's node belongs to in the page's tree: its outermost host. */
export function pageElementOf(node: Element): Element {
  let el = node;
  for (let root = el.getRootNode() as Node; root.nodeType === 11 && 'host' in root; root = el.getRootNode()) {
    el = (root as ShadowRoot).host;
  }
  return el;
}

/** Text as it is shown: a host's shadow, with what its slots show, in place of its children. */
export function shownText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  // A shadow root is a fragment (known by its type: a frame's classes are not this window's).
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  if (node.nodeType === 1) {
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || el.getAttribute('aria-hidden') === 'true') return '';
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      // What a slot shows stands apart from what the shadow draws around it (a title, its description).
      return ` ${(assigned.length > 0 ? assigned : Array.from(el.childNodes)).map(shownText).join('')} `;
    }
    if (el.shadowRoot) return shownText(el.shadowRoot);
  }
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    const text = shownText(child);
    const block = child.nodeType === 1 && BLOCKS.test((child as Element).tagName);
    out += block ? ` ${text} ` : text;
  }
  return out;
}
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'INPUT', 'svg', 'SVG']);
const BLOCKS = /^(?:DIV|P|LI|H[1-6]|BR|TR|TD|TH|SECTION|HEADER|FOOTER)$/;

/**
 * The name a face has in its shadow: the elements it is labelled by there, its aria-label, its
 * own labels there, its text as shown, its title.
 */
export function faceName(face: Element): string {
  const root = face.getRootNode() as ShadowRoot | Document;
  const ids = face.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => {
        const el = root.getElementById?.(id) ?? null;
        return el ? shownText(el) : '';
      })
      .join(' ');
    if (text.trim()) return text;
  }
  const aria = face.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  const labels = (face as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const text = Array.from(labels, (l) => shownText(l)).join(' ');
    if (text.trim()) return text;
  }
  if (!face.matches('input, select, textarea, [role="dialog"], [role="alertdialog"], [role="grid"], [role="table"]')) {
    const text = shownText(face);
    if (/[\p{L}\p{N}]/u.test(text)) return text;
  }
  return face.getAttribute('title') ?? '';
}

/**
 * The title a container draws in its shadow for what it holds (`<ui5-panel header-text>`, a
 * card's header): the text of the shadow's first heading, when the host holds the page's own
 * controls and is no window (whose title is its face's). Empty for anything else.
 */
export function drawnTitle(host: Element): string {
  const root = host.shadowRoot;
  if (!root || faceOf(host) !== host || !holdsControls(host)) return '';
  const known = titles?.get(host);
  if (known !== undefined) return known;
  const heading = root.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  const title = heading && !heading.matches(HOLDERS) ? shownText(heading).replace(/\s+/g, ' ').trim() : '';
  titles?.set(host, title);
  return title;
}

/** The hosts of a scope that title what they hold (`drawnTitle`), in the page's order. */
export function titledHosts(scope: ParentNode): Element[] {
  return hostsIn(scope).filter((h) => drawnTitle(h) !== '');
}
