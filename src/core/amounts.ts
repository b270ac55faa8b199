// French amounts (shared/docs/domain.md § Amounts). Money is kept in integer cents — the
// largest amount the portal takes, 999 999 999 999,99, is far below 2^53 — never as a
// binary fraction.

export const MAX_CENTS = 99_999_999_999_999;

export type AmountProblem =
  | 'empty'
  | 'not-a-number'
  | 'decimal-point'
  | 'english-grouping'
  | 'dotted-grouping'
  | 'ambiguous'
  | 'too-many-decimals'
  | 'suffix'
  | 'negative'
  | 'out-of-range';

export interface AmountReading {
  cents: number;
  /** What to put in a portal field: "1234,56" (no grouping, comma, 0 or 2 decimals). */
  fieldText: string;
  /** How a French reader writes it: "1 234,56" with narrow no-break spaces. */
  display: string;
}

export interface ParsedAmount {
  /** The one reading, unless the text is empty, not a number or ambiguous. */
  value: AmountReading | null;
  /** Both readings of an ambiguous text such as "1.234" (thousands first). */
  readings: AmountReading[];
  problems: AmountProblem[];
}

const SPACES = /[\s\u00a0\u202f\u2007\u2009]/g;
// Currency and tax words people paste with an amount: "1 234,56 €", "1234,56 EUR HT". Each
// expression matches a bounded text at one end, without a leading \s*: a suffix expression
// starting with \s* is retried from every space of a long input, in quadratic time.
const PREFIX = /^(?:€|eur\b)/i;
const SUFFIX = /(?:€|eur(?:os?)?|h\.?\s?t\.?|t\.?\s?t\.?\s?c\.?)$/i;
/**
 * The longest text read as an amount: "-999 999 999 999,99 EUR TTC" with room to spare.
 * Anything longer is not an amount, and is turned down before any regular expression.
 */
export const MAX_AMOUNT_TEXT = 64;

export function reading(cents: number, withDecimals = cents % 100 !== 0): AmountReading {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100).toString();
  const decimals = String(abs % 100).padStart(2, '0');
  const sign = negative ? '-' : '';
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return {
    cents,
    fieldText: `${sign}${units}${withDecimals ? `,${decimals}` : ''}`,
    display: `${sign}${grouped},${decimals}`,
  };
}

/** Digits before and after the decimal separator → cents, rounded half up past 2 decimals. */
function toCents(units: string, decimals: string): number {
  const kept = `${decimals}00`.slice(0, 2);
  let cents = Number(units || '0') * 100 + Number(kept);
  const rest = decimals.slice(2);
  if (rest && Number(rest[0]) >= 5) cents += 1;
  return cents;
}

