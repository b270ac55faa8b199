// Beside each row of the results list, in the shadow root (never in the page's table): the
// assistant's state for that invoice and the MOE's delay, « J+3 / 7 ». Only the rows in
// the viewport are measured, found by bisection, so that a 1 000-row list stays fast.
import { useMemo } from 'preact/hooks';
import { type InvoiceFacts, readResultsRow } from '../../chorus/invoice.js';
import { locate } from '../../chorus/locate.js';
import { PAST_MOE_STATUSES } from '../../chorus/locators.js';
import { moeDeadline, urgency } from '../../core/deadline.js';
import { normalizeLabel } from '../../core/normalize.js';
import { findInvoice, type StoredState } from '../../core/state.js';
import { isSent, STEPS } from '../../core/steps.js';
import { t } from '../../i18n.js';
import { useFrameTick } from './useFrameTick.js';

const PAST_MOE = PAST_MOE_STATUSES.map((s) => new RegExp(`\\b${normalizeLabel(s)}\\b`));
const WIDTH = 112;

/** The rows on screen: rows are stacked top to bottom, so the first one is found by bisection. */
function rowsInView(rows: Element[], height: number): { row: Element; rect: DOMRect }[] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as Element).getBoundingClientRect().bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  const out: { row: Element; rect: DOMRect }[] = [];
  for (let i = lo; i < rows.length; i++) {
    const rect = (rows[i] as Element).getBoundingClientRect();
    if (rect.top >= height) break;
    if (rect.height > 0) out.push({ row: rows[i] as Element, rect });
  }
  return out;
}

function stateText(state: StoredState, number: string): string {
  const progress = findInvoice(state, number);
  if (!progress) return t('rowNotStarted');
  if (isSent(progress.done)) return t('rowSent');
  const open = [...progress.done, ...progress.skipped];
  const next = STEPS.find((s) => !open.includes(s.n));
  return next ? t('rowStep', { N: next.n }) : t('rowSent');
}

/** What a row says, read again only when its text changed: a list that changes reads only the rows it changed. */
interface RowRead {
  text: string;
  facts: InvoiceFacts | null;
  pastMoe: boolean;
}
const readRows = new WeakMap<Element, RowRead>();

function readRow(row: Element): RowRead {
  const text = row.textContent ?? '';
  let read = readRows.get(row);
  if (read?.text !== text) {
    const status = normalizeLabel(text);
    read = { text, facts: readResultsRow(row), pastMoe: PAST_MOE.some((re) => re.test(status)) };
    readRows.set(row, read);
  }
  return read;
}

function Marker({ row, rect, state, now }: { row: Element; rect: DOMRect; state: StoredState; now: number }) {
  const { facts, pastMoe } = readRow(row);
  if (!facts) return null;
  const progress = findInvoice(state, facts.number);
  const sent = progress ? isSent(progress.done) : false;
  const waiting = !sent && !pastMoe;
  // The detail page's « mise à disposition MOE », else the list's deposit date.
  const deadline = waiting ? moeDeadline(progress?.receivedAt ?? facts.receivedAt, now, state.settings.moeDays) : null;
  const tone = deadline ? urgency(deadline) : 'none';
  const room = window.innerWidth - rect.right - 8;
  const left = room >= WIDTH ? rect.right + 6 : rect.left >= WIDTH + 8 ? rect.left - WIDTH - 6 : rect.right - WIDTH;
  return (
    <div
      class={`moe-marker ${tone}`}
      data-moe-row={facts.number}
      data-moe-urgency={tone}
      style={{ top: `${rect.top + Math.max(0, (rect.height - 34) / 2)}px`, left: `${Math.max(0, left)}px` }}
    >
      <span>{stateText(state, facts.number)}</span>
      {deadline && (
        <span>
          {t('rowElapsed', { N: deadline.elapsed, DAYS: deadline.days })}
          {tone === 'today' && ` · ${t('rowDueToday')}`}
          {tone === 'late' && ` · ${t('rowLate')}`}
        </span>
      )}
    </div>
  );
}

function resultsTable(doc: Document): HTMLTableElement | null {
  const found = locate(doc, 'results.table')?.element;
  return found?.closest('table') ?? found?.querySelector('table') ?? null;
}

export function RowMarkers({ doc, state, screen }: { doc: Document; state: StoredState; screen: string }) {
  useFrameTick();
  const located = useMemo(() => (screen === 'works-results' ? resultsTable(doc) : null), [doc, state, screen]);
  // The table's rows as they are now: the page may have added or taken out some, or the table, since.
  const table = located?.isConnected ? located : screen === 'works-results' ? resultsTable(doc) : null;
  const rows = table ? Array.from(table.tBodies).flatMap((body) => Array.from(body.rows)) : [];
  if (rows.length === 0) return null;
  const now = Date.now();
  return (
    <div class="moe-markers">
      {rowsInView(rows, window.innerHeight).map(({ row, rect }, i) => (
        <Marker key={i} row={row} rect={rect} state={state} now={now} />
      ))}
    </div>
  );
}
