// The boxes beside page controls: a field's alert with its fixes, an automatic choice's notice
// with its undo. App places them (place.ts).
import type { RefObject } from 'preact';
import { t } from '../../i18n.js';
import type { AutoNotice, FieldAlert } from '../features/types.js';
import { focusPage } from './focus.js';
import { trusted } from './trusted.js';

export function FieldAlerts({ alerts }: { alerts: FieldAlert[] }) {
  return (
    <>
      {alerts.map((a) => (
        <div class="moe-alert moe-box" role="alert" data-moe-field={a.field} key={`${a.field}:${a.message}`}>
          <p>{a.message}</p>
          {a.fixes.map((f) => (
            <button
              type="button"
              data-moe-fix=""
              key={f.label}
              onClick={trusted(() => {
                f.apply();
                focusPage(a.anchor);
              })}
            >
              {f.label}
            </button>
          ))}
        </div>
      ))}
    </>
  );
}

/** `root`: the overlay's root, where a notice is found again once its undo re-rendered it. */
export function Notices({ notices, root }: { notices: AutoNotice[]; root: RefObject<HTMLElement | null> }) {
  return (
    <>
      {notices.map((n) => (
        <div class="moe-notice moe-box" role="status" data-moe-auto={n.id} key={n.id} tabIndex={-1}>
          <span>
            {n.text}
            {n.detail && <small>{n.detail}</small>}
          </span>
          {n.undo && !n.undone && (
            <button
              type="button"
              onClick={trusted(() => {
                const notice = root.current?.querySelector<HTMLElement>(`[data-moe-auto="${n.id}"]`);
                n.undo?.();
                // The button goes away with the choice: focus goes back to the control it
                // changed, or stays on the notice that now says it was undone.
                if (!focusPage(n.anchor)) notice?.focus();
              })}
            >
              {t('autoUndo')}
            </button>
          )}
        </div>
      ))}
    </>
  );
}
