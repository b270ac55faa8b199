// The drawing layer of « Montrer l'élément » (issue 14), as uBlock Origin's element picker
// draws it: the page dimmed, the element under the pointer cut out of the dimming and
// outlined, and a bar that says what to click and how to cancel. The layer takes the pointer
// so that the page never sees it; src/content/picker.ts reads what lies under it.
import { t } from '../../i18n.js';
import type { Rect } from './geometry.js';

export interface PickerView {
  /** The element under the pointer, in the viewport; null before the pointer moves. */
  rect: Rect | null;
  instruction: string;
  cancel(): void;
}

const DIM = 'rgba(0, 0, 0, 0.45)';

export function Picker({ view }: { view: PickerView }) {
  const { rect } = view;
  return (
    <div class="moe-picker" data-moe-picker="" style={{ background: rect ? 'transparent' : DIM }}>
      {rect && (
        <div
          class="moe-picker-outline"
          data-moe-picker-outline=""
          style={{
            top: `${rect.top}px`,
            left: `${rect.left}px`,
            width: `${rect.width}px`,
            height: `${rect.height}px`,
            boxShadow: `0 0 0 100vmax ${DIM}`,
          }}
        />
      )}
      <div class="moe-picker-bar" role="dialog" aria-modal="true" aria-label={t('pickShow')} data-moe-picker-bar="">
        <p>{view.instruction}</p>
        <button type="button" data-moe-picker-cancel="" onClick={(e) => e.isTrusted && view.cancel()}>
          {t('pickCancel')}
        </button>
      </div>
    </div>
  );
}
