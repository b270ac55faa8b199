// Unit tests run outside any extension: src/browser.ts finds @webext-core/fake-browser, and
// the texts are French whatever the test runner's own language.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach } from 'vitest';
import { setLanguage } from '../src/i18n.js';

Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
// The setting « Langue : navigateur » follows the browser's language: a French browser here.
if (globalThis.navigator) Object.defineProperty(globalThis.navigator, 'language', { value: 'fr-FR', configurable: true });

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('fr');
});
