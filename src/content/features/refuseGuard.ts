// Step 9 (mistake n° 2): refusing stops the whole billing circuit and is only for routing
// errors. The click on « Refuser » itself is stopped by the guard (../guards.ts); here, if
// the refusal window offers « Erreur de montant », choosing it gets one line beside the list
// saying why not and what to do instead (R2192-34; Chorus Pro refuses it since 19 Feb 2025).
import { drawnValue, isDrawnSelect } from '../../chorus/locate.js';
import { AMOUNT_ERROR_REASON } from '../../chorus/locators.js';
import { normalizeLabel } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import type { FeatureRun } from './types.js';

export const refuseGuard: FeatureRun = (ctx) => {
  // The window open (past the guard): what to choose in it, and the way out if it is not a refusal.
  if (ctx.locate('refuse.dialog')) ctx.note({ key: 'refusing', text: t('refusingNote') });
  const select = ctx.locate('refuse.reason')?.element;
  if (!select) return;
  // A native select, or one drawn by script (PrimeFaces', Material's): what it shows.
  const chosen =
    select instanceof HTMLSelectElement
      ? (select.options[select.selectedIndex]?.textContent ?? '')
      : isDrawnSelect(select)
        ? drawnValue(select)
        : '';
  if (normalizeLabel(chosen) !== normalizeLabel(AMOUNT_ERROR_REASON)) return;
  const field = select.getAttribute('name') || select.id || 'refuse-reason';
  ctx.alert({ field, anchor: select, message: t('refuseAmountReason'), fixes: [] });
};
