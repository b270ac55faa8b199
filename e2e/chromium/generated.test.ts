import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { generatedSuite, SWEEP_SEEDS } from '../support/generated-suite.js';

generatedSuite(
  'Chromium',
  24,
  async (seed) => {
    const session = await launchChromium({ seed, extension: resolve('dist/chrome') });
    return { driver: playwrightDriver(session.page), model: session.portal.model, close: () => session.close() };
  },
  SWEEP_SEEDS,
);
