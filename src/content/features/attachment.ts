// Step 21: the tutorial names the attachment « Facture » and types it « Document annexe »
// (API pieceJointeDesignation, pieceJointeTypeCode).

import { ATTACHMENT_DESIGNATION } from '../../chorus/locators.js';
import { labelMatches } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import { chooseOption, makeChoice } from './choose.js';

export const attachmentDesignation = makeChoice({
  id: 'attachment-designation',
  locator: 'attach.designation',
  what: '« Désignation »',
  control: (el): el is HTMLInputElement | HTMLTextAreaElement =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement,
  held: (field) => field.value.trim() !== '',
  // A read-only field is waited for: the page may make it editable later.
  pick: (field) => (field.readOnly ? null : { fill: field, text: ATTACHMENT_DESIGNATION }),
  notice: () => t('autoDesignation'),
});

export const attachmentType = chooseOption({
  id: 'attachment-type',
  locator: 'attach.typeAnnexe',
  what: '« Document annexe »',
  holder: 'attach.type',
  notice: () => t('autoType'),
  // A type select drawn by script: the option that says « Document annexe » (or only « Annexe »).
  drawn: {
    locator: 'attach.type',
    matches: (text) => labelMatches(text, 'Document annexe') || labelMatches(text, 'Annexe'),
    notice: () => t('autoType'),
  },
});