export function parseFrenchAmount(input: string): ParsedAmount {
  const problems: AmountProblem[] = [];
  const fail = (problem: AmountProblem): ParsedAmount => ({ value: null, readings: [], problems: [problem] });

  if (input.length > MAX_AMOUNT_TEXT * 4) return fail('not-a-number');
  let text = input.trim();
  if (!text) return fail('empty');
  if (text.length > MAX_AMOUNT_TEXT) return fail('not-a-number');

  let stripped = text;
  for (let i = 0; i < 3; i++) stripped = stripAffixes(stripped);
  if (stripped !== text) {
    problems.push('suffix');
    text = stripped;
  }

  let negative = false;
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    problems.push('negative');
    text = text.slice(1).trim();
  }

  const compact = text.replace(SPACES, '');
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact))
    return { ...fail('not-a-number'), problems: [...problems, 'not-a-number'] };

  let units: string;
  let decimals = '';
  const dots = compact.split('.').length - 1;
  const commas = compact.split(',').length - 1;
  const sign = negative ? -1 : 1;
  const finish = (): ParsedAmount => {
    if (decimals.length > 2) problems.push('too-many-decimals');
    const cents = sign * toCents(units, decimals) || 0; // never -0
    if (Math.abs(cents) > MAX_CENTS) problems.push('out-of-range');
    const value = reading(cents, decimals.length > 0);
    return { value, readings: [], problems };
  };

  if (dots === 0 && commas === 0) {
    units = compact;
    return finish();
  }
  if (dots > 0 && commas > 0) {
    const lastDot = compact.lastIndexOf('.');
    const lastComma = compact.lastIndexOf(',');
    if (lastDot > lastComma && /^\d{1,3}(,\d{3})+\.\d+$/.test(compact)) {
      problems.push('english-grouping');
      [units = '', decimals = ''] = compact.replace(/,/g, '').split('.');
      return finish();
    }
    if (lastComma > lastDot && /^\d{1,3}(\.\d{3})+,\d+$/.test(compact)) {
      problems.push('dotted-grouping');
      [units = '', decimals = ''] = compact.replace(/\./g, '').split(',');
      return finish();
    }
    return { value: null, readings: [], problems: [...problems, 'not-a-number'] };
  }

  const separator = dots > 0 ? '.' : ',';
  const count = Math.max(dots, commas);
  const parts = compact.split(separator);
  if (count > 1) {
    // "1.234.567" or "1,234,567": only a grouping reads like that.
    if (!parts.slice(1).every((p) => p.length === 3) || (parts[0] ?? '').length > 3) {
      return { value: null, readings: [], problems: [...problems, 'not-a-number'] };
    }
    problems.push(separator === '.' ? 'dotted-grouping' : 'english-grouping');
    units = parts.join('');
    return finish();
  }

  const [before = '', after = ''] = parts;
  // "1.234" or "1,234": a thousands group or three decimals — only the user can tell. The
  // decimal reading is written with the two decimals the portal takes ("2.500" → "2,50"):
  // written "2,500" it would be ambiguous again.
  if (after.length === 3 && before.length <= 3 && !/^0+$/.test(before)) {
    const thousands = sign * Number(before + after) * 100 || 0;
    const decimal = sign * toCents(before, after) || 0;
    return { value: null, readings: [reading(thousands, false), reading(decimal, true)], problems: [...problems, 'ambiguous'] };
  }
  if (separator === '.') problems.push('decimal-point');
  units = before;
  decimals = after;
  return finish();
}

/** The problems a user must fix before the portal takes the value (a sign alone is allowed). */
export function blockingProblems(parsed: ParsedAmount): AmountProblem[] {
  return parsed.problems.filter((p) => p !== 'negative');
}

/** One end's currency or tax word removed: "1 234,56 € HT" → "1 234,56 €". */
export function stripAffixes(text: string): string {
  return text.replace(PREFIX, '').trim().replace(SUFFIX, '').trim();
}

export interface AmountFix {
  text: string;
  reading: 'thousands' | 'decimal' | 'one';
}

/**
 * The corrections to offer for a text with a blocking problem: both readings of an
 * ambiguous one, else the one reading. Only a correction the portal takes is offered: each
 * parses with no blocking problem.
 */
export function amountFixes(parsed: ParsedAmount): AmountFix[] {
  const [thousands, decimal] = parsed.readings;
  const fixes: AmountFix[] = parsed.problems.includes('ambiguous')
    ? [
        ...(thousands ? [{ text: thousands.fieldText, reading: 'thousands' as const }] : []),
        ...(decimal ? [{ text: decimal.fieldText, reading: 'decimal' as const }] : []),
      ]
    : parsed.value
      ? [{ text: parsed.value.fieldText, reading: 'one' }]
      : [];
  return fixes.filter((fix) => blockingProblems(parseFrenchAmount(fix.text)).length === 0);
}

// Legal VAT rates in France (CGI art. 278 ff.), overseas (art. 296), and 0 for reverse charge.
export const VAT_RATES = [0.2, 0.1, 0.055, 0.085, 0.021] as const;

export interface Totals {
  ht: number | null;
  tva: number | null;
  ttc: number | null;
}

export type TotalsIssue = { kind: 'ttc-mismatch'; expectedTtc: number; ttc: number } | { kind: 'vat-rate'; ratePercent: number };

export function checkTotals({ ht, tva, ttc }: Totals): TotalsIssue[] {
  const issues: TotalsIssue[] = [];
  if (ht !== null && tva !== null && ttc !== null && ht + tva !== ttc) {
    issues.push({ kind: 'ttc-mismatch', expectedTtc: ht + tva, ttc });
  }
  if (ht !== null && tva !== null && ht !== 0 && tva !== 0) {
    // VAT computed per line then summed drifts from the total's rate by a few cents.
    const tolerance = Math.max(2, Math.abs(ht) * 0.0005);
    const close = VAT_RATES.some((rate) => Math.abs(tva - ht * rate) <= tolerance);
    if (!close) issues.push({ kind: 'vat-rate', ratePercent: Math.round((tva / ht) * 10000) / 100 });
  }
  return issues;
}
