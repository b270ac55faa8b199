import { describe, expect, test } from 'vitest';
import {
  clampMoeDays,
  deadlineTone,
  formatFrenchDay,
  moeDeadline,
  parisDay,
  parseFrenchDay,
  urgency,
} from '../../src/core/deadline.js';

/** An instant given as Paris wall-clock time (offset written out: +01:00 winter, +02:00 summer). */
const at = (iso: string) => Date.parse(iso);

describe('the MOE’s delay (CCAG-Travaux 2021 art. 12.2.2), in Paris calendar days', () => {
  test('reads French dates, with or without a time; anything else is no date', () => {
    expect(parseFrenchDay('24/11/2026')).toEqual({ year: 2026, month: 11, day: 24 });
    expect(parseFrenchDay('24/11/2026 09:12')).toEqual({ year: 2026, month: 11, day: 24 });
    expect(parseFrenchDay('5/3/2026')).toEqual({ year: 2026, month: 3, day: 5 });
    expect(parseFrenchDay('31/02/2026')).toBeNull();
    expect(parseFrenchDay('29/02/2027')).toBeNull();
    expect(parseFrenchDay('29/02/2028')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseFrenchDay('2026-11-24')).toBeNull();
    expect(parseFrenchDay('')).toBeNull();
  });

  test('missing or malformed dates give no deadline, never an exception', () => {
    const now = at('2026-11-27T12:00:00+01:00');
    for (const bad of [undefined, '', 'hier', '32/01/2026', '00/00/0000', '12/13/2026']) {
      expect(moeDeadline(bad, now)).toBeNull();
    }
    expect(moeDeadline('24/11/2026', Number.NaN)).toBeNull();
  });

  test('7 days by default: J+3 on the 27th for the 24th, due on 1 December', () => {
    const d = moeDeadline('24/11/2026 09:12', at('2026-11-27T08:00:00+01:00'));
    expect(d && formatFrenchDay(d.due)).toBe('01/12/2026');
    expect(d).toMatchObject({ elapsed: 3, days: 7, daysLeft: 4, late: false });
    expect(moeDeadline('24/11/2026', at('2026-12-01T23:59:00+01:00'))).toMatchObject({ daysLeft: 0, late: false });
    expect(moeDeadline('24/11/2026', at('2026-12-03T00:01:00+01:00'))).toMatchObject({ daysLeft: -2, late: true });
  });

  test('counts on Paris’s calendar, whatever the instant’s UTC day', () => {
    // 23:30 UTC on 30 Nov is already 1 December in Paris: due today, not tomorrow.
    expect(moeDeadline('24/11/2026', Date.UTC(2026, 10, 30, 23, 30))).toMatchObject({ daysLeft: 0 });
    expect(moeDeadline('24/11/2026', Date.UTC(2026, 10, 30, 22, 30))).toMatchObject({ daysLeft: 1 });
  });

  test('month ends, year ends and leap years', () => {
    expect(
      formatFrenchDay(moeDeadline('28/12/2026', at('2026-12-28T10:00:00+01:00'))?.due ?? { year: 0, month: 0, day: 0 }),
    ).toBe('04/01/2027');
    expect(moeDeadline('25/02/2028', at('2028-03-01T10:00:00+01:00'))).toMatchObject({ elapsed: 5, daysLeft: 2 });
    expect(moeDeadline('25/02/2027', at('2027-03-01T10:00:00+01:00'))).toMatchObject({ elapsed: 4, daysLeft: 3 });
    expect(moeDeadline('31/01/2026', at('2026-02-07T10:00:00+01:00'))).toMatchObject({ daysLeft: 0 });
  });

  test('across the DST changes, a day is a calendar day (23 or 25 hours)', () => {
    // Summer time starts on 29 March 2026, ends on 25 October 2026.
    expect(moeDeadline('26/03/2026', at('2026-04-02T00:30:00+02:00'))).toMatchObject({ elapsed: 7, daysLeft: 0 });
    expect(moeDeadline('26/03/2026', at('2026-04-01T23:30:00+02:00'))).toMatchObject({ elapsed: 6, daysLeft: 1 });
    expect(moeDeadline('22/10/2026', at('2026-10-29T23:30:00+01:00'))).toMatchObject({ elapsed: 7, daysLeft: 0 });
    expect(moeDeadline('22/10/2026', at('2026-10-30T00:30:00+01:00'))).toMatchObject({ elapsed: 8, late: true });
  });

  test('a contract’s own delay, from 1 to 15 days; anything else falls back to 7', () => {
    expect(moeDeadline('24/11/2026', at('2026-11-27T10:00:00+01:00'), 15)).toMatchObject({ days: 15, daysLeft: 12 });
    expect(moeDeadline('24/11/2026', at('2026-11-27T10:00:00+01:00'), 1)).toMatchObject({ days: 1, late: true });
    expect(clampMoeDays(16)).toBe(7);
    expect(clampMoeDays(0)).toBe(7);
    expect(clampMoeDays(3.5)).toBe(7);
    expect(clampMoeDays('10')).toBe(7);
    expect(clampMoeDays(10)).toBe(10);
  });

  test('urgency: due today and late are told apart from the rest', () => {
    const now = at('2026-11-27T10:00:00+01:00');
    const of = (date: string) => urgency(moeDeadline(date, now) ?? (null as never));
    expect(of('20/11/2026')).toBe('today');
    expect(of('19/11/2026')).toBe('late');
    expect(of('22/11/2026')).toBe('soon');
    expect(of('26/11/2026')).toBe('ok');
  });

  test('the card’s tone: due today reads as soon', () => {
    const now = at('2026-11-27T10:00:00+01:00');
    const tone = (date: string) => deadlineTone(moeDeadline(date, now) ?? (null as never));
    expect(tone('20/11/2026')).toBe('soon');
    expect(tone('19/11/2026')).toBe('late');
    expect(tone('26/11/2026')).toBe('ok');
  });
});

describe('parisDay', () => {
  const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric' });
  const byIntl = (now: number) => {
    const parts = Object.fromEntries(intl.formatToParts(new Date(now)).map((p) => [p.type, p.value]));
    return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  };

  test('gives the day the Paris time zone gives, every half hour from 2000 to 2040', () => {
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    let checked = 0;
    for (let now = from; now < to; now += 30 * 60 * 1000) {
      const ours = parisDay(now);
      const theirs = byIntl(now);
      if (ours.day !== theirs.day || ours.month !== theirs.month || ours.year !== theirs.year) {
        expect({ at: new Date(now).toISOString(), ours }).toEqual({ at: new Date(now).toISOString(), ours: theirs });
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(700_000);
  });

  test('around midnight in Paris, in winter and in summer time', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1).
    expect(parisDay(Date.UTC(2026, 11, 31, 23, 30))).toEqual({ year: 2027, month: 1, day: 1 });
    expect(parisDay(Date.UTC(2026, 11, 31, 22, 59))).toEqual({ year: 2026, month: 12, day: 31 });
    // 22:30 UTC on 14 July is 00:30 on the 15th in Paris (UTC+2).
    expect(parisDay(Date.UTC(2026, 6, 14, 22, 30))).toEqual({ year: 2026, month: 7, day: 15 });
    expect(parisDay(Date.UTC(2026, 6, 14, 21, 59))).toEqual({ year: 2026, month: 7, day: 14 });
  });
});
