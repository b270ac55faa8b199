// The 23-step walk in Firefox ESR: the replica alone, then with the assistant, which must
// guide each step, make the routine choices, agree with its popup, and add no request.
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { RequestRecord } from '../portal/model.js';
import { puppeteerDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { FIXED_UUID, type FirefoxSession, launchFirefox } from '../support/firefox.js';
import { walkAllSteps } from '../support/walk.js';

const DIST = resolve('dist/firefox');

async function popupState(session: FirefoxSession): Promise<{ current: string | null; done: string[] }> {
  const popup = await session.browser.newPage();
  // Navigating to a moz-extension:// page does not resolve over BiDi, and evaluating while it
  // loads can fail: start it, then poll until the checklist is there.
  void popup.goto(`moz-extension://${FIXED_UUID}/src/popup/index.html`).catch(() => undefined);
  const read = () =>
    popup.evaluate(() =>
      document.querySelector('ol[data-moe-checklist] li[data-step="23"]')
        ? {
            current: document.querySelector('li[aria-current="step"]')?.getAttribute('data-step') ?? null,
            done: Array.from(document.querySelectorAll('li[data-step][data-done]')).map(
              (li) => li.getAttribute('data-step') ?? '',
            ),
          }
        : null,
    );
  const end = Date.now() + 15_000;
  let result: Awaited<ReturnType<typeof read>> = null;
  while (!result && Date.now() < end) {
    result = await read().catch(() => null);
    if (!result) await new Promise((r) => setTimeout(r, 100));
  }
  await popup.close();
  await session.page.bringToFront();
  if (!result) throw new Error('the popup did not show its checklist');
  return result;
}

const steps = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('the 23-step walk in Firefox', () => {
  let session: FirefoxSession | undefined;
  let withoutAssistant: RequestRecord[] = [];
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  test('without the extension, a scripted MOE walks the 23 steps and the replica records the état d’acompte', async () => {
    session = await launchFirefox();
    await walkAllSteps(puppeteerDriver(session.page), session.portal.model, { assistant: false });
    expectStatementSent(session.portal.model);
    withoutAssistant = session.portal.model.requests;
  });

  test('with the assistant: every step guided, choices made, popup in agreement, no errors, no extra request', async () => {
    session = await launchFirefox({ extension: DIST });
    const s = session;
    const errors: string[] = [];
    s.page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    s.page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
    });
    await walkAllSteps(puppeteerDriver(s.page), s.portal.model, {
      assistant: true,
      // At every step the popup shows the same step as the page, and every earlier one done.
      at: async (step) => {
        const popup = await popupState(s);
        expect(popup.current, `popup at step ${step}`).toBe(String(step));
        expect(popup.done, `popup at step ${step}`).toEqual(steps(step - 1));
      },
    });
    expectStatementSent(s.portal.model);
    expect(errors).toEqual([]);
    expect(s.portal.model.requests).toEqual(withoutAssistant);
  });
});
