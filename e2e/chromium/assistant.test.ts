// The assistant in Chromium on the replica at the real URLs: the guided 23-step walk, the
// popup agreeing with the page, progress surviving reloads, and no errors.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { HOME_URL } from '../portal/pages.js';
import { type ChromiumSession, launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { expectShown, walkAllSteps } from '../support/walk.js';

const DIST = resolve('dist/chrome');

async function popupState(session: ChromiumSession): Promise<{ current: string | null; done: string[]; invoice: string }> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  await popup.waitForSelector('ol[data-moe-checklist] li[data-step="23"]');
  const result = await popup.evaluate(() => ({
    current: document.querySelector('li[aria-current="step"]')?.getAttribute('data-step') ?? null,
    done: Array.from(document.querySelectorAll('li[data-step][data-done]')).map((li) => li.getAttribute('data-step') ?? ''),
    invoice: document.querySelector('[data-moe-invoice]')?.textContent ?? '',
  }));
  await popup.close();
  return result;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return errors;
}

describe('the assistant in Chromium', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('guides all 23 steps; the popup agrees; reloading keeps the progress; no errors', async () => {
    session = await launchChromium({ extension: DIST });
    const s = session;
    const errors = collectErrors(s.page);
    const driver = playwrightDriver(s.page);
    await walkAllSteps(driver, s.portal.model, {
      assistant: true,
      at: async (step) => {
        if (![2, 6, 10, 16, 22].includes(step)) return;
        const popup = await popupState(s);
        expect(popup.current, `popup at step ${step}`).toBe(String(step));
        expect(popup.done, `popup at step ${step}`).toEqual(Array.from({ length: step - 1 }, (_, i) => String(i + 1)));
        if (step === 10) {
          expect(popup.invoice).toContain('FT-2026-0142');
          // Reloading the page, as navigating back to it would, keeps where the user is.
          await driver.reload();
          await expectShown(driver, {
            screen: 'invoice-detail',
            step: 10,
            target: { id: 'GFT_ConsulterFactureTravaux_Actions_BoutonTraiter' },
          });
        }
      },
    });
    expectStatementSent(s.portal.model);
    const finalPopup = await popupState(s);
    expect(finalPopup.done).toHaveLength(23);
    expect(errors).toEqual([]);
  });

  test('the content script runs on the portal’s hosts only, and stays out of the way elsewhere on the portal', async () => {
    session = await launchChromium({ extension: DIST });
    const driver = playwrightDriver(session.page);
    await driver.goto('https://example.org/');
    expect(await session.page.locator('#chorus-moe-assistant').count()).toBe(0);
    await driver.goto(HOME_URL);
    await expectShown(driver, { screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
    session.portal.model.loggedIn = true;
    await driver.goto('https://cpro.chorus-pro.gouv.fr/cpp/rechercheFactures');
    await expectShown(driver, { screen: 'unknown', step: null, target: null });
    expect(await session.page.locator('#chorus-moe-assistant [data-moe-card]').count()).toBe(0);
  });
});
