// Step 17: amounts take a French comma (tutorial), and the totals should add up
// (domain.md § Amounts). Warnings only: nothing changes without the user's click.

import { type AmountField, type AmountRole, amountFields } from '../../chorus/amounts.js';
import { fillText } from '../../chorus/controls.js';
import { amountFixes, blockingProblems, checkTotals, type ParsedAmount, parseFrenchAmount, reading } from '../../core/amounts.js';
import { t } from '../../i18n.js';
import type { FeatureContext, FeatureRun, FieldAlert } from './types.js';

function problemMessage(parsed: ParsedAmount, raw: string): string {
  const fix = parsed.value?.fieldText ?? '';
  const [first] = blockingProblems(parsed);
  switch (first) {
    case 'decimal-point':
      return t('amountUseComma', { FIX: fix });
    case 'english-grouping':
      return t('amountEnglish', { FIX: fix });
    case 'dotted-grouping':
      return t('amountDotted', { FIX: fix });
    case 'ambiguous':
      return t('amountAmbiguous', { TEXT: raw.trim() });
    case 'too-many-decimals':
      return t('amountTooManyDecimals', { FIX: fix });
    case 'suffix':
      return t('amountSuffix', { FIX: fix });
    case 'out-of-range':
      return t('amountOutOfRange');
    case 'empty':
      return t('amountEmpty');
    default:
      return t('amountNotANumber');
  }
}

function formatAlert(ctx: FeatureContext, field: AmountField, parsed: ParsedAmount): FieldAlert {
  const raw = field.input.value;
  const apply = (text: string) => () => {
    fillText(field.input, text);
    ctx.markTouched(field.input);
    ctx.recheckSoon(0);
  };
  const labels = { thousands: 'amountReadingThousands', decimal: 'amountReadingDecimal', one: 'amountApply' } as const;
  const fixes: FieldAlert['fixes'] = amountFixes(parsed).map((fix) => ({
    label: t(labels[fix.reading], { FIX: fix.text }),
    apply: apply(fix.text),
  }));
  return { field: field.key, anchor: field.host, message: problemMessage(parsed, raw), fixes };
}

export const amountCheck: FeatureRun = (ctx) => {
  const fields = amountFields(ctx.doc);
  const values = new Map<AmountRole, number | null>();
  let allClean = true;
  const lines: { label: string; value: string }[] = [];
  for (const field of fields) {
    const raw = field.input.value;
    if (raw.trim() === '') {
      allClean = false;
      continue;
    }
    const parsed = parseFrenchAmount(raw);
    if (blockingProblems(parsed).length > 0) {
      allClean = false;
      ctx.alert(formatAlert(ctx, field, parsed));
      lines.push({ label: field.label, value: raw.trim() });
      continue;
    }
    const cents = parsed.value?.cents ?? null;
    if (field.role !== 'other' && !values.has(field.role)) values.set(field.role, cents);
    lines.push({ label: field.label, value: cents === null ? raw : `${reading(cents).display} €` });
  }
  ctx.summary(lines);
  if (!allClean) return;
  const byRole = (role: AmountRole) => fields.find((f) => f.role === role);
  for (const issue of checkTotals({
    ht: values.get('ht') ?? null,
    tva: values.get('tva') ?? null,
    ttc: values.get('ttc') ?? null,
  })) {
    if (issue.kind === 'ttc-mismatch') {
      const ttc = byRole('ttc');
      if (!ttc) continue;
      ctx.alert({
        field: ttc.key,
        anchor: ttc.input,
        message: t('totalsMismatch', { EXPECTED: reading(issue.expectedTtc).display, TTC: reading(issue.ttc).display }),
        fixes: [],
      });
    } else {
      const tva = byRole('tva');
      if (!tva) continue;
      ctx.alert({
        field: tva.key,
        anchor: tva.input,
        message: t('totalsRate', { RATE: String(issue.ratePercent).replace('.', ',') }),
        fixes: [],
      });
    }
  }
};
