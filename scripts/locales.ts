// `npm run locales`: public/_locales/{fr,en}/messages.json, for the manifest's texts, from the
// table in src/locales/messages.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MESSAGES } from '../src/locales/messages.js';

/** The messages.json of one locale, with $N$-style placeholders declared. */
export function messagesJson(locale: 'fr' | 'en'): string {
  const out: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = {};
  for (const [key, text] of Object.entries(MESSAGES)) {
    // Placeholders are numbered in alphabetical order, the order t() passes them in.
    const names = [...new Set([...text[locale].matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1] as string))].sort();
    const entry: (typeof out)[string] = { message: text[locale] };
    if (names.length) {
      entry.placeholders = Object.fromEntries(names.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }]));
    }
    out[key] = entry;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

// Run as a script it writes the files; a test imports it to check they are current.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const locale of ['fr', 'en'] as const) {
    mkdirSync(`public/_locales/${locale}`, { recursive: true });
    writeFileSync(`public/_locales/${locale}/messages.json`, messagesJson(locale));
  }
  console.log('public/_locales/{fr,en}/messages.json written');
}
