// Step 13: the cadre de facturation, usually A15 « Dépôt par une MOE d'un état d'acompte »
// (domain.md). Options are matched on their code prefix, whatever the label's separator.

import { setValue } from '../../chorus/controls.js';
import { drawnValue, isFilled } from '../../chorus/locate.js';
import { isMoeCadre, optionCadre } from '../../core/cadres.js';
import { t } from '../../i18n.js';
import { makeChoice } from './choose.js';
import type { FeatureContext, FeatureRun } from './types.js';

/** The options of `select` for one cadre code. */
function optionsFor(select: HTMLSelectElement, code: string): HTMLOptionElement[] {
  return Array.from(select.options).filter((o) => optionCadre(o.value, o.text) === code);
}

/**
 * A cadre that is not an MOE's (A1, a supplier's) is a mistake on the MOE's deposit (domain.md):
 * a warning on the field, with the usual cadre one click away — never chosen in the user's place.
 */
function warnIfNotMoe(ctx: FeatureContext): void {
  const select = ctx.locate('upload.cadre')?.element;
  if (select && !(select instanceof HTMLSelectElement) && isFilled(select)) {
    // A select drawn by script: its options are not on the page until it is opened, so the
    // warning comes without the one-click fix; the user opens it and picks the usual cadre.
    const code = optionCadre('', drawnValue(select));
    if (code && !isMoeCadre(code)) {
      ctx.alert({
        field: select.getAttribute('name') || select.id,
        anchor: select,
        message: t('warnCadreNotMoe', { CADRE: code, USUAL: ctx.settings.defaultCadre }),
        fixes: [],
      });
    }
    return;
  }
  if (!(select instanceof HTMLSelectElement)) return;
  const option = select.options[select.selectedIndex];
  if (!option || option.value === '') return;
  const code = optionCadre(option.value, option.text);
  if (!code || isMoeCadre(code)) return;
  const usual = optionsFor(select, ctx.settings.defaultCadre);
  const fix = usual.length === 1 ? usual[0] : undefined;
  ctx.alert({
    field: select.name || select.id,
    anchor: select,
    message: t('warnCadreNotMoe', { CADRE: code, USUAL: ctx.settings.defaultCadre }),
    fixes: fix
      ? [
          {
            label: t('cadreChooseUsual', { CADRE: ctx.settings.defaultCadre }),
            apply: () => {
              setValue(select, fix.value);
              ctx.markTouched(select);
              ctx.recheckSoon(0);
            },
          },
        ]
      : [],
  });
}

const chooseCadre = makeChoice({
  id: 'cadre',
  locator: 'upload.cadre',
  what: (ctx) => ctx.settings.defaultCadre,
  control: (el): el is HTMLSelectElement => el instanceof HTMLSelectElement,
  held: (select) => select.value !== '',
  pick: (select, ctx) => {
    const matches = optionsFor(select, ctx.settings.defaultCadre);
    const [option] = matches;
    if (!option) return 'missing';
    return matches.length > 1 ? 'ambiguous' : { choose: option };
  },
  notice: (pick, _select, ctx) => t('autoCadre', { CADRE: pick.choose.text.trim() || ctx.settings.defaultCadre }),
  // A cadre select drawn by script: the one option of the usual cadre's code, as for a native one.
  drawn: {
    locator: 'upload.cadre',
    matches: (text, ctx) => optionCadre('', text) === ctx.settings.defaultCadre,
    notice: (option, ctx) => t('autoCadre', { CADRE: option || ctx.settings.defaultCadre }),
    keepsAny: true,
  },
});

/** The cadre chosen once; a cadre that is not an MOE's, whoever chose it, said in the card. */
export const cadre: FeatureRun = (ctx) => {
  warnIfNotMoe(ctx);
  chooseCadre(ctx);
};
