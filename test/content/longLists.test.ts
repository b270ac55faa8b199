// Long lists on screen (issue 13): the rows on screen found by bisection, and nothing taken for
// off screen that is not.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LONG_LIST, longLists, rowsOnScreen } from '../../src/content/overlay/longLists.js';
import { pageControls } from '../../src/content/overlay/page.js';

const ROW_HEIGHT = 30;
const VIEW = { width: 1280, height: 720 };

afterEach(() => vi.restoreAllMocks());

/** A body of `n` rows with a link and a button each, laid out as `top(i)` says (null: display none); the reads are counted. */
function table(n: number, top: (i: number) => number | null) {
  document.body.innerHTML = `<form><button id="search">Rechercher</button></form><table><thead><tr><th>N°</th><th></th></tr></thead><tbody>${Array.from(
    { length: n },
    (_, i) => `<tr data-i="${i}"><td><a href="/f/${i}">F-${i}</a></td><td><button>Voir</button></td></tr>`,
  ).join('')}</tbody></table>`;
  const reads = { rows: 0, all: 0 };
  const rectOf = (el: Element): DOMRect => {
    if (el.id === 'search') return new DOMRect(10, 10, 100, 30);
    const row = el.closest('tr[data-i]');
    const at = row ? top(Number(row.getAttribute('data-i'))) : null;
    if (at === null) return new DOMRect(0, 0, 0, 0);
    if (el === row) return new DOMRect(0, at, 600, ROW_HEIGHT);
    return new DOMRect(el.tagName === 'A' ? 10 : 300, at + 5, 80, 20);
  };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    reads.all++;
    if (this.matches('tr[data-i]')) reads.rows++;
    return rectOf(this);
  });
  // happy-dom has no HTMLTableSectionElement.rows: a body's children are its rows here.
  const rows = (document.querySelector('tbody') as Element).children;
  return { rows, reads };
}

describe('the rows on screen', () => {
  test('a long list scrolled halfway: the rows that meet the viewport, a few boxes read', () => {
    // Row i stands at i × 30 px, scrolled by 15 000 px: rows 500 to 523 meet the 720 px viewport.
    const { rows, reads } = table(1000, (i) => i * ROW_HEIGHT - 15_000);
    expect(rowsOnScreen(rows, VIEW.height)).toEqual({ first: 500, end: 524 });
    expect(reads.rows).toBeLessThan(30);
  });

  test('a row half out at the top or the bottom is on screen; above the first or below the last, none', () => {
    const { rows } = table(200, (i) => i * ROW_HEIGHT - 15);
    expect(rowsOnScreen(rows, VIEW.height)).toEqual({ first: 0, end: 25 });
    const above = table(200, (i) => i * ROW_HEIGHT - 10_000);
    expect(rowsOnScreen(above.rows, VIEW.height)).toEqual({ first: 200, end: 200 });
    const below = table(200, (i) => 800 + i * ROW_HEIGHT);
    expect(rowsOnScreen(below.rows, VIEW.height)).toEqual({ first: 0, end: 0 });
  });

  test('rows without a box (display: none) met on the way: not known, every row is read', () => {
    // Only the first ten rows are shown (the page hides the others): a bisection would take them
    // for rows above the viewport.
    const { rows } = table(1000, (i) => (i < 10 ? 100 + i * ROW_HEIGHT : null));
    expect(rowsOnScreen(rows, VIEW.height)).toBeNull();
  });
});

describe('the controls a box must not cover, in a long list', () => {
  test('only the rows on screen are read, and every control on screen is there', () => {
    const { reads } = table(1000, (i) => i * ROW_HEIGHT - 15_000);
    const controls = pageControls(document, document.createElement('div'), VIEW);
    // The form's button, then rows 500 to 523: a link and a button each.
    expect(controls).toHaveLength(1 + 48);
    expect(controls[0]).toMatchObject({ left: 10, top: 10 });
    expect(controls.every((c) => c.top + c.height > 0 && c.top < VIEW.height)).toBe(true);
    expect(reads.all).toBeLessThan(200);
  });

  test('rows the bisection cannot trust, or a short list: each control is read, as before', () => {
    const hidden = table(1000, (i) => (i < 10 ? 100 + i * ROW_HEIGHT : null));
    expect(pageControls(document, document.createElement('div'), VIEW)).toHaveLength(1 + 20);
    expect(hidden.reads.all).toBeGreaterThan(2000);

    const short = table(LONG_LIST - 1, (i) => i * ROW_HEIGHT - 600);
    expect(longLists(document, VIEW.height)).toBeNull();
    expect(short.rows).toHaveLength(LONG_LIST - 1);
    expect(pageControls(document, document.createElement('div'), VIEW)).toHaveLength(1 + 2 * 24);
  });
});
