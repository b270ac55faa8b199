// Step 7: format PDF — the only one that lets the user leave out the supplementary
// attachments (API: avecPiecesJointesComplementaires applies to PDF only; PIVOT has them all).
import { t } from '../../i18n.js';
import { chooseOnce } from './choose.js';
import type { Feature } from './types.js';

export const exportPdf: Feature = {
  id: 'export-pdf',
  screens: ['download-dialog'],
  run(ctx) {
    chooseOnce(ctx, 'export-pdf', 'download.formatPdf', '« PDF »', t('autoExportPdf'));
  },
};
