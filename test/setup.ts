// Unit tests run outside any extension: src/browser.ts finds @webext-core/fake-browser, and
// the texts are French whatever the test runner's own language.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach } from 'vitest';

Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
// browser.i18n as a French browser has it: the default locale's generated file ('' for a key it
// does not hold, as Chrome and Firefox answer), so the tests read the texts the extension ships.
const catalog: Record<string, { message: string } | undefined> = JSON.parse(
  readFileSync('public/_locales/fr/messages.json', 'utf8'),
);
fakeBrowser.i18n.getMessage = (name: string) => catalog[name]?.message ?? '';
// Imported once the fakes are in place: src/browser.ts picks its API object when it loads.
const { setLanguage } = await import('../src/i18n.js');
// The setting « Langue : navigateur » follows the browser's language: a French browser here.
if (globalThis.navigator) Object.defineProperty(globalThis.navigator, 'language', { value: 'fr-FR', configurable: true });

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('fr');
});
