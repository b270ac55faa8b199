import { resolve } from 'node:path';
import { test } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { walkAllSteps } from '../support/walk.js';

test('dbg', async () => {
  const seed = Number(process.env.DBG_SEED ?? 13);
  const session = await launchChromium({
    seed,
    extension: process.env.NOEXT ? undefined : resolve(process.env.EXT ?? 'dist/chrome'),
  } as never);
  session.page.on('pageerror', (e) => console.log('PAGEERR', String(e).slice(0, 300)));
  session.page.on('response', async (r) => {
    if (!r.url().includes('recherche') || r.request().method() !== 'POST') return;
    const body = await r.text().catch(() => '');
    const i = body.indexOf('mat-form-field-label-format');
    console.log('SERVED', body.slice(i - 300, i + 600));
  });
  const driver = playwrightDriver(session.page);
  try {
    await walkAllSteps(driver, session.portal.model, { assistant: !process.env.NOEXT });
  } catch (e) {
    console.log('ERR', String(e).slice(0, 300));
    console.log(
      await session.page.evaluate(() => {
        const host = document.getElementById('chorus-moe-assistant');
        const d = document.querySelector('[data-qa="download-dialog"]');
        return `CARD ${host?.shadowRoot?.querySelector('[data-moe-card]')?.textContent}\n${d?.outerHTML.slice(0, 4000)}`;
      }),
    );
  } finally {
    await session.close();
  }
}, 120000);
