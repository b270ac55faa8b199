// The single-checkbox form of the supplementary-attachments choice [G].

import { check } from '../../chorus/controls.js';
import { t } from '../../i18n.js';
import { announce, readyToChoose } from './choose.js';
import type { FeatureContext } from './types.js';

export function uncheckOnce(ctx: FeatureContext): void {
  const box = ctx.locate('download.attachmentsBox')?.element;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  if (!box.checked || ctx.touchedByUser(box)) {
    ctx.memo.applied = true;
    return;
  }
  if (!readyToChoose(ctx, box, '« pièces jointes complémentaires »')) return;
  const snapshot = { kind: 'checked' as const, el: box, checked: box };
  ctx.memo.applied = true;
  if (!check(box, false)) return;
  announce(ctx, 'export-no-attachments', snapshot, box, t('autoExportNoAttachments'));
}
