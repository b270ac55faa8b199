// The popup's « most urgent first » list and the badge's « ! » (issue 12), with a fixed clock.
import { describe, expect, test } from 'vitest';
import { anyInvoiceLate, defaultState, markDone, recordFacts, type StoredState } from '../../src/core/state.js';
import { byUrgency } from '../../src/popup/InvoiceList.js';

const NOW = Date.parse('2026-11-27T10:00:00+01:00');

function withInvoices(): StoredState {
  let s = defaultState(0);
  s = recordFacts(s, 'SOON', { receivedAt: '21/11/2026' }, 1);
  s = recordFacts(s, 'LATE', { receivedAt: '18/11/2026 10:00' }, 1);
  s = recordFacts(s, 'FRESH', { receivedAt: '26/11/2026' }, 1);
  s = recordFacts(s, 'NODATE', {}, 1);
  s = recordFacts(s, 'SENT', { receivedAt: '01/11/2026' }, 1);
  return markDone(
    s,
    'SENT',
    Array.from({ length: 23 }, (_, i) => i + 1),
    2,
  );
}

describe('invoices in progress', () => {
  test('most urgent first: late, then fewest days left, undated last; sent ones apart', () => {
    expect(byUrgency(withInvoices(), NOW).map((p) => p.number)).toEqual(['LATE', 'SOON', 'FRESH', 'NODATE']);
  });

  test('a contract’s own delay counts: with 15 days, nothing is late yet', () => {
    const s = withInvoices();
    const long = { ...s, settings: { ...s.settings, moeDays: 15 } };
    expect(anyInvoiceLate(long, NOW)).toBe(false);
    expect(anyInvoiceLate(s, NOW)).toBe(true);
  });

  test('a late invoice already sent does not make the badge say « ! »', () => {
    let s = defaultState(0);
    s = recordFacts(s, 'OLD', { receivedAt: '01/11/2026' }, 1);
    expect(anyInvoiceLate(s, NOW)).toBe(true);
    s = markDone(s, 'OLD', [23], 2);
    expect(anyInvoiceLate(s, NOW)).toBe(false);
  });
});
