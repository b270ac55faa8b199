// Step 4: "renseigner, si Chorus Pro le demande, la structure" — with one structure there is
// nothing to decide; with several, only the user knows, so the step highlights the list.
// The page may reload the list once the role changes (as by ajax, some time later), which
// wipes a structure chosen too early: the choice follows the list until it settles.
import { choose, isSelect2 } from '../../chorus/controls.js';
import { t } from '../../i18n.js';
import { announce, readyToChoose } from './choose.js';
import type { Feature } from './types.js';

/** A page that keeps wiping the choice is not fought with past this. */
const MAX_CHOICES = 3;

export const structure: Feature = {
  id: 'structure',
  screens: ['works-search', 'works-results'],
  run(ctx) {
    const memo = ctx.memo;
    if (memo.gaveUp) return;
    const found = ctx.locate('search.structure');
    if (!(found?.element instanceof HTMLSelectElement)) return;
    const select = found.element;
    if (ctx.touchedByUser(select)) {
      memo.gaveUp = true;
      return;
    }
    // A value is there: ours, or the page's own. Either way, nothing to do until it is wiped.
    if (select.value !== '') return;
    // The list is empty while the page reloads it, or holds several: wait, or leave it to the user.
    const real = Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);
    const only = real[0];
    if (real.length !== 1 || !only) return;
    if ((memo.choices ?? 0) >= MAX_CHOICES) return;
    if (!readyToChoose(ctx, select, 'la structure')) return;
    const snapshot = choose(only);
    if (!snapshot) return;
    memo.choices = (memo.choices ?? 0) + 1;
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
