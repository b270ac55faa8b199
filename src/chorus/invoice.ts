// Reading which invoice the user is on: its row in the results, or its detail page.
// Columns and fields are found by their headings (API names in portal.md §3 [C], labels [G]).
import { normalizeLabel } from '../core/normalize.js';
import { rowInvoiceNumber } from './locate.js';
import { columnOf, headingsByColumn, rowCells, tableOf } from './rows.js';

export interface InvoiceFacts {
  number: string;
  supplier?: string;
  amount?: string;
  receivedAt?: string;
}

const SUPPLIER = ['fournisseur', 'designation fournisseur', 'emetteur'];
const AMOUNT = ['montant a payer', 'montant ttc'];
const RECEIVED = ['date de mise a disposition moe', 'mise a disposition moe', 'date de reception', 'date de depot'];
const NUMBER = ['numero de facture', 'numero de la facture', 'n° de facture', 'numero'];

function pick(pairs: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = pairs.get(key);
    if (value) return value;
  }
  return undefined;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function facts(number: string, pairs: Map<string, string>): InvoiceFacts {
  const out: InvoiceFacts = { number };
  const supplier = pick(pairs, SUPPLIER);
  const amount = pick(pairs, AMOUNT);
  const receivedAt = pick(pairs, RECEIVED);
  if (supplier) out.supplier = supplier;
  if (amount) out.amount = amount;
  if (receivedAt) out.receivedAt = receivedAt;
  return out;
}

/**
 * A table's or grid's column headings, normalized, at their columns: the cells of its head, else
 * of its first row when that row is all header cells (a table without <thead>); a grid's column
 * headers. Read there, not searched for across the table: a selector would visit each of a long
 * list's cells.
 */
export function columnHeadings(table: Element | null): string[] {
  return table ? headingsByColumn(table, (cell) => normalizeLabel(cell.textContent ?? '')) : [];
}

/** A results row, read through its table's column headings (`columnHeadings`, read here if not given). */
export function readResultsRow(row: Element, headings = columnHeadings(tableOf(row))): InvoiceFacts | null {
  const link = row.querySelector('a[href]');
  const number = clean(link?.textContent);
  if (!number || !rowInvoiceNumber(row)) return null;
  const pairs = new Map<string, string>();
  rowCells(row).forEach((cell, i) => {
    const heading = headings[columnOf(cell, i)];
    if (heading && !pairs.has(heading)) pairs.set(heading, clean(cell.textContent));
  });
  return facts(number, pairs);
}

/** A detail page: label/value pairs in <dl>, tables of <th>/<td>, or label + output. */
export function readDetailPage(doc: Document): InvoiceFacts | null {
  const pairs = new Map<string, string>();
  for (const dt of Array.from(doc.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') pairs.set(normalizeLabel(dt.textContent ?? ''), clean(dd.textContent));
  }
  for (const th of Array.from(doc.querySelectorAll('tr > th:first-child'))) {
    const td = th.nextElementSibling;
    if (td?.tagName === 'TD' && !td.querySelector('input, select, textarea')) {
      pairs.set(normalizeLabel(th.textContent ?? ''), clean(td.textContent));
    }
  }
  const number = pick(pairs, NUMBER);
  return number ? facts(number, pairs) : null;
}
