// `npm run locales`: public/_locales/{fr,en}/messages.json from the table in
// src/locales/messages.ts. Every context reads its texts from there with browser.i18n
// (src/i18n.ts), so that no script bundles the table (issue 13: the content script's size).
// browser.i18n speaks the browser's language, and the « Langue » setting may choose the other
// one: so every text is written twice, as `<key>_fr` and `<key>_en`, in the default locale's
// file, which the browser falls back to whatever its language. Only the manifest's texts
// (`__MSG_…__`) are written per locale under their own name.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MESSAGES } from '../src/locales/messages.js';

type Locale = 'fr' | 'en';
/** manifest.json's default_locale. */
export const DEFAULT_LOCALE: Locale = 'fr';
const LOCALES: Locale[] = ['fr', 'en'];

/** The keys manifest.json names as `__MSG_key__`. */
export function manifestKeys(): (keyof typeof MESSAGES)[] {
  const manifest = readFileSync('manifest.json', 'utf8');
  return [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as keyof typeof MESSAGES);
}

/**
 * A text as browser.i18n gets it back: `$NAME$` becomes `{NAME}`, since `$` is getMessage's own
 * placeholder syntax (numbered substitutions) and t() fills placeholders by name.
 */
export function stored(text: string): string {
  return text.replace(/\$([A-Z]+)\$/g, '{$1}');
}

/** The messages.json of one locale. */
export function messagesJson(locale: Locale): string {
  const out: Record<string, { message: string }> = {};
  for (const key of manifestKeys()) out[key] = { message: MESSAGES[key][locale] };
  if (locale === DEFAULT_LOCALE) {
    for (const [key, text] of Object.entries(MESSAGES)) {
      for (const l of LOCALES) out[`${key}_${l}`] = { message: stored(text[l]) };
    }
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

// Run as a script it writes the files; a test imports it to check they are current.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const locale of LOCALES) {
    mkdirSync(`public/_locales/${locale}`, { recursive: true });
    writeFileSync(`public/_locales/${locale}/messages.json`, messagesJson(locale));
  }
  console.log('public/_locales/{fr,en}/messages.json written');
}
