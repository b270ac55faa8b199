import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { variantSuite } from '../support/variant-suite.js';

variantSuite('Firefox', async (withExtension) => {
  const session = await launchFirefox({ variant: 'alt', ...(withExtension ? { extension: resolve('dist/firefox') } : {}) });
  return { driver: puppeteerDriver(session.page), model: session.portal.model, close: () => session.close() };
});
