// User-facing text comes from _locales (French first). Placeholders are passed by name and
// numbered alphabetically, as scripts/messages.ts declares them.
import browser from 'webextension-polyfill';
import type { MESSAGES } from '../scripts/messages.js';
import { formatFrenchDay, MOE_DAYS, moeDeadline, urgency } from './core/deadline.js';

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, subs: Record<string, string | number> = {}): string {
  const values = Object.keys(subs)
    .sort()
    .map((name) => String(subs[name]));
  return browser.i18n.getMessage(key, values) || key;
}

/** The step texts of the table, by step number. */
export function stepText(n: number, part: 'Title' | 'Text' | 'Why' | 'Target'): string {
  const key = `step${n}${part}` as MessageKey;
  const text = browser.i18n.getMessage(key);
  return text;
}

/** « À envoyer avant le 01/12/2026 (encore 5 j) », and how urgent it is; null without a date. */
export function deadlineText(
  receivedAt: string | undefined,
  now: Date | number,
  days: number = MOE_DAYS,
): { text: string; tone: 'ok' | 'soon' | 'late' } | null {
  const d = moeDeadline(receivedAt, typeof now === 'number' ? now : now.getTime(), days);
  if (!d) return null;
  const left =
    d.daysLeft > 0
      ? t('deadlineDaysLeft', { N: d.daysLeft })
      : d.daysLeft === 0
        ? t('deadlineToday')
        : t('deadlineLate', { N: -d.daysLeft });
  const tone = urgency(d);
  return {
    text: t('deadline', { DATE: formatFrenchDay(d.due), LEFT: left }),
    tone: tone === 'today' ? 'soon' : tone,
  };
}
