// The rows and columns of a list of results: a native table's body rows, or an ARIA grid's,
// as MUI's DataGrid and AG Grid draw theirs (`div[role=grid]` > `div[role=rowgroup]` >
// `div[role=row]` > `div[role=gridcell]`, the head a row of `div[role=columnheader]`s, spacers
// of `role=presentation` among the cells, only the rows in view rendered). A cell's column is
// its `aria-colindex` when the grid gives one: a grid that renders only the columns in view
// does not keep their places among the row's children.

const ROLE_ROW = '[role="row"]';
const CELL_ROLES = ['cell', 'gridcell', 'rowheader', 'columnheader'];
const HEADER_CELLS = '[role="columnheader"]';

/** A native table, or an ARIA table or grid drawn with other elements. */
function isNative(table: Element): table is HTMLTableElement {
  return table.tagName === 'TABLE';
}

/** A row of a list: a native table's, or one drawn with the row role. */
export function isRowElement(el: Element): boolean {
  return el.tagName === 'TR' || el.getAttribute('role') === 'row';
}

/** A row of a table's head (its column headings), not a row of results. */
export function isHeadRow(row: Element): boolean {
  if (row.tagName === 'TR') return row.parentElement?.tagName === 'THEAD';
  return row.querySelector(HEADER_CELLS) !== null;
}

/** A row of the body of a table or grid (not of its head). */
export function isBodyRow(row: Element): boolean {
  if (row.tagName === 'TR') return row.parentElement?.tagName === 'TBODY';
  return row.getAttribute('role') === 'row' && !isHeadRow(row);
}

/** The rows of a table's or grid's body, in the page's order. */
export function bodyRows(table: Element): Element[] {
  if (isNative(table)) return Array.from(table.querySelectorAll('tbody tr'));
  return Array.from(table.querySelectorAll(ROLE_ROW)).filter((row) => !isHeadRow(row));
}

/** The row that holds `el` in a list (a native row, or one drawn with the row role). */
export function rowOf(el: Element): Element | null {
  return el.closest(`tr, ${ROLE_ROW}`);
}

/** The table or grid a row belongs to. */
export function tableOf(row: Element): Element | null {
  return row.tagName === 'TR' ? row.closest('table') : row.closest('[role="grid"], [role="table"], [role="treegrid"]');
}

/** A row's cells, without the spacers a grid puts among them. */
export function rowCells(row: Element): Element[] {
  const cells = Array.from(row.children);
  if (row.tagName === 'TR') return cells;
  return cells.filter((cell) => CELL_ROLES.includes(cell.getAttribute('role') ?? ''));
}

/** The column a cell stands in (0 the first): its `aria-colindex` if given, else `i`. */
export function columnOf(cell: Element, i: number): number {
  const index = Number(cell.getAttribute('aria-colindex'));
  return Number.isInteger(index) && index > 0 ? index - 1 : i;
}

/**
 * A table's or grid's heading cells: a native table's head, else its first row when that row is
 * all header cells (a table without <thead>); a grid's column headers.
 */
export function headingCells(table: Element): Element[] {
  if (isNative(table)) {
    const head = table.tHead;
    if (head) return Array.from(head.querySelectorAll('th, td'));
    const first = table.querySelector('tr');
    const cells = first ? Array.from(first.children) : [];
    return cells.length > 0 && cells.every((cell) => cell.tagName === 'TH') ? cells : [];
  }
  return Array.from(table.querySelectorAll(HEADER_CELLS));
}

/** Each heading cell's text (`read`), at the column it heads. */
export function headingsByColumn<T>(table: Element, read: (cell: Element) => T): T[] {
  const out: T[] = [];
  headingCells(table).forEach((cell, i) => {
    out[columnOf(cell, i)] = read(cell);
  });
  return out;
}
