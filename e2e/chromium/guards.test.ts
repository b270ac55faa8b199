import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { guardsSuite } from '../support/guards-suite.js';

guardsSuite('Chromium', async () => {
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(e.message));
  return { driver: playwrightDriver(session.page), model: session.portal.model, errors, close: () => session.close() };
});
