// Comparing the portal's wording with ours word by word, not phrase by phrase: the real
// screens are unseen (shared/docs/portal.md marks most labels [G]), so « N° de la facture »,
// « Numéro de facture * » and « Numéro » must all be taken for the invoice number, and
// « Ajout d'une pièce jointe » for « Ajouter des pièces jointes ».
import { normalizeLabel } from '../core/normalize.js';

/** Words that carry no meaning in a label (French articles, prepositions, pronouns). */
const STOPWORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'un',
  'une',
  'par',
  'pour',
  'sur',
  'votre',
  'vos',
  'mon',
  'ma',
  'mes',
  'sa',
  'son',
  'ses',
  'ce',
  'cette',
  'the',
  'of',
]);

// The plural first, then the longest ending: « téléchargements » and « télécharger » both
// become « telecharg », « fichiers » and « fichier » both « fichi ».
const SUFFIXES = ['ement', 'ation', 'ee', 'er', 'ez', 'e'];

/**
 * Words that the portal may use for one another, as data. Each stem maps to the concept it
 * stands for. « traiter / compléter » name the same action on the detail page; « n° /
 * numéro » and « libellé / désignation » the same field. Not « déposer »: it is also the
 * works space's « Déposer » tab, on every page.
 */
const SYNONYMS: Record<string, string> = {
  n: 'numero',
  no: 'numero',
  num: 'numero',
  ajout: 'ajout',
  ajouter: 'ajout',
  joindr: 'ajout',
  export: 'telecharg',
  exporter: 'telecharg',
  completer: 'trait',
  complet: 'trait',
  libell: 'design',
  libelle: 'design',
  intitul: 'design',
  intitule: 'design',
  designation: 'design',
  envoi: 'envoy',
  transmet: 'envoy',
  transmettr: 'envoy',
  transmission: 'envoy',
  maitr: 'maitris',
  nature: 'typ',
  type: 'typ',
  totau: 'total',
  chargement: 'import',
  charg: 'import',
  televers: 'import',
  fermer: 'ferm',
  fermetur: 'ferm',
  confirmation: 'confirm',
};

function stem(word: string): string {
  const singular = word.length > 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
  for (const suffix of SUFFIXES) {
    if (singular.length - suffix.length >= 4 && singular.endsWith(suffix)) return singular.slice(0, -suffix.length);
  }
  return singular;
}

/** The meaningful words of a label, each reduced to its concept. Input is capped: labels are short. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeLabel(text.slice(0, 300)).split(/[^a-z0-9]+/)) {
    if (!raw || STOPWORDS.has(raw)) continue;
    const s = stem(raw);
    out.push(SYNONYMS[raw] ?? SYNONYMS[s] ?? s);
  }
  return out;
}

/**
 * How well a text on the page says what we expect, from 0 (not at all) to 1 (the same label):
 * 1 for the same words in any case or spelling; less when the page's text has more words than
 * ours (« Type de pièce jointe » for « Type »), or, with `fewer`, fewer words than ours
 * (« Numéro » for « Numéro de facture »: fine for a field's label, too loose for a heading,
 * where « Facturation » must not pass for « Factures de travaux »).
 */
/** A text as wordScore compares it: folded, without a trailing « * » or « : », and its words. */
export interface Reading {
  folded: string;
  bare: string;
  words: Set<string>;
}

/**
 * The same texts are compared again and again (each locator against every button of a list):
 * each is folded and split once. Bounded, so that a long session does not keep every text.
 */
const readings = new Map<string, Reading>();
const MAX_READINGS = 5000;

/** A text folded, without its trailing « * » or « : », and its words, as wordScore sees it. */
export function reading(text: string): Reading {
  let r = readings.get(text);
  if (!r) {
    if (readings.size >= MAX_READINGS) readings.clear();
    const folded = normalizeLabel(text);
    r = { folded, bare: folded.replace(/\s*[*:]+$/, ''), words: new Set(words(text)) };
    readings.set(text, r);
  }
  return r;
}

export function wordScore(actual: string, expected: string, fewer = false): number {
  const act = reading(actual);
  const exp = reading(expected);
  const e = exp.folded;
  if (!e) return 0;
  if (act.bare === e) return 1;
  const aw = act.words;
  const ew = exp.words;
  if (aw.size === 0 || ew.size === 0) return 0;
  let shared = 0;
  for (const w of ew) if (aw.has(w)) shared++;
  if (shared === ew.size) return shared === aw.size ? 0.95 : 0.55 + 0.35 * (ew.size / aw.size);
  if (fewer && shared === aw.size) return 0.35 + 0.3 * (aw.size / ew.size);
  return 0;
}

/** The best score of any of the page's texts against any of ours. */
export function bestWordScore(actual: string[], expected: string[], fewer = false): number {
  let best = 0;
  for (const a of actual) {
    for (const e of expected) {
      const s = wordScore(a, e, fewer);
      if (s > best) best = s;
      if (best === 1) return 1;
    }
  }
  return best;
}
