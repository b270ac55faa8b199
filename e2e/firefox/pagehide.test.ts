import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { pagehideSuite } from '../support/pagehide-suite.js';

pagehideSuite('Firefox', async () => {
  const session = await launchFirefox({ extension: resolve('dist/firefox') });
  return { driver: puppeteerDriver(session.page), model: session.portal.model, close: () => session.close() };
});
