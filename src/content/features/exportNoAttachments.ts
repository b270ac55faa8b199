// Step 7: « Non » for supplementary attachments. The choice may only enable once PDF is
// chosen; some versions show a single "include supplementary attachments" checkbox instead [G].

import { t } from '../../i18n.js';
import { chooseOption, makeChoice } from './choose.js';
import type { FeatureRun } from './types.js';

const radioNo = chooseOption({
  id: 'export-no-attachments',
  locator: 'download.attachmentsNo',
  what: '« Non »',
  notice: () => t('autoExportNoAttachments'),
});

const boxUnticked = makeChoice({
  id: 'export-no-attachments',
  locator: 'download.attachmentsBox',
  what: '« pièces jointes complémentaires »',
  control: (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'checkbox',
  held: (box) => !box.checked,
  pick: (box) => ({ uncheck: box }),
  notice: () => t('autoExportNoAttachments'),
});

export const exportNoAttachments: FeatureRun = (ctx) => (ctx.locate('download.attachmentsNo') ? radioNo : boxUnticked)(ctx);
