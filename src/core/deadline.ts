// CCAG-Travaux 2021 art. 12.2.2: the MOE has 7 days from the mise à disposition (the
// receipt timestamped by Chorus Pro) to draw up and send its état d'acompte.
export const MOE_DAYS = 7;
// Décret 2013-269 art. 8 (now in the code de la commande publique): a contract may set
// another delay for the MOE, never more than 15 days.
export const MOE_DAYS_MIN = 1;
export const MOE_DAYS_MAX = 15;

const DAY = 24 * 60 * 60 * 1000;
// Chorus Pro's dates are French civil dates: days are counted on Paris's calendar (parisDay).

/** A calendar day, without time or time zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** "24/11/2026" or "24/11/2026 09:12" → that calendar day; null if not a real date. */
export function parseFrenchDay(text: string): CalendarDay | null {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || year < 1900) return null;
  return { year, month, day };
}

const HOUR = 60 * 60 * 1000;

/** 01:00 UTC on the last Sunday of that month (0-based): when the EU changes its clocks. */
function clockChange(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * The calendar day it is in Paris at this instant (ms since the epoch). France keeps the EU's
 * summer time (UTC+2 from the last Sunday of March to the last Sunday of October, 01:00 UTC;
 * UTC+1 otherwise, rules in force since 1996). Computed here rather than asked of
 * `Intl.DateTimeFormat` with a time zone, whose set-up costs the page about a millisecond and
 * a half on every load (issue 13); the unit tests hold the two to the same answer.
 */
export function parisDay(now: number): CalendarDay {
  const year = new Date(now).getUTCFullYear();
  const summer = now >= clockChange(year, 2) && now < clockChange(year, 9);
  const paris = new Date(now + (summer ? 2 : 1) * HOUR);
  return { year: paris.getUTCFullYear(), month: paris.getUTCMonth() + 1, day: paris.getUTCDate() };
}

function dayNumber(d: CalendarDay): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY);
}

function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The MOE's delay as set, brought back within 1–15 days (7 when unreadable). */
export function clampMoeDays(days: unknown): number {
  return typeof days === 'number' && Number.isInteger(days) && days >= MOE_DAYS_MIN && days <= MOE_DAYS_MAX ? days : MOE_DAYS;
}

export interface MoeDeadline {
  due: CalendarDay;
  /** Calendar days since the mise à disposition: « J+3 ». */
  elapsed: number;
  /** The delay that applies (7 by default). */
  days: number;
  /** Whole calendar days left until the due day (0 = due today, negative = late). */
  daysLeft: number;
  late: boolean;
}

/**
 * The MOE's deadline for an invoice made available on `receivedAt` ("dd/mm/yyyy [hh:mm]"),
 * seen at `now`, in Paris calendar days. A missing or malformed date gives no deadline.
 */
export function moeDeadline(receivedAt: string | undefined, now: number, days: number = MOE_DAYS): MoeDeadline | null {
  const received = receivedAt ? parseFrenchDay(receivedAt) : null;
  if (!received || !Number.isFinite(now)) return null;
  const delay = clampMoeDays(days);
  const start = dayNumber(received);
  const today = dayNumber(parisDay(now));
  const daysLeft = start + delay - today;
  return { due: fromDayNumber(start + delay), elapsed: today - start, days: delay, daysLeft, late: daysLeft < 0 };
}

export type Urgency = 'ok' | 'soon' | 'today' | 'late';

export function urgency(d: MoeDeadline): Urgency {
  if (d.late) return 'late';
  if (d.daysLeft === 0) return 'today';
  return d.daysLeft <= 2 ? 'soon' : 'ok';
}

/** How the card and the popup colour a deadline: due today reads as soon. */
export type DeadlineTone = 'ok' | 'soon' | 'late';

export function deadlineTone(d: MoeDeadline): DeadlineTone {
  const u = urgency(d);
  return u === 'today' ? 'soon' : u;
}

export function formatFrenchDay(d: CalendarDay): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}
