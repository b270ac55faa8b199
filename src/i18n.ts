// User-facing text is read with browser.i18n from public/_locales, which `npm run locales`
// generates from the table in src/locales/messages.ts: no script bundles the table (issue 13).
// That API speaks the browser's language, and the user may choose another one in the settings:
// so each text is there under `<key>_fr` and `<key>_en` (scripts/locales.ts), and t() asks for
// the language chosen.
import { browser } from './browser.js';
import { type DeadlineTone, deadlineTone, formatFrenchDay, moeDeadline } from './core/deadline.js';
import type { Language as LanguageSetting } from './core/state.js';
import type { MESSAGES } from './locales/messages.js';

export type MessageKey = keyof typeof MESSAGES;
export type Language = 'fr' | 'en';

/** French unless the browser is English: the portal itself is French. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string | undefined): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

let language: Language = resolveLanguage('auto', globalThis.navigator?.language);

/** Applies the « Langue » setting; returns the language now spoken. */
export function setLanguage(setting: LanguageSetting): Language {
  language = resolveLanguage(setting, globalThis.navigator?.language);
  return language;
}

export function currentLanguage(): Language {
  return language;
}

// The catalog never changes while the script runs: each text is asked of the browser once.
const texts = new Map<string, string>();

/** A text of public/_locales in the language chosen; '' for a key it does not hold. */
function text(key: string): string {
  const name = `${key}_${language}`;
  let out = texts.get(name);
  if (out === undefined) {
    out = browser.i18n.getMessage(name) ?? '';
    texts.set(name, out);
  }
  return out;
}

export function t(key: MessageKey, subs: Record<string, string | number> = {}): string {
  // Placeholders are written {NAME} in public/_locales (scripts/locales.ts), filled by name.
  return text(key).replace(/\{([A-Z]+)\}/g, (whole, name: string) => (name in subs ? String(subs[name]) : whole));
}

/** The step texts of the table, by step number. */
export function stepText(n: number, part: 'Title' | 'Text' | 'Why' | 'Target'): string {
  return text(`step${n}${part}`);
}

/** « À envoyer avant le 01/12/2026 (encore 5 j) », and how urgent it is; null without a date. */
export function deadlineText(
  receivedAt: string | undefined,
  now: Date | number,
  days?: number,
): { text: string; tone: DeadlineTone } | null {
  const d = moeDeadline(receivedAt, typeof now === 'number' ? now : now.getTime(), days);
  if (!d) return null;
  const left =
    d.daysLeft > 0
      ? t('deadlineDaysLeft', { N: d.daysLeft })
      : d.daysLeft === 0
        ? t('deadlineToday')
        : t('deadlineLate', { N: -d.daysLeft });
  return { text: t('deadline', { DATE: formatFrenchDay(d.due), LEFT: left }), tone: deadlineTone(d) };
}
