import { afterEach, describe, expect, test } from 'vitest';
import { resolveLanguage, setLanguage, stepText, t } from '../src/i18n.js';

describe('the « Langue » setting', () => {
  afterEach(() => {
    setLanguage('fr');
  });

  test('« navigateur »: English only for an English browser, French otherwise (the portal is French)', () => {
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('fr');
    expect(resolveLanguage('auto', 'de-DE')).toBe('fr');
    expect(resolveLanguage('auto', undefined)).toBe('fr');
  });

  test('a chosen language wins over the browser’s', () => {
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
  });

  test('texts switch at once, placeholders filled by name', () => {
    setLanguage('en');
    expect(t('cardStep', { N: 4, TOTAL: 23 })).toBe('Step 4/23');
    expect(stepText(1, 'Title')).toBe('Log in to Chorus Pro');
    setLanguage('fr');
    expect(t('cardStep', { TOTAL: 23, N: 4 })).toBe('Étape 4/23');
    expect(stepText(1, 'Title')).toBe('Se connecter à Chorus Pro');
  });
});
