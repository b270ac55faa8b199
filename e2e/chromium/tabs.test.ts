import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { tabsSuite } from '../support/tabs-suite.js';

tabsSuite('Chromium', async () => {
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  return {
    model: session.portal.model,
    async openTab(url) {
      const driver = playwrightDriver(await session.context.newPage());
      await driver.goto(url);
      return driver;
    },
    async openExtensionPage(path) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return { evaluate: (fn) => page.evaluate(fn), close: () => page.close() };
    },
    close: () => session.close(),
  };
});
