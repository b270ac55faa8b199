// Step 21: the tutorial names the attachment « Facture » and types it « Document annexe »
// (API pieceJointeDesignation, pieceJointeTypeCode).

import { fillText } from '../../chorus/controls.js';
import { ATTACHMENT_DESIGNATION } from '../../chorus/locators.js';
import { t } from '../../i18n.js';
import { announce, chooseOnce, readyToChoose } from './choose.js';
import type { Feature } from './types.js';

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
    const snapshot = fillText(el, ATTACHMENT_DESIGNATION);
    memo.applied = true;
    announce(ctx, 'attachment-designation', snapshot, el, t('autoDesignation'));
  },
};

export const attachmentType: Feature = {
  id: 'attachment-type',
  screens: ['attachment-dialog'],
  run(ctx) {
    chooseOnce(ctx, 'attachment-type', 'attach.typeAnnexe', '« Document annexe »', t('autoType'), 'attach.type');
  },
};
