import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { generatedSuite } from '../support/generated-suite.js';

// Six of the Chromium seeds, the first ones: the same markups in the other engine.
generatedSuite('Firefox', 6, async (seed) => {
  const session = await launchFirefox({ seed, extension: resolve('dist/firefox') });
  return { driver: puppeteerDriver(session.page), model: session.portal.model, close: () => session.close() };
});
