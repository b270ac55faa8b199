// A results row read through its table's column headings, whether the table has a <thead> or
// its header row opens the body (older portals' markup).
import { describe, expect, test } from 'vitest';
import { readResultsRow } from '../../src/chorus/invoice.js';
import { page } from './fixtures.js';
import { dataGrid } from './grid.fixture.js';

const HEAD = '<tr><th>Numéro de facture</th><th>Fournisseur</th><th>Date de dépôt</th><th>Montant TTC</th></tr>';
const ROW = '<tr><td><a href="/f/1">FT-1</a></td><td>BTP Ouest</td><td>20/11/2026</td><td>1 200,00 €</td></tr>';
const FACTS = { number: 'FT-1', supplier: 'BTP Ouest', receivedAt: '20/11/2026', amount: '1 200,00 €' };

function lastRow(html: string): Element {
  const rows = page(html).querySelectorAll('tr');
  return rows[rows.length - 1] as Element;
}

describe('a results row', () => {
  test('under a <thead>', () => {
    expect(readResultsRow(lastRow(`<table><thead>${HEAD}</thead><tbody>${ROW}</tbody></table>`))).toEqual(FACTS);
  });

  test('under a header row that opens the body', () => {
    expect(readResultsRow(lastRow(`<table><tbody>${HEAD}${ROW}</tbody></table>`))).toEqual(FACTS);
  });

  test('without any header row: only its number', () => {
    const plain = `<table><tbody><tr><td>Numéro</td><td>Fournisseur</td></tr>${ROW}</tbody></table>`;
    expect(readResultsRow(lastRow(plain))).toEqual({ number: 'FT-1' });
  });

  test('in a grid drawn with ARIA roles (MUI’s DataGrid): its cells read by their column, spacers among them', () => {
    for (const spacer of [false, true]) {
      const doc = page(dataGrid([{ n: 'FT-1', status: 'Mise à disposition MOE', date: '21/11/2026' }], { spacer }));
      const row = doc.querySelector('[role="row"][data-rowindex="0"]') as Element;
      expect(readResultsRow(row)).toEqual({ number: 'FT-1', supplier: 'BTP Ouest', receivedAt: '21/11/2026' });
    }
  });

  test('in a grid that renders only the columns in view: each cell under its own heading (aria-colindex)', () => {
    const doc = page(dataGrid([{ n: 'FT-1', status: 'Mise à disposition MOE', date: '21/11/2026' }]));
    // The supplier's column scrolled out of view: neither its header nor its cell is rendered.
    for (const el of Array.from(doc.querySelectorAll('[aria-colindex="3"]'))) el.remove();
    const row = doc.querySelector('[role="row"][data-rowindex="0"]') as Element;
    expect(readResultsRow(row)).toEqual({ number: 'FT-1', receivedAt: '21/11/2026' });
  });
});
