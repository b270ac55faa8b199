// « Copier le diagnostic » (issue 14): asks the portal tab at hand what its locators see
// (src/chorus/diagnostic.ts), copies it, and shows exactly what was copied.
import { useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { type ContentToPopupDiagnostic, isDiagnosticAnswer, type PopupToContentDiagnostic } from '../messages.js';
import { askTabAtHand } from './portalTabs.js';

/** The active tab's page when it is the portal's, else the portal page the user worked in last. */
function askDiagnostic(): Promise<ContentToPopupDiagnostic | null> {
  const message: PopupToContentDiagnostic = { type: 'popup→content:diagnostic' };
  return askTabAtHand(message, isDiagnosticAnswer);
}

type Status = 'copied' | 'notCopied' | 'noPage';
const STATUS_KEYS = { copied: 'diagnosticCopied', notCopied: 'diagnosticNotCopied', noPage: 'diagnosticNoPage' } as const;

export function DiagnosticButton() {
  const [status, setStatus] = useState<Status | null>(null);
  const [text, setText] = useState('');
  const copy = async () => {
    const answer = await askDiagnostic();
    if (!answer) {
      setText('');
      setStatus('noPage');
      return;
    }
    const json = JSON.stringify(answer.diagnostic, null, 2);
    setText(json);
    try {
      await navigator.clipboard.writeText(json);
      setStatus('copied');
    } catch {
      setStatus('notCopied');
    }
  };
  return (
    <section class="diagnostic">
      <button type="button" data-moe-diagnostic-copy="" onClick={() => void copy()}>
        {t('diagnosticCopy')}
      </button>
      <p role="status" data-moe-diagnostic-status={status ?? ''}>
        {status ? t(STATUS_KEYS[status]) : ''}
      </p>
      {text && (
        <details open={status === 'notCopied'}>
          <summary>{t('diagnosticShow')}</summary>
          <pre data-moe-diagnostic="">{text}</pre>
        </details>
      )}
    </section>
  );
}
