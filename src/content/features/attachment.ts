// Step 21: the tutorial names the attachment « Facture » and types it « Document annexe »
// (API pieceJointeDesignation, pieceJointeTypeCode).

import { DIALOGS } from '../../chorus/dom.js';
import { ATTACHMENT_DESIGNATION } from '../../chorus/locators.js';
import { labelMatches } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import { chooseOption, makeChoice } from './choose.js';

/** What a file is called, its extension a document's. */
const FILE_NAME = /^[^\s/\\]+\.(pdf|xml|jpe?g|png|tiff?|docx?|xlsx?|od[ts]|zip)$/i;

/**
 * Whether a designation is only the file's name, as a portal pre-fills it once the file is in
 * (« facture_bati_ouest_0213.pdf », or without its extension when the window shows that file):
 * a default the tutorial replaces with « Facture », not a name someone chose.
 */
function isFileNameDefault(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  const value = field.value.trim();
  if (FILE_NAME.test(value)) return true;
  const window = field.closest(DIALOGS) ?? field.form;
  const input = window?.querySelector<HTMLInputElement>('input[type="file"]');
  // Text node by text node: an element's text runs into the next one's (« Fichier » then the name).
  const shown: string[] = [];
  if (window) {
    const walker = field.ownerDocument.createTreeWalker(window, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      shown.push(
        ...((node.textContent ?? '').match(/[^\s/\\«»"'():]+\.(?:pdf|xml|jpe?g|png|tiff?|docx?|xlsx?|od[ts]|zip)\b/gi) ?? []),
      );
    }
  }
  const names = [...Array.from(input?.files ?? []).map((f) => f.name), ...shown];
  return names.some((name) => name.replace(/\.[^.]+$/, '').toLowerCase() === value.toLowerCase());
}

export const attachmentDesignation = makeChoice({
  id: 'attachment-designation',
  locator: 'attach.designation',
  what: '« Désignation »',
  control: (el): el is HTMLInputElement | HTMLTextAreaElement =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement,
  // A name someone gave is kept; the file's own name, which a portal may pre-fill, is replaced.
  held: (field) => field.value.trim() !== '' && !isFileNameDefault(field),
  // The file's name may be shown after the field's value (a page that fills in its texts late).
  heldReadsPage: true,
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
