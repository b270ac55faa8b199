// Unit tests run outside any extension: the polyfill gets @webext-core/fake-browser, and
// i18n answers from our own French messages, placeholders substituted as browsers do.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach } from 'vitest';
import { MESSAGES } from '../scripts/messages.js';

function getMessage(key: string, subs?: string | string[]): string {
  const text = (MESSAGES as Record<string, { fr: string }>)[key]?.fr ?? '';
  const values = typeof subs === 'string' ? [subs] : (subs ?? []);
  const names = [...new Set([...text.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1] as string))].sort();
  return text.replace(/\$([A-Z]+)\$/g, (_, name: string) => values[names.indexOf(name)] ?? '');
}

Object.assign(fakeBrowser.i18n, { getMessage });
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage });
});
