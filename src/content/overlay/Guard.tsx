// The guards' window, [role=alertdialog][data-moe-guard=refuse|send], and what follows a
// choice: a line after « proceed » (click again), a ring around what to complete after
// « cancel ». Rendered in the shadow root, in its own layer beside the card.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n.js';
import { sendCheckText } from '../features/sendGuard.js';
import type { GuardHit, GuardId } from '../guards.js';

export interface GuardView {
  hit: GuardHit | null;
  /** After « proceed »: the guard that let the next click through. */
  proceeded: GuardId | null;
  /** After « cancel » on the send guard: the first line at ✗, on the page. */
  ring: Element | null;
  proceed(): void;
  cancel(): void;
}

function GuardDialog({ hit, proceed, cancel }: { hit: GuardHit; proceed(): void; cancel(): void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const proceedRef = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus: Enter or Space on the page's button cannot refuse or send.
  useEffect(() => cancelRef.current?.focus(), [hit]);
  const refuse = hit.id === 'refuse';
  return (
    <div class="moe-guard-backdrop">
      <div
        class="moe-guard"
        role="alertdialog"
        aria-modal="true"
        data-moe-guard={hit.id}
        aria-labelledby="moe-guard-title"
        aria-describedby="moe-guard-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') cancel();
          if (e.key === 'Tab') {
            // Two buttons: the focus stays in the window, as in any modal one.
            e.preventDefault();
            const other = e.composedPath().includes(cancelRef.current as EventTarget) ? proceedRef : cancelRef;
            other.current?.focus();
          }
        }}
      >
        <h2 id="moe-guard-title">{t(refuse ? 'guardRefuseTitle' : 'guardSendTitle')}</h2>
        <p id="moe-guard-text">{t(refuse ? 'guardRefuseText' : 'guardSendText')}</p>
        {!refuse && (
          <ul>
            {hit.blockers.map((c) => (
              <li key={c.id}>{sendCheckText(c)}</li>
            ))}
          </ul>
        )}
        <div class="moe-guard-actions">
          <button type="button" class="primary" ref={cancelRef} data-moe-guard-action="cancel" onClick={cancel}>
            {t(refuse ? 'guardRefuseCancel' : 'guardSendCancel')}
          </button>
          <button type="button" ref={proceedRef} data-moe-guard-action="proceed" onClick={proceed}>
            {t(refuse ? 'guardRefuseProceed' : 'guardSendProceed')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function Guard({ view }: { view: GuardView }) {
  const ring = view.ring?.isConnected ? view.ring.getBoundingClientRect() : null;
  return (
    <>
      {view.hit && <GuardDialog hit={view.hit} proceed={view.proceed} cancel={view.cancel} />}
      {view.proceeded && (
        <p class="moe-guard-after" role="status">
          {t(view.proceeded === 'refuse' ? 'guardRefuseAfter' : 'guardSendAfter')}
        </p>
      )}
      {ring && (
        <div
          class="moe-guard-ring"
          aria-hidden="true"
          style={{
            top: `${ring.top - 4}px`,
            left: `${ring.left - 4}px`,
            width: `${ring.width + 8}px`,
            height: `${ring.height + 8}px`,
          }}
        />
      )}
    </>
  );
}
