// User-facing text comes from _locales (French first). Placeholders are passed by name and
// numbered alphabetically, as scripts/messages.ts declares them.
import browser from 'webextension-polyfill';
import type { MESSAGES } from '../scripts/messages.js';

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
