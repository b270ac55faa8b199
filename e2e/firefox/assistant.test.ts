// The assistant in Firefox ESR (puppeteer-core over WebDriver BiDi) on the replica at the
// real URLs: the same guided walk, the popup agreeing with the page, and no errors.
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { HOME_URL } from '../portal/pages.js';
import { puppeteerDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { FIXED_UUID, type FirefoxSession, launchFirefox } from '../support/firefox.js';
import { expectShown, walkAllSteps } from '../support/walk.js';

const DIST = resolve('dist/firefox');

async function popupState(session: FirefoxSession): Promise<{ current: string | null; done: string[] }> {
  const popup = await session.browser.newPage();
  // Navigating to a moz-extension:// page does not resolve over BiDi: wait for its content.
  void popup.goto(`moz-extension://${FIXED_UUID}/src/popup/index.html`).catch(() => undefined);
  await popup.waitForSelector('ol[data-moe-checklist] li[data-step="23"]', { timeout: 15_000 });
  const result = await popup.evaluate(() => ({
    current: document.querySelector('li[aria-current="step"]')?.getAttribute('data-step') ?? null,
    done: Array.from(document.querySelectorAll('li[data-step][data-done]')).map((li) => li.getAttribute('data-step') ?? ''),
  }));
  await popup.close();
  await session.page.bringToFront();
  return result;
}

describe('the assistant in Firefox', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('guides all 23 steps; the popup agrees; no errors', async () => {
    session = await launchFirefox({ extension: DIST });
    const s = session;
    const errors: string[] = [];
    s.page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    s.page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
    });
    const driver = puppeteerDriver(s.page);
    await walkAllSteps(driver, s.portal.model, {
      assistant: true,
      at: async (step) => {
        if (![6, 17].includes(step)) return;
        const popup = await popupState(s);
        expect(popup.current, `popup at step ${step}`).toBe(String(step));
        expect(popup.done, `popup at step ${step}`).toEqual(Array.from({ length: step - 1 }, (_, i) => String(i + 1)));
      },
    });
    expectStatementSent(s.portal.model);
    expect(errors).toEqual([]);
  });

  test('the content script runs on the portal’s hosts only', async () => {
    session = await launchFirefox({ extension: DIST });
    const driver = puppeteerDriver(session.page);
    await driver.goto('https://example.org/');
    expect(await session.page.$('#chorus-moe-assistant')).toBeNull();
    await driver.goto(HOME_URL);
    await expectShown(driver, { screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
  });
});
