import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox, servePortal } from '../support/firefox.js';
import { tabsSuite } from '../support/tabs-suite.js';

tabsSuite('Firefox', async () => {
  const session = await launchFirefox({ extension: resolve('dist/firefox') });
  return {
    model: session.portal.model,
    async openTab(url) {
      const page = await session.browser.newPage();
      await servePortal(page, session.portal);
      const driver = puppeteerDriver(page);
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
      const tab = await session.openExtensionPage(path);
      return { evaluate: (fn) => tab.page.evaluate(fn), close: tab.close };
    },
    close: () => session.close(),
  };
});
