// Step 22, before « Valider et envoyer » (mistakes n° 1, 3, 4, 5): what the form holds,
// each line ✓ or ✗. Three lines guard the send — the invoice attached as « Document
// annexe » named « Facture », valid and consistent amounts, an MOE cadre; the others inform
// (the portal checks its own mandatory fields, and an attached invoice makes the missing
// download moot). A line we cannot read on this markup is unknown, and never blocks.

import { readTotals } from '../../chorus/amounts.js';
import { isStepItem } from '../../chorus/dom.js';
import { entryText, listedEntries } from '../../chorus/entries.js';
import { isFilled } from '../../chorus/locate.js';
import { ATTACHMENT_DESIGNATION } from '../../chorus/locators.js';
import { cadreCode, isMoeCadre } from '../../core/cadres.js';
import { normalizeLabel } from '../../core/normalize.js';
import { currentStep } from '../../core/progress.js';
import type { InvoiceProgress } from '../../core/state.js';
import { type LocatorId, stepWhere } from '../../core/steps.js';
import { type MessageKey, t } from '../../i18n.js';
import type { FeatureRun } from './types.js';

export type SendCheckId = 'references' | 'cadre' | 'amounts' | 'attachment' | 'downloaded';

export interface SendCheck {
  id: SendCheckId;
  /** ✓, ✗, or null when this page does not let us tell. */
  ok: boolean | null;
  /** A ✗ on this line stops the click on « Valider et envoyer ». */
  blocking: boolean;
  /** What to show the user when they go back to complete it. */
  anchor: Element | null;
}

type Find = (id: LocatorId) => Element | null;

function referencesCheck(find: Find): SendCheck {
  const number = find('form.number');
  const date = find('form.date');
  const missing = [number, date].find((el) => !el || !isFilled(el)) ?? null;
  return { id: 'references', ok: number && date ? !missing : null, blocking: false, anchor: missing };
}

/** The cadre the form shows: « A15 : Dépôt par une MOE… » in its block [C stylesheet]. */
function cadreCheck(find: Find): SendCheck {
  const block = find('form.cadre');
  const match = /\bA\d{1,2}(?=\s*[:\-–_]|\s*$)/i.exec(block?.textContent ?? '');
  const code = match ? cadreCode(match[0]) : null;
  return { id: 'cadre', ok: code === null ? null : isMoeCadre(code), blocking: true, anchor: block };
}

function amountsCheck(doc: Document, find: Find): SendCheck {
  const { ok, wrong } = readTotals(doc);
  return { id: 'amounts', ok, blocking: true, anchor: ok === null ? null : (wrong ?? find('form.amounts')) };
}

/** A line of the form's attachments that reads « Facture » and « Document annexe » (step 21). */
function attachmentCheck(find: Find): SendCheck {
  const block = find('form.attachmentsBlock');
  // Its step not rendered yet (a form in steps): the page does not say what is attached.
  if (!block || isStepItem(block)) return { id: 'attachment', ok: null, blocking: true, anchor: null };
  const designation = normalizeLabel(ATTACHMENT_DESIGNATION);
  // The lines steps 18–21 count as attachments (entries.ts), of which one must be the invoice.
  const listed = listedEntries(block).some((row) => {
    const cells = row.tagName === 'TR' ? Array.from(row.children) : [row];
    const raw = cells.map(entryText).join(' ');
    const text = ` ${normalizeLabel(raw.replace(/_/g, ' '))} `;
    return text.includes('document annexe') && text.includes(` ${designation} `);
  });
  return { id: 'attachment', ok: listed, blocking: true, anchor: find('form.addAttachment') ?? block };
}

export function sendChecks(doc: Document, progress: InvoiceProgress, find: Find): SendCheck[] {
  const attachment = attachmentCheck(find);
  return [
    referencesCheck(find),
    cadreCheck(find),
    amountsCheck(doc, find),
    attachment,
    // The download has its step; an invoice already attached makes it moot.
    {
      id: 'downloaded',
      ok: progress.done.includes(stepWhere((s) => s.invoiceFile === 'downloaded')) || attachment.ok === true,
      blocking: false,
      anchor: null,
    },
  ];
}

/** The lines that stop « Valider et envoyer »: blocking ones at ✗. */
export function sendBlockers(checks: SendCheck[]): SendCheck[] {
  return checks.filter((c) => c.blocking && c.ok === false);
}

const LINE_KEYS: Record<SendCheckId, [ok: MessageKey, ko: MessageKey]> = {
  references: ['sendCheckReferencesOk', 'sendCheckReferencesKo'],
  cadre: ['sendCheckCadreOk', 'sendCheckCadreKo'],
  amounts: ['sendCheckAmountsOk', 'sendCheckAmountsKo'],
  attachment: ['sendCheckAttachmentOk', 'sendCheckAttachmentKo'],
  downloaded: ['sendCheckDownloadedOk', 'sendCheckDownloadedKo'],
};

/** « ✓ … » or « ✗ … »: the mark and the words, never a colour alone. */
export function sendCheckText(check: SendCheck): string {
  const [ok, ko] = LINE_KEYS[check.id];
  if (check.ok === null) return `? ${t(ok)}`;
  return check.ok ? `✓ ${t(ok)}` : `✗ ${t(ko)}`;
}

/** The summary, in the card, from the amounts to the send (steps 17–22). */
export const sendSummary: FeatureRun = (ctx) => {
  const find: Find = (id) => ctx.locate(id)?.element ?? null;
  const checks = sendChecks(ctx.doc, ctx.progress, find);
  // From the amounts on: the references filled on this page count, even before they are saved as done.
  const step = currentStep(ctx.screen, [...ctx.progress.done, ...ctx.progress.skipped]);
  const referencesDone = checks.some((c) => c.id === 'references' && c.ok === true);
  if (!referencesDone && !step?.card?.includes('send-checks')) return;
  for (const check of checks) {
    if (check.ok !== null) ctx.note({ key: `send-check-${check.id}`, text: sendCheckText(check) });
  }
};
