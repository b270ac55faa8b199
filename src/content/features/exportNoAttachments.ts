// Step 7: « Non » for supplementary attachments. The choice may only enable once PDF is
// chosen; some versions show a single "include supplementary attachments" checkbox instead.

import { t } from '../../i18n.js';
import { chooseOnce } from './choose.js';
import type { Feature } from './types.js';
import { uncheckOnce } from './uncheck.js';

export const exportNoAttachments: Feature = {
  id: 'export-no-attachments',
  screens: ['download-dialog'],
  run(ctx) {
    if (ctx.memo.applied || ctx.memo.gaveUp) return;
    if (ctx.locate('download.attachmentsNo')) {
      chooseOnce(ctx, 'export-no-attachments', 'download.attachmentsNo', '« Non »', t('autoExportNoAttachments'));
      return;
    }
    uncheckOnce(ctx);
  },
};
