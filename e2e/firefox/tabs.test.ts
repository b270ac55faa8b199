import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { FIXED_UUID, launchFirefox, servePortal } from '../support/firefox.js';
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
      const page = await session.browser.newPage();
      // Navigating to a moz-extension:// page does not resolve over BiDi: start it, then
      // wait for its document.
      void page.goto(`moz-extension://${FIXED_UUID}/${path}`).catch(() => undefined);
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        const ready = await page
          .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
          .catch(() => false);
        if (ready) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return { evaluate: (fn) => page.evaluate(fn), close: () => page.close() };
    },
    close: () => session.close(),
  };
});
