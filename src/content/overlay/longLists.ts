// Long lists on screen. The rows of a table body are stacked top to bottom, so those on screen
// are found by bisection: a dozen rows' boxes are read, not a thousand (issue 13).

import { LONG_LIST } from '../../chorus/locate.js';

/**
 * A table body is long from this many rows on (the locators' own measure): below, reading every
 * row's box costs less.
 */
export { LONG_LIST };

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
 * The page's long table bodies, each with its rows on screen (found by bisection); null when
 * the page has none, or none whose rows can be trusted to be stacked.
 */
export function longLists(doc: Document, height: number): Map<Element, Element[]> | null {
  const out = new Map<Element, Element[]>();
  for (const body of Array.from(doc.getElementsByTagName('tbody'))) {
    const rows = body.children;
    if (rows.length < LONG_LIST) continue;
    const range = rowsOnScreen(rows, height);
    if (!range) continue;
    const shown: Element[] = [];
    for (let i = range.first; i < range.end; i++) shown.push(rows[i] as Element);
    out.set(body, shown);
  }
  return out.size > 0 ? out : null;
}

/**
 * The elements matching `selector` on the page, but for those in a long list's rows off
 * screen, which are not even walked through: a long body is skipped whole, and only its rows on
 * screen are searched. Known limit: a control positioned out of its row (a fixed menu) counts
 * as where its row is.
 */
export function matchingOnScreen(doc: Document, selector: string, lists: Map<Element, Element[]>): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (lists.has(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).matches(selector)) out.push(node as Element);
  }
  for (const [body, rows] of lists) {
    if (body.matches(selector)) out.push(body);
    for (const row of rows) {
      if (row.matches(selector)) out.push(row);
      out.push(...Array.from(row.querySelectorAll(selector)));
    }
  }
  return out;
}
