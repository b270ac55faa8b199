// Label matching rules from shared/docs/portal.md §4: the portal writes the same label with
// or without accents, with œ or oe, with ' or ’, in any case, with ordinary or non-breaking
// spaces — "Maîtrise d'œuvre" and "MAITRISE D’OEUVRE" are one label.

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4']/g;
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
// Icon glyphs (emoji, icon-font private-use characters) are not part of a label.
const ICONS = /[\p{So}\p{Co}]|\ufe0f/gu;
// Zero-width characters say nothing (MUI's Select shows one, U+200B, while nothing is chosen).
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

// The same labels are normalized again and again (the expected ones on every reading, the
// page's on every look-up): each is worked out once, in a table kept to a bounded size. Long
// texts (a whole row, a block) are seldom asked twice and are not kept.
const normalized = new Map<string, string>();
const REMEMBERED = 4000;
const LABEL_LENGTH = 200;

export function normalizeLabel(text: string): string {
  if (text.length > LABEL_LENGTH) return normalizing(text);
  let out = normalized.get(text);
  if (out === undefined) {
    if (normalized.size >= REMEMBERED) normalized.clear();
    out = normalizing(text);
    normalized.set(text, out);
  }
  return out;
}

function normalizing(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ICONS, '')
    .replace(ZERO_WIDTH, '')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .trim();
}

/** How a candidate's text must relate to an expected label. */
export type TextMatch = 'exact' | 'prefix' | 'contains';

export function labelMatches(actual: string, expected: string, how: TextMatch = 'exact'): boolean {
  const a = normalizeLabel(actual);
  const e = normalizeLabel(expected);
  if (!e) return false;
  if (how === 'exact') return a === e || a === `${e} *` || a === `${e} :` || a === `${e}*`;
  if (how === 'prefix') return a.startsWith(e);
  return a.includes(e);
}

/** The text names this invoice number as a whole word (FT-1 is not in FT-12, is in FT-1-EA). */
export function mentions(text: string, number: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(number); i >= 0; i = text.indexOf(number, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + number.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return true;
  }
  return false;
}
