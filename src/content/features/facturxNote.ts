// A certificate deposited as Factur-X (PDF/A-3) switches Chorus Pro to batch deposit, which
// skips the cadre de facturation [C, user reports 2026]: say so, and how to go back.
import { FACTURX_MESSAGE } from '../../chorus/locators.js';
import { normalizeLabel } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import type { FeatureRun } from './types.js';

const MESSAGE = normalizeLabel(FACTURX_MESSAGE);
// What says it: all of these are read across the page (READ_ACROSS_PAGE), never row by row.
const ALERTS = '[role="alert"], [role="status"], .alert, .text-danger, .message';

export const facturxNote: FeatureRun = (ctx) => {
  const said = ctx.acrossPage('facturx', () =>
    Array.from(ctx.doc.querySelectorAll(ALERTS)).some((el) => normalizeLabel(el.textContent ?? '').includes(MESSAGE)),
  );
  if (said) ctx.note({ key: 'facturx', text: t('facturxBatch') });
};
