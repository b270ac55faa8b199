// A results row read through its table's column headings, whether the table has a <thead> or
// its header row opens the body (older portals' markup).
import { describe, expect, test } from 'vitest';
import { readResultsRow } from '../../src/chorus/invoice.js';
import { page } from './fixtures.js';

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
});
