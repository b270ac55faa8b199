// Long lists on screen. The rows of a table body are stacked top to bottom, so those on screen
// are found by bisection: a dozen rows' boxes are read, not a thousand (issue 13).

/** A table body is long from this many rows on: below, reading every row's box costs less. */
export const LONG_LIST = 100;

/**
 * The rows that meet the band from 0 to `height` (the viewport), as `[first, end)`, by
 * bisection. Null when a row the bisection reads has no box at all (display: none): the rows
 * are then not known to be stacked, and the caller reads them all.
 */
export function rowsOnScreen(rows: ArrayLike<Element>, height: number): { first: number; end: number } | null {
  let blind = false;
  const box = (i: number): DOMRect => {
    const rect = (rows[i] as Element).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) blind = true;
    return rect;
  };
  let first = 0;
  let hi = rows.length;
  while (first < hi) {
    const mid = (first + hi) >> 1;
    if (box(mid).bottom <= 0) first = mid + 1;
    else hi = mid;
  }
  let end = first;
  hi = rows.length;
  while (end < hi) {
    const mid = (end + hi) >> 1;
    if (box(mid).top < height) end = mid + 1;
    else hi = mid;
  }
  return blind ? null : { first, end };
}

/**
 * Whether a table row is off screen in a long table body, known without reading its box; false
 * for any other row (it is read as usual); null when the page has no long list. The page's long
 * bodies are looked at once, here.
 * Known limit: a control positioned out of its row (a fixed menu) counts as where its row is.
 */
export function offScreenRows(doc: Document, height: number): ((row: Element) => boolean) | null {
  const onScreen = new Map<Element, Set<Element>>();
  for (const body of Array.from(doc.getElementsByTagName('tbody'))) {
    const rows = body.children;
    if (rows.length < LONG_LIST) continue;
    const range = rowsOnScreen(rows, height);
    if (!range) continue;
    const shown = new Set<Element>();
    for (let i = range.first; i < range.end; i++) shown.add(rows[i] as Element);
    onScreen.set(body, shown);
  }
  if (onScreen.size === 0) return null;
  return (row) => {
    const shown = row.parentElement ? onScreen.get(row.parentElement) : undefined;
    return shown !== undefined && !shown.has(row);
  };
}

/**
 * The elements matching `selector`, in document order, but for those in the rows `skip` says
 * are off screen: those rows are not even walked through.
 */
export function matchingBeside(doc: Document, selector: string, skip: (row: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      (node as Element).tagName === 'TR' && skip(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).matches(selector)) out.push(node as Element);
  }
  return out;
}
