import { puppeteerDriver } from '../support/driver.js';
import { FIXED_UUID, launchFirefox } from '../support/firefox.js';
import { packagePath, productSuite } from '../support/product-suite.js';

// Firefox installs the zip itself, as about:debugging does with « Load Temporary Add-on ».
productSuite('Firefox', async () => {
  const session = await launchFirefox({ extension: packagePath('firefox') });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(String(e)));
  return {
    driver: puppeteerDriver(session.page),
    model: session.portal.model,
    errors,
    openPage: async (path) => {
      const popup = await session.browser.newPage();
      // Navigating to a moz-extension:// page never resolves over BiDi: start it, then poll.
      void popup.goto(`moz-extension://${FIXED_UUID}/${path}`).catch(() => undefined);
      return {
        driver: puppeteerDriver(popup),
        close: async () => {
          await popup.close();
          await session.page.bringToFront();
        },
      };
    },
    close: () => session.close(),
  };
});
