import { rmSync } from 'node:fs';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { packagePath, productSuite, unpacked } from '../support/product-suite.js';

productSuite('Chromium', async () => {
  const dir = unpacked(packagePath('chrome'));
  const session = await launchChromium({ extension: dir });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(e.message));
  return {
    driver: playwrightDriver(session.page),
    model: session.portal.model,
    errors,
    openPage: async (path) => {
      const tab = await session.openExtensionPage(path);
      return { driver: playwrightDriver(tab), close: () => tab.close() };
    },
    close: async () => {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
