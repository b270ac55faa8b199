import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { pagehideSuite } from '../support/pagehide-suite.js';

pagehideSuite('Chromium', async () => {
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  return { driver: playwrightDriver(session.page), model: session.portal.model, close: () => session.close() };
});
