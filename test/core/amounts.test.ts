import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  amountFixes,
  blockingProblems,
  checkTotals,
  MAX_AMOUNT_TEXT,
  MAX_CENTS,
  parseFrenchAmount,
} from '../../src/core/amounts.js';

const frenchNumber = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const SPACES = [' ', '\u00a0', '\u202f'];

/** Intl's own French text of an amount given in cents, formatted from an exact decimal string. */
function intlFrench(cents: number): string {
  const units = Math.floor(cents / 100);
  const decimals = String(cents % 100).padStart(2, '0');
  return frenchNumber.format(`${units}.${decimals}` as unknown as number);
}

const cents = fc.integer({ min: 0, max: MAX_CENTS });

describe('parseFrenchAmount: examples', () => {
  test.each([
    ['1234,56', 123456, []],
    ['1 234,56', 123456, []],
    ['1\u202f234,5', 123450, []],
    ['0,05', 5, []],
    ['12', 1200, []],
    ['1234.56', 123456, ['decimal-point']],
    ['1,234.56', 123456, ['english-grouping']],
    ['1.234,56', 123456, ['dotted-grouping']],
    ['1.234.567', 123456700, ['dotted-grouping']],
    ['1,234,567', 123456700, ['english-grouping']],
    ['1 234,56 €', 123456, ['suffix']],
    ['1234,56 € HT', 123456, ['suffix']],
    ['1234,56 TTC', 123456, ['suffix']],
    ['€ 1234,56', 123456, ['suffix']],
    ['12,345', 1235, ['ambiguous']],
    ['1234,567', 123457, ['too-many-decimals']],
    ['1234.567', 123457, ['decimal-point', 'too-many-decimals']],
    ['-50,00', -5000, ['negative']],
  ])('%j → %d cents, problems %j', (input, value, problems) => {
    const parsed = parseFrenchAmount(input);
    expect(parsed.problems).toEqual(problems);
    if (problems.includes('ambiguous')) return;
    expect(parsed.value?.cents).toBe(value);
  });

  test('"1.234" and "1,234" are ambiguous: both readings, no guess', () => {
    for (const text of ['1.234', '1,234']) {
      const parsed = parseFrenchAmount(text);
      expect(parsed.value).toBeNull();
      expect(parsed.problems).toEqual(['ambiguous']);
      // The decimal reading in the two decimals the portal takes: "1,234" would be ambiguous again.
      expect(parsed.readings.map((r) => r.fieldText)).toEqual(['1234', '1,23']);
    }
    expect(amountFixes(parseFrenchAmount('2.500')).map((f) => f.text)).toEqual(['2500', '2,50']);
    expect(parseFrenchAmount('0.234').problems).toEqual(['decimal-point', 'too-many-decimals']);
  });

  test.each(['', '   ', 'abc', '12,34,5', '1..2', '12,', '1 2 3 ,', '--5', '1e5', 'NaN'])('%j is not an amount', (text) => {
    const parsed = parseFrenchAmount(text);
    expect(parsed.value).toBeNull();
    expect(parsed.problems.some((p) => p === 'empty' || p === 'not-a-number')).toBe(true);
  });

  test('out of range above 999 999 999 999,99', () => {
    expect(parseFrenchAmount('999 999 999 999,99').problems).toEqual([]);
    expect(parseFrenchAmount('1 000 000 000 000,00').problems).toContain('out-of-range');
  });

  test('the fix keeps the value, in the portal’s form', () => {
    expect(parseFrenchAmount('1,234.5').value).toMatchObject({ fieldText: '1234,50', display: '1\u202f234,50' });
    expect(parseFrenchAmount('1234').value).toMatchObject({ fieldText: '1234', display: '1\u202f234,00' });
  });
});

describe('parseFrenchAmount: properties', () => {
  test('every amount formatted by Intl fr-FR, with each kind of space, parses back exactly with no problem', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...SPACES), (value, space) => {
        const text = intlFrench(value).replace(/[\s\u00a0\u202f]/g, space);
        const parsed = parseFrenchAmount(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.value?.cents).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  test('arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        parseFrenchAmount(text);
      }),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-\s0-9.,€HTC]{0,20}$/), (text) => {
        parseFrenchAmount(text);
      }),
      { numRuns: 10_000 },
    );
  });

  test('every fix offered parses with no blocking problem, and an ambiguous text gets both readings', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9][0-9 .,]{0,16}( ?(€|HT|TTC))?$/), (text) => {
        const parsed = parseFrenchAmount(text);
        const fixes = amountFixes(parsed);
        for (const fix of fixes) expect(blockingProblems(parseFrenchAmount(fix.text)), `${text} → ${fix.text}`).toEqual([]);
        if (parsed.problems.includes('ambiguous')) expect(fixes.map((f) => f.reading)).toEqual(['thousands', 'decimal']);
      }),
      { numRuns: 10_000 },
    );
  });

  test('inputs up to 100 000 characters: turned down at once, never read by a regular expression', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(' ', '1', '1 ', '.', ',1', '€', ' HT'), (n, unit) => {
        const text = `1${unit.repeat(Math.ceil(n / unit.length))}2`.slice(0, n);
        const parsed = parseFrenchAmount(text);
        if (text.trim().length > MAX_AMOUNT_TEXT) expect(parsed.problems).toEqual(['not-a-number']);
      }),
      { numRuns: 300 },
    );
  });

  test('canonicalising is idempotent: the fix and the display parse back to themselves', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9][0-9 .,]{0,16}( ?(€|HT|TTC))?$/), (text) => {
        const { value } = parseFrenchAmount(text);
        if (!value) return;
        const again = parseFrenchAmount(value.fieldText);
        expect(blockingProblems(again)).toEqual([]);
        expect(again.value?.cents).toBe(value.cents);
        expect(again.value?.fieldText).toBe(value.fieldText);
        expect(parseFrenchAmount(value.display).value?.cents).toBe(value.cents);
      }),
      { numRuns: 5000 },
    );
  });

  test('a decimal point is read as the French reader meant it', () => {
    fc.assert(
      fc.property(cents, (value) => {
        const units = Math.floor(value / 100);
        const decimals = String(value % 100).padStart(2, '0');
        const parsed = parseFrenchAmount(`${units}.${decimals}`);
        expect(parsed.problems).toEqual(['decimal-point']);
        expect(parsed.value?.cents).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkTotals', () => {
  test('TTC = HT + TVA to the cent, at a legal rate: nothing to say', () => {
    expect(checkTotals({ ht: 1234567, tva: 246913, ttc: 1481480 })).toEqual([]);
    expect(checkTotals({ ht: 100000, tva: 5500, ttc: 105500 })).toEqual([]);
    expect(checkTotals({ ht: 100000, tva: 0, ttc: 100000 })).toEqual([]);
  });

  test('a TTC that does not add up', () => {
    expect(checkTotals({ ht: 1234567, tva: 246913, ttc: 1481490 })).toEqual([
      { kind: 'ttc-mismatch', expectedTtc: 1481480, ttc: 1481490 },
    ]);
  });

  test('a VAT far from every legal rate', () => {
    expect(checkTotals({ ht: 100000, tva: 15000, ttc: 115000 })).toEqual([{ kind: 'vat-rate', ratePercent: 15 }]);
  });

  test('missing values are not judged', () => {
    expect(checkTotals({ ht: null, tva: 100, ttc: 200 })).toEqual([]);
  });
});
