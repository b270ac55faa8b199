// The 23-step walk in Chromium: first on the replica alone (the replica works like the
// portal), then with the assistant (which guides each step and makes the routine choices),
// and the replica must receive exactly the same requests both times.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import type { RequestRecord } from '../portal/model.js';
import { type ChromiumSession, launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { expectShown, walkAllSteps } from '../support/walk.js';

const DIST = resolve('dist/chrome');

async function popupState(session: ChromiumSession) {
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

const steps = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('the 23-step walk in Chromium', () => {
  let session: ChromiumSession | undefined;
  let withoutAssistant: RequestRecord[] = [];
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('without the extension, a scripted MOE walks the 23 steps and the replica records the état d’acompte', async () => {
    session = await launchChromium();
    await walkAllSteps(playwrightDriver(session.page), session.portal.model, { assistant: false });
    expectStatementSent(session.portal.model);
    expect(session.portal.model.searches[0]).toMatchObject({ role: 'MOE', structure: '25123' });
    withoutAssistant = session.portal.model.requests;
  });

  test('with the assistant: every step guided, choices made, popup in agreement, progress kept on reload, no errors', async () => {
    session = await launchChromium({ extension: DIST });
    const s = session;
    const errors = collectErrors(s.page);
    const driver = playwrightDriver(s.page);
    await walkAllSteps(driver, s.portal.model, {
      assistant: true,
      // At every step the popup shows the same step as the page, and every earlier one done.
      at: async (step) => {
        const popup = await popupState(s);
        expect(popup.current, `popup at step ${step}`).toBe(String(step));
        expect(popup.done, `popup at step ${step}`).toEqual(steps(step - 1));
        if (step === 10) {
          expect(popup.invoice).toContain('FT-2026-0142');
          expect(popup.invoice).toContain('SARL MAÇONNERIE KERDREUX');
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
    expect((await popupState(s)).done).toEqual(steps(23));
    expect(errors).toEqual([]);
    // The assistant sent nothing the user did not: same requests as the walk without it
    // (the reload at step 10 aside).
    const seen = s.portal.model.requests.filter((r, i, all) => !(r.url.includes('/consulter') && all[i - 1]?.url === r.url));
    expect(seen).toEqual(withoutAssistant);
  });
});
