import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { tabsSuite } from '../support/tabs-suite.js';

tabsSuite('Chromium', async () => {
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  return {
    model: session.portal.model,
    async openTab(url) {
      const page = await session.context.newPage();
      const driver = playwrightDriver(page);
      await driver.goto(url);
      return {
        ...driver,
        async frameHasAssistant(urlStart) {
          const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(urlStart));
          if (!frame) return null;
          return frame
            .evaluate(() => (document.readyState === 'complete' ? !!document.getElementById('chorus-moe-assistant') : null))
            .catch(() => null);
        },
      };
    },
    async openExtensionPage(path) {
      const page = await session.openExtensionPage(path);
      return { evaluate: (fn) => page.evaluate(fn), close: () => page.close() };
    },
    close: () => session.close(),
  };
});
