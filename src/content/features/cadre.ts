// Step 13: the cadre de facturation, usually A15 « Dépôt par une MOE d'un état d'acompte »
// (domain.md). Options are matched on their code prefix, whatever the label's separator.

import { choose } from '../../chorus/controls.js';
import { isMoeCadre, optionCadre } from '../../core/cadres.js';
import { t } from '../../i18n.js';
import { announce, readyToChoose } from './choose.js';
import type { Feature, FeatureContext } from './types.js';

function warnIfNotMoe(ctx: FeatureContext, select: HTMLSelectElement): void {
  const option = select.options[select.selectedIndex];
  if (!option || option.value === '') return;
  const code = optionCadre(option.value, option.text);
  if (code && !isMoeCadre(code)) ctx.note({ key: 'cadre-not-moe', text: t('warnCadreNotMoe', { CADRE: code }) });
}

export const cadre: Feature = {
  id: 'cadre',
  screens: ['certificate-upload'],
  run(ctx) {
    const found = ctx.locate('upload.cadre');
    if (!(found?.element instanceof HTMLSelectElement)) return;
    const select = found.element;
    warnIfNotMoe(ctx, select);
    const memo = ctx.memo;
    if (memo.applied || memo.gaveUp) return;
    if (select.value !== '' || ctx.touchedByUser(select)) {
      memo.applied = true;
      return;
    }
    const wanted = ctx.settings.defaultCadre;
    const matches = Array.from(select.options).filter((o) => optionCadre(o.value, o.text) === wanted);
    const option = matches[0];
    if (!option) {
      memo.gaveUp = true;
      ctx.note({ key: 'cadre-missing', text: t('autoMissing', { WHAT: wanted }) });
      return;
    }
    if (matches.length > 1) {
      memo.gaveUp = true;
      ctx.note({ key: 'cadre-ambiguous', text: t('autoAmbiguous', { WHAT: wanted }) });
      return;
    }
    if (!readyToChoose(ctx, select, wanted)) return;
    const snapshot = choose(option);
    if (!snapshot) return;
    memo.applied = true;
    announce(ctx, 'cadre', snapshot, select, t('autoCadre', { CADRE: option.text.trim() || wanted }));
  },
};
