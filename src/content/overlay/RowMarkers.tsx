// Beside each row of the results list, in the shadow root (never in the page's table): the
// assistant's state for that invoice and the MOE's delay, « J+3 / 7 ». Only the rows in
// the viewport are measured, found by bisection, so that a 1 000-row list stays fast.
import { Component } from 'preact';
import { useMemo } from 'preact/hooks';
import { columnHeadings, type InvoiceFacts, readResultsRow } from '../../chorus/invoice.js';
import { locate, shownOnly } from '../../chorus/locate.js';
import { PAST_MOE_STATUSES } from '../../chorus/locators.js';
import { bodyRows as listRows } from '../../chorus/rows.js';
import { moeDeadline, urgency } from '../../core/deadline.js';
import { normalizeLabel } from '../../core/normalize.js';
import { findInvoice, type StoredState } from '../../core/state.js';
import { isSent, STEPS } from '../../core/steps.js';
import { t } from '../../i18n.js';
import { rowsOnScreen } from './longLists.js';
import { useFrameTick } from './useFrameTick.js';

const PAST_MOE = PAST_MOE_STATUSES.map((s) => new RegExp(`\\b${normalizeLabel(s)}\\b`));
const WIDTH = 112;
const MINUTE = 60_000;

/** The rows on screen, by bisection; all of them read when some have no box (display: none). */
function rowsInView(rows: ArrayLike<Element>, height: number): { row: Element; rect: DOMRect }[] {
  const { first, end } = rowsOnScreen(rows, height) ?? { first: 0, end: rows.length };
  const out: { row: Element; rect: DOMRect }[] = [];
  for (let i = first; i < end; i++) {
    const row = rows[i] as Element;
    const rect = row.getBoundingClientRect();
    if (rect.height > 0 && rect.bottom > 0 && rect.top < height) out.push({ row, rect });
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

/**
 * What a row says, read again only when its text or the columns' headings changed (a framework
 * may set them after the rows): a list that changes reads only the rows it changed.
 */
interface RowRead {
  text: string;
  headings: string;
  facts: InvoiceFacts | null;
  pastMoe: boolean;
}
const readRows = new WeakMap<Element, RowRead>();

function readRow(row: Element, headings: string[], headingsKey: string): RowRead {
  const text = row.textContent ?? '';
  let read = readRows.get(row);
  if (read?.text !== text || read.headings !== headingsKey) {
    const status = normalizeLabel(text);
    read = { text, headings: headingsKey, facts: readResultsRow(row, headings), pastMoe: PAST_MOE.some((re) => re.test(status)) };
    readRows.set(row, read);
  }
  return read;
}

interface MarkerProps {
  number: string;
  read: RowRead;
  top: number;
  left: number;
  state: StoredState;
  /** The minute it is (ms since the epoch / 60 000): the delay counts calendar days. */
  minute: number;
}

/**
 * One row's marker. The page's rows change often (a row the pointer is over, a checkbox): a
 * marker is drawn again only when its row's text, its place, the state or the minute changed.
 */
class Marker extends Component<MarkerProps> {
  shouldComponentUpdate(next: MarkerProps): boolean {
    const now = this.props;
    return (
      next.read !== now.read ||
      next.top !== now.top ||
      next.left !== now.left ||
      next.state !== now.state ||
      next.minute !== now.minute ||
      next.number !== now.number
    );
  }

  render({ number, read, top, left, state, minute }: MarkerProps) {
    const progress = findInvoice(state, number);
    const sent = progress ? isSent(progress.done) : false;
    const waiting = !sent && !read.pastMoe;
    // The detail page's « mise à disposition MOE », else the list's deposit date.
    const received = progress?.receivedAt ?? read.facts?.receivedAt;
    const deadline = waiting ? moeDeadline(received, minute * MINUTE, state.settings.moeDays) : null;
    const tone = deadline ? urgency(deadline) : 'none';
    return (
      <div
        class={`moe-marker ${tone}`}
        data-moe-row={number}
        data-moe-urgency={tone}
        style={{ top: `${top}px`, left: `${left}px` }}
      >
        <span>{stateText(state, number)}</span>
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
}

/** Where a row's marker stands: beside the row, on whichever side has room. */
function markerPlace(rect: DOMRect): { top: number; left: number } {
  const room = window.innerWidth - rect.right - 8;
  const left = room >= WIDTH ? rect.right + 6 : rect.left >= WIDTH + 8 ? rect.left - WIDTH - 6 : rect.right - WIDTH;
  return { top: rect.top + Math.max(0, (rect.height - 34) / 2), left: Math.max(0, left) };
}

/**
 * The rows of the table's bodies, by index: a 1 000-row list is not copied on every frame. A grid
 * drawn with ARIA roles (MUI's DataGrid) renders only the rows in view: those are read.
 */
function bodyRows(table: Element): ArrayLike<Element> {
  if (!(table instanceof HTMLTableElement)) return listRows(table);
  const bodies = table.tBodies;
  if (bodies.length === 1) return (bodies[0] as HTMLTableSectionElement).rows;
  return Array.from(bodies).flatMap((body) => Array.from(body.rows));
}

const GRIDS = '[role="grid"], [role="table"], [role="treegrid"]';

function resultsTable(doc: Document): Element | null {
  // A folded list's rows are not on screen: no markers for them.
  const found = shownOnly(locate(doc, 'results.table'))?.element;
  if (!found) return null;
  return found.closest('table') ?? found.querySelector('table') ?? (found.matches(GRIDS) ? found : found.querySelector(GRIDS));
}

export function RowMarkers({ doc, state, screen }: { doc: Document; state: StoredState; screen: string }) {
  useFrameTick();
  const located = useMemo(() => (screen === 'works-results' ? resultsTable(doc) : null), [doc, state, screen]);
  // The table's rows as they are now: the page may have added or taken out some, or the table, since.
  const table = located?.isConnected ? located : screen === 'works-results' ? resultsTable(doc) : null;
  const rows = table ? bodyRows(table) : [];
  if (rows.length === 0) return null;
  const minute = Math.floor(Date.now() / MINUTE);
  const headings = columnHeadings(table);
  const headingsKey = headings.join('\u0000');
  return (
    <div class="moe-markers">
      {rowsInView(rows, window.innerHeight).map(({ row, rect }, i) => {
        const read = readRow(row, headings, headingsKey);
        const number = read.facts?.number;
        return number ? (
          <Marker key={i} number={number} read={read} {...markerPlace(rect)} state={state} minute={minute} />
        ) : null;
      })}
    </div>
  );
}
