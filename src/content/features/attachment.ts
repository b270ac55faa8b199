// Step 21: the tutorial names the attachment « Facture » and types it « Document annexe »
// (API pieceJointeDesignation, pieceJointeTypeCode).

import { choose, fillText } from '../../chorus/controls.js';
import { labelMatches } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import { announce, readyToChoose } from './choose.js';
import type { Feature } from './types.js';

export const DESIGNATION = 'Facture';
const TYPE_LABEL = 'Document annexe';

export const attachmentDesignation: Feature = {
  id: 'attachment-designation',
  screens: ['attachment-dialog'],
  run(ctx) {
    const memo = ctx.memo;
    if (memo.applied || memo.gaveUp) return;
    const el = ctx.locate('attach.designation')?.element;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
    if (el.value.trim() !== '' || ctx.touchedByUser(el)) {
      memo.applied = true;
      return;
    }
    if (el.readOnly || !readyToChoose(ctx, el, '« Désignation »')) return;
    const snapshot = fillText(el, DESIGNATION);
    memo.applied = true;
    announce(ctx, 'attachment-designation', snapshot, el, t('autoDesignation'));
  },
};

export const attachmentType: Feature = {
  id: 'attachment-type',
  screens: ['attachment-dialog'],
  run(ctx) {
    const memo = ctx.memo;
    if (memo.applied || memo.gaveUp) return;
    const select = ctx.locate('attach.type')?.element;
    if (!(select instanceof HTMLSelectElement)) return;
    if (select.value !== '' || ctx.touchedByUser(select)) {
      memo.applied = true;
      return;
    }
    const matches = Array.from(select.options).filter(
      (o) => labelMatches(o.text, TYPE_LABEL) || /^(DOCUMENT_)?ANNEXE$/i.test(o.value),
    );
    const option = matches[0];
    if (!option || matches.length > 1) {
      memo.gaveUp = true;
      ctx.note({
        key: 'attachment-type',
        text: t(option ? 'autoAmbiguous' : 'autoMissing', { WHAT: `« ${TYPE_LABEL} »` }),
      });
      return;
    }
    if (!readyToChoose(ctx, select, `« ${TYPE_LABEL} »`)) return;
    const snapshot = choose(option);
    if (!snapshot) return;
    memo.applied = true;
    announce(ctx, 'attachment-type', snapshot, select, t('autoType'));
  },
};
