// Step 7: format PDF — the only one that lets the user leave out the supplementary
// attachments (API: avecPiecesJointesComplementaires applies to PDF only; PIVOT has them all).
import { normalizeLabel } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import { chooseOption } from './choose.js';

export const exportPdf = chooseOption({
  id: 'export-pdf',
  locator: 'download.formatPdf',
  what: '« PDF »',
  notice: () => t('autoExportPdf'),
  // A format select drawn by script: its option « PDF » (« PDF (lisible) »…), never « PDF/A-3 » (Factur-X).
  drawn: {
    locator: 'download.format',
    matches: (text) => /^pdf(?![\w/-])/.test(normalizeLabel(text)),
    notice: () => t('autoExportPdf'),
  },
});
