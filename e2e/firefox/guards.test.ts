import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { guardsSuite } from '../support/guards-suite.js';

guardsSuite('Firefox', async () => {
  const session = await launchFirefox({ extension: resolve('dist/firefox') });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(String(e)));
  return { driver: puppeteerDriver(session.page), model: session.portal.model, errors, close: () => session.close() };
});
