// The single-checkbox form of the supplementary-attachments choice [G].

import { check } from '../../chorus/controls.js';
import { controlLabels } from '../../chorus/dom.js';
import { labelMatches } from '../../core/normalize.js';
import { t } from '../../i18n.js';
import { announce, readyToChoose } from './choose.js';
import type { FeatureContext } from './types.js';

export function uncheckOnce(ctx: FeatureContext): void {
  const dialog = ctx.locate('download.dialog')?.element;
  if (!dialog) return;
  const box = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find((c) =>
    controlLabels(c).some((l) => labelMatches(l, 'pieces jointes complementaires', 'contains')),
  );
  if (!box) return;
  if (!box.checked || ctx.touchedByUser(box)) {
    ctx.memo.applied = true;
    return;
  }
  if (!readyToChoose(ctx, box, '« pièces jointes complémentaires »')) return;
  const snapshot = { kind: 'checked' as const, el: box, checked: box };
  check(box, false);
  ctx.memo.applied = true;
  announce(ctx, 'export-no-attachments', snapshot, box, t('autoExportNoAttachments'));
}
