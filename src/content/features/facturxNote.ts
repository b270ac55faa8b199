// A certificate deposited as Factur-X (PDF/A-3) switches Chorus Pro to batch deposit, which
// skips the cadre de facturation [C, user reports 2026]: say so, and how to go back.
import { FACTURX_MESSAGE } from '../../chorus/locators.js';
import { normalizeLabel } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import type { FeatureRun } from './types.js';

const MESSAGE = normalizeLabel(FACTURX_MESSAGE);

export const facturxNote: FeatureRun = (ctx) => {
  const alerts = ctx.doc.querySelectorAll('[role="alert"], [role="status"], .alert, .text-danger, .message');
  const said = Array.from(alerts).some((el) => normalizeLabel(el.textContent ?? '').includes(MESSAGE));
  if (said) ctx.note({ key: 'facturx', text: t('facturxBatch') });
};
