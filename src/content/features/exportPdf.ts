// Step 7: format PDF — the only one that lets the user leave out the supplementary
// attachments (API: avecPiecesJointesComplementaires applies to PDF only; PIVOT has them all).
import { t } from '../../i18n.js';
import { chooseOption } from './choose.js';

export const exportPdf = chooseOption({
  id: 'export-pdf',
  locator: 'download.formatPdf',
  what: '« PDF »',
  notice: () => t('autoExportPdf'),
});
