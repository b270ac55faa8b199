// The card's tools for when the assistant is wrong (issue 14): « Montrer l'élément » when the
// step's element is not found or the user says it is not the right one, the notice that an
// element shown earlier is gone, and « Copier le diagnostic » to send to whoever maintains it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.js';
import type { ViewModel } from '../viewModel.js';
import { trusted } from './trusted.js';

export interface CardToolActions {
  /** Starts « Montrer l'élément » for the current step. */
  pick(): void;
  /** The diagnostic of this page, as the JSON to copy; empty if it could not be made. */
  diagnostic(): string;
}

type CopyStatus = 'copied' | 'select';

export function CardTools({ vm, actions, note }: { vm: ViewModel; actions: CardToolActions; note: string }) {
  const [wrong, setWrong] = useState(false);
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const stepNo = vm.step?.n ?? null;
  useEffect(() => {
    setWrong(false);
    setStatus(null);
    setText('');
  }, [stepNo]);
  useEffect(() => {
    if (status === 'select') area.current?.select();
  }, [status, text]);

  const copy = () => {
    const json = actions.diagnostic();
    if (!json) return;
    setText(json);
    // Called from the user's click, as the clipboard requires; a page or browser that refuses
    // it gets the text selected in a read-only box for Ctrl+C.
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) {
      setStatus('select');
      return;
    }
    clipboard.writeText(json).then(
      () => setStatus('copied'),
      () => setStatus('select'),
    );
  };
  const canPick = !!vm.step && vm.onScreen && (vm.targetMissing || wrong);
  const canSayWrong = !!vm.step && vm.onScreen && !!vm.target && !vm.targetMissing && !wrong;
  return (
    <>
      {vm.pickedLost && (
        <p class="moe-note" data-moe-picked-lost="">
          {t('pickLost')}
        </p>
      )}
      {note && (
        <p class="moe-note" role="status" data-moe-pick-note="">
          {note}
        </p>
      )}
      {wrong && <p class="moe-note">{t('pickWrongHint')}</p>}
      <div class="moe-actions">
        {canPick && (
          <button type="button" data-moe-action="pick" onClick={trusted(actions.pick)}>
            {t('pickShow')}
          </button>
        )}
        {canSayWrong && (
          <button type="button" data-moe-action="wrong" onClick={trusted(() => setWrong(true))}>
            {t('pickWrong')}
          </button>
        )}
        <button type="button" data-moe-action="diagnostic" onClick={trusted(copy)}>
          {t('diagnosticCopy')}
        </button>
      </div>
      {status && (
        <p class="moe-note" role="status" data-moe-diagnostic-status={status}>
          {t(status === 'copied' ? 'cardDiagnosticCopied' : 'cardDiagnosticSelect')}
        </p>
      )}
      {status === 'select' && (
        <textarea
          ref={area}
          readOnly
          rows={6}
          data-moe-diagnostic=""
          aria-label={t('diagnosticCopy')}
          style={{ width: '100%', boxSizing: 'border-box', fontFamily: 'monospace', fontSize: '11px' }}
          value={text}
        />
      )}
    </>
  );
}
