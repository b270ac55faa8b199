import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { variantSuite } from '../support/variant-suite.js';

variantSuite('Chromium', async (withExtension) => {
  const session = await launchChromium({ variant: 'alt', ...(withExtension ? { extension: resolve('dist/chrome') } : {}) });
  return { driver: playwrightDriver(session.page), model: session.portal.model, close: () => session.close() };
});
