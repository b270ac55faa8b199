// The invoices in progress, most urgent first (mistake n° 7), each with its deadline and
// step; a click brings the portal's tab that shows it to the front. Sent ones fold away.
import { moeDeadline } from '../core/deadline.js';
import { type InvoiceProgress, PENDING, type StoredState } from '../core/state.js';
import { isSent, STEPS } from '../core/steps.js';
import { deadlineText, t } from '../i18n.js';

const now = () => Date.now();

function nextStep(p: InvoiceProgress): number | null {
  const open = [...p.done, ...p.skipped];
  return STEPS.find((s) => !open.includes(s.n))?.n ?? null;
}

/** In progress first by days left (late first), those without a date last; then by number. */
export function byUrgency(state: StoredState, at: number): InvoiceProgress[] {
  const left = (p: InvoiceProgress) =>
    moeDeadline(p.receivedAt, at, state.settings.moeDays)?.daysLeft ?? Number.POSITIVE_INFINITY;
  return state.invoices
    .filter((p) => p.number !== PENDING && !isSent(p.done))
    .sort((a, b) => left(a) - left(b) || a.number.localeCompare(b.number));
}

export function InvoiceList({ state, open }: { state: StoredState; open(number: string): void }) {
  const at = now();
  const inProgress = byUrgency(state, at);
  const sent = state.invoices.filter((p) => p.number !== PENDING && isSent(p.done));
  if (inProgress.length === 0 && sent.length === 0) return null;
  return (
    <section class="invoices" aria-label={t('popupInProgress')}>
      {inProgress.length > 0 && (
        <>
          <h2>{t('popupInProgress')}</h2>
          <ul data-moe-urgent="">
            {inProgress.map((p) => {
              const deadline = deadlineText(p.receivedAt, at, state.settings.moeDays);
              const step = nextStep(p);
              return (
                <li key={p.number} data-moe-invoice-item={p.number}>
                  <button type="button" onClick={() => open(p.number)}>
                    <strong>{p.number}</strong>
                    {step !== null && <span> · {t('rowStep', { N: step })}</span>}
                    <span class={`deadline ${deadline?.tone ?? ''}`}> · {deadline?.text ?? t('popupNoDeadline')}</span>
                    {p.draftSavedAt !== undefined && <span class="draft"> · {t('popupDraft')}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {sent.length > 0 && (
        <details data-moe-sent="">
          <summary>{t('popupSentFold', { N: sent.length })}</summary>
          <ul>
            {sent.map((p) => (
              <li key={p.number} data-moe-invoice-item={p.number}>
                <button type="button" onClick={() => open(p.number)}>
                  {p.number}
                  {p.supplier ? ` · ${p.supplier}` : ''}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
