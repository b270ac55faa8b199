import { describe, expect, test } from 'vitest';
import { formatFrenchDate, moeDeadline, parseFrenchDate } from '../../src/core/deadline.js';

describe('the MOE’s 7 days (CCAG-Travaux 2021 art. 12.2.2)', () => {
  test('reads French dates, with or without a time', () => {
    expect(formatFrenchDate(parseFrenchDate('24/11/2026') as Date)).toBe('24/11/2026');
    expect(parseFrenchDate('24/11/2026 09:12')?.getHours()).toBe(9);
    expect(parseFrenchDate('31/02/2026')).toBeNull();
    expect(parseFrenchDate('2026-11-24')).toBeNull();
  });

  test('due 7 calendar days after the mise à disposition', () => {
    const received = parseFrenchDate('24/11/2026 09:12') as Date;
    expect(formatFrenchDate(moeDeadline(received, new Date(2026, 10, 26, 15)).due)).toBe('01/12/2026');
    expect(moeDeadline(received, new Date(2026, 10, 26, 15)).daysLeft).toBe(5);
    expect(moeDeadline(received, new Date(2026, 11, 1, 23)).daysLeft).toBe(0);
    expect(moeDeadline(received, new Date(2026, 11, 3)).late).toBe(true);
    expect(moeDeadline(received, new Date(2026, 11, 3)).daysLeft).toBe(-2);
  });

  test('across a month and a year end', () => {
    expect(formatFrenchDate(moeDeadline(new Date(2026, 11, 28), new Date(2026, 11, 28)).due)).toBe('04/01/2027');
  });
});
