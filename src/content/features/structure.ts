// Step 4: "renseigner, si Chorus Pro le demande, la structure" — with one structure there is
// nothing to decide; with several, only the user knows, so the step highlights the list.
import { choose, isSelect2 } from '../../chorus/controls.js';
import { t } from '../../i18n.js';
import { announce, readyToChoose } from './choose.js';
import type { Feature } from './types.js';

export const structure: Feature = {
  id: 'structure',
  screens: ['works-search', 'works-results'],
  run(ctx) {
    const memo = ctx.memo;
    if (memo.applied || memo.gaveUp) return;
    const found = ctx.locate('search.structure');
    if (!(found?.element instanceof HTMLSelectElement)) return;
    const select = found.element;
    if (select.value !== '' || ctx.touchedByUser(select)) {
      memo.applied = true;
      return;
    }
    const real = Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);
    const only = real[0];
    if (real.length !== 1 || !only) {
      memo.gaveUp = true;
      return;
    }
    if (!readyToChoose(ctx, select, 'la structure')) return;
    const snapshot = choose(only);
    if (!snapshot) return;
    memo.applied = true;
    announce(
      ctx,
      'structure',
      snapshot,
      select,
      t('autoStructure', { NAME: only.text.trim() }),
      isSelect2(select) ? t('autoSelect2Lag') : undefined,
    );
  },
};
