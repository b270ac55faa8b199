import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
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
      const tab = await session.openExtensionPage(path);
      return { driver: puppeteerDriver(tab.page), close: tab.close };
    },
    close: () => session.close(),
  };
});
