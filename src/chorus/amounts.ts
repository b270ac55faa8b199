// The invoice form's amount fields, and which total each one is: labels « Montant HT / TVA /
// TTC / à payer » [G] and the API's field names montantHtTotal, montantTVA, montantTtcTotal,
// montantAPayer [C] (portal.md §3), whichever the page shows.
import { blockingProblems, checkTotals, parseFrenchAmount } from '../core/amounts.js';
import { normalizeLabel } from '../core/normalize.js';
import { controlLabels, isShown, isStepItem, openerOf } from './dom.js';
import { faceOf, withHosts } from './shadow.js';

export type AmountRole = 'ht' | 'tva' | 'ttc' | 'apayer' | 'other';

export interface AmountField {
  /** The input typed in: a web component's own, in its shadow. */
  input: HTMLInputElement;
  /** The field as the page's tree holds it: the input, or the web component that holds it. */
  host: Element;
  key: string;
  label: string;
  role: AmountRole;
}

function roleOf(label: string, name: string): AmountRole {
  const l = ` ${normalizeLabel(label)} `;
  if (/\bttc\b/.test(l) || /ttc/i.test(name)) return 'ttc';
  if (/\btva\b/.test(l) || /tva/i.test(name)) return 'tva';
  if (/a payer/.test(l) || /payer/i.test(name)) return 'apayer';
  if (/\bht\b/.test(l) || /ht/i.test(name)) return 'ht';
  return 'other';
}

/**
 * The amount fields of the invoice form: labelled « Montant… » or named *montant*. Shown ones
 * only, unless `hidden`: a form in steps keeps the section the user has left in the page,
 * hidden, its values still the form's.
 */
export function amountFields(doc: Document, opts: { hidden?: boolean } = {}): AmountField[] {
  const TEXT = 'input:not([type]), input[type="text"], input[type="number"]';
  const hosts = withHosts(doc, Array.from(doc.querySelectorAll<HTMLInputElement>(TEXT)), TEXT);
  const out: AmountField[] = [];
  for (const host of hosts) {
    const input = faceOf(host) as HTMLInputElement;
    if (input.readOnly || input.disabled || host.closest('template')) continue;
    // Hidden: only in a step of the form not shown (never a collapsed panel the user has not
    // read, nor a closed window).
    if (opts.hidden ? !isStepItem(openerOf(host, { self: false })) : !isShown(host)) continue;
    const label = controlLabels(host).find((l) => normalizeLabel(l).startsWith('montant')) ?? '';
    const name = input.name || host.getAttribute('name') || '';
    if (!label && !/montant/i.test(name)) continue;
    const key = name || host.id;
    if (!key) continue;
    out.push({ input, host, key, label: label.trim() || name, role: roleOf(label, name) });
  }
  return out;
}

/**
 * Whether the form's totals read right: every total a French amount, HT + TVA = TTC. Null when
 * the page shows no amount field; else the field to show when they do not (a wrong one, or the
 * TTC that does not add up).
 */
export function readTotals(doc: Document): { ok: boolean | null; wrong: Element | null } {
  // None shown: those of a section left behind, hidden (a form in steps), are the form's still.
  let fields = amountFields(doc);
  if (fields.length === 0) fields = amountFields(doc, { hidden: true });
  if (fields.length === 0) return { ok: null, wrong: null };
  const values = new Map<AmountRole, number | null>();
  for (const field of fields) {
    const empty = field.input.value.trim() === '';
    // An optional amount left empty (a retenue, a penalty) is no mistake; an empty total is.
    if (empty && field.role === 'other') continue;
    const parsed = parseFrenchAmount(field.input.value);
    if (empty || blockingProblems(parsed).length > 0) return { ok: false, wrong: field.host };
    if (!values.has(field.role)) values.set(field.role, parsed.value?.cents ?? null);
  }
  const mismatch = checkTotals({
    ht: values.get('ht') ?? null,
    tva: values.get('tva') ?? null,
    ttc: values.get('ttc') ?? null,
  }).some((issue) => issue.kind === 'ttc-mismatch');
  if (!mismatch) return { ok: true, wrong: null };
  return { ok: false, wrong: fields.find((f) => f.role === 'ttc')?.host ?? null };
}
