// Step 4: "renseigner, si Chorus Pro le demande, la structure" — with one structure there is
// nothing to decide; with several, only the user knows, so the step highlights the list.
// The page may reload the list once the role changes (as by ajax, some time later), which
// wipes a structure chosen too early: the choice follows the list until it settles.
import { isSelect2 } from '../../chorus/controls.js';
import { t } from '../../i18n.js';
import { makeChoice } from './choose.js';

export const structure = makeChoice({
  id: 'structure',
  locator: 'search.structure',
  what: 'la structure',
  control: (el): el is HTMLSelectElement => el instanceof HTMLSelectElement,
  // A value is there: ours, or the page's own. Either way, nothing to do until it is wiped.
  held: (select) => select.value !== '',
  // The list is empty while the page reloads it, or holds several: wait, or leave it to the user.
  pick: (select) => {
    const real = Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);
    const [only] = real;
    return real.length === 1 && only ? { choose: only } : null;
  },
  notice: (pick, select) => ({
    text: t('autoStructure', { NAME: pick.choose.text.trim() }),
    ...(isSelect2(select) ? { detail: t('autoSelect2Lag') } : {}),
  }),
  // A page that keeps wiping the choice is not fought with past this.
  times: 3,
});
