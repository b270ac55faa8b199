// The « Langue » setting, and axe on the popup and the settings page (Chromium opens
// extension pages directly; the shared suites cover the overlay in both browsers).
import { resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { WORKS } from '../portal/pages.js';
import { AXE_SOURCE, expectAxeClean, runAxe } from '../support/a11y-suite.js';
import { type ChromiumSession, launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { expectShown } from '../support/walk.js';

let session: ChromiumSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const cardText = () =>
  document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '';

test('« Langue »: French by default in a French browser; English applies to the card, popup and settings at once', async () => {
  session = await launchChromium({ extension: resolve('dist/chrome') });
  const s = session;
  s.portal.model.loggedIn = true;
  const driver = playwrightDriver(s.page);
  await driver.goto(`${WORKS}/synthese`);
  await expectShown(driver, { screen: 'works-space', step: 3, target: { selector: '[data-qa="tab-recherche"]' } });
  expect(await s.page.evaluate(cardText)).toContain('Aller dans « Rechercher »');

  const options = await s.openExtensionPage('src/options/index.html');
  await expect.poll(() => options.textContent('h1')).toBe('Réglages de l’assistant MOE');
  await options.selectOption('[data-moe-option="language"]', 'en');
  await expect.poll(() => options.textContent('h1')).toBe('MOE assistant settings');
  expect(await options.getAttribute('html', 'lang')).toBe('en');

  await expect.poll(() => s.page.evaluate(cardText)).toContain('Go to “Rechercher”');
  const popup = await s.openExtensionPage('src/popup/index.html');
  await expect.poll(() => popup.textContent('li[data-step="1"]')).toContain('Log in to Chorus Pro');

  await options.selectOption('[data-moe-option="language"]', 'auto');
  await expect.poll(() => s.page.evaluate(cardText)).toContain('Aller dans « Rechercher »');
  await expect.poll(() => popup.textContent('li[data-step="1"]')).toContain('Se connecter à Chorus Pro');
});

test('« Langue » in an English browser: English by default, French when chosen (texts the browser’s own locale lacks)', async () => {
  session = await launchChromium({ extension: resolve('dist/chrome'), english: true });
  const s = session;
  s.portal.model.loggedIn = true;
  const driver = playwrightDriver(s.page);
  await driver.goto(`${WORKS}/synthese`);
  await expectShown(driver, { screen: 'works-space', step: 3, target: { selector: '[data-qa="tab-recherche"]' } });
  expect(await s.page.evaluate(cardText)).toContain('Go to “Rechercher”');

  const options = await s.openExtensionPage('src/options/index.html');
  await expect.poll(() => options.textContent('h1')).toBe('MOE assistant settings');
  await options.selectOption('[data-moe-option="language"]', 'fr');
  await expect.poll(() => options.textContent('h1')).toBe('Réglages de l’assistant MOE');
  await expect.poll(() => s.page.evaluate(cardText)).toContain('Aller dans « Rechercher »');
  const popup = await s.openExtensionPage('src/popup/index.html');
  await expect.poll(() => popup.textContent('li[data-step="1"]')).toContain('Se connecter à Chorus Pro');
});

test('axe: the popup and the settings page have no serious issue, contrast computed', async () => {
  session = await launchChromium({ extension: resolve('dist/chrome') });
  for (const path of ['src/popup/index.html', 'src/options/index.html']) {
    const page = await session.openExtensionPage(path);
    await page.waitForSelector('h1');
    // Extension pages forbid inline scripts: axe is evaluated directly there.
    await page.evaluate(AXE_SOURCE);
    expectAxeClean(await runAxe(playwrightDriver(page), 'document'), path);
    await page.close();
  }
});

test('reduced motion: the ring does not glide', async () => {
  session = await launchChromium({ extension: resolve('dist/chrome') });
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  session.portal.model.loggedIn = true;
  const driver = playwrightDriver(session.page);
  await driver.goto(`${WORKS}/synthese`);
  await expectShown(driver, { screen: 'works-space', step: 3, target: { selector: '[data-qa="tab-recherche"]' } });
  const duration = await session.page.evaluate(() => {
    const ring = document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('.moe-ring');
    return ring ? getComputedStyle(ring).transitionDuration : 'no ring';
  });
  expect(duration.split(',').every((d) => d.trim() === '0s')).toBe(true);
});
