import { resolve } from 'node:path';
import { a11ySuite } from '../support/a11y-suite.js';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';

a11ySuite('Chromium', async () => {
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  return {
    driver: playwrightDriver(session.page),
    model: session.portal.model,
    press: (keys) => session.page.keyboard.press(keys),
    activate: () => session.page.keyboard.press('Enter'),
    beforeEveryPage: async (fn) => {
      await session.context.addInitScript(fn);
    },
    close: () => session.close(),
  };
});
