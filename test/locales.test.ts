import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { messagesJson, stored } from '../scripts/locales.js';
import { MESSAGES } from '../src/locales/messages.js';

describe('_locales', () => {
  test.each(['fr', 'en'] as const)(
    'public/_locales/%s/messages.json is generated from src/locales/messages.ts (npm run locales)',
    (l) => {
      expect(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')).toBe(messagesJson(l));
    },
  );

  test('French and English use the same placeholders', () => {
    for (const [key, { fr, en }] of Object.entries(MESSAGES)) {
      const names = (t: string) => [...t.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1]).sort();
      expect(names(en), key).toEqual(names(fr));
    }
  });

  test('every text is stored without `$` (browser.i18n’s own syntax) and with its placeholders as {NAME}', () => {
    for (const [key, { fr, en }] of Object.entries(MESSAGES)) {
      for (const text of [fr, en]) {
        expect(text, key).not.toMatch(/\{[A-Z]+\}/);
        expect(stored(text), key).not.toContain('$');
      }
    }
  });

  test('no two keys differ only by case (Chrome folds the case of message names)', () => {
    const names = Object.keys(JSON.parse(messagesJson('fr'))).map((k) => k.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  test('the manifest’s name and description fit the stores’ limits', () => {
    for (const l of ['fr', 'en'] as const) {
      expect(MESSAGES.extName[l].length).toBeLessThanOrEqual(75);
      expect(MESSAGES.extDescription[l].length).toBeLessThanOrEqual(132);
    }
  });
});
