import { resolve } from 'node:path';
import { assistantSuite } from '../support/assistant-suite.js';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';

assistantSuite('Firefox', async () => {
  const session = await launchFirefox({ extension: resolve('dist/firefox') });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(String(e)));
  return { driver: puppeteerDriver(session.page), model: session.portal.model, errors, close: () => session.close() };
});
