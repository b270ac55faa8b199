import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { pickerSuite } from '../support/picker-suite.js';

pickerSuite('Firefox', async () => {
  const session = await launchFirefox({ extension: resolve('dist/firefox') });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(String(e)));
  return {
    driver: puppeteerDriver(session.page),
    model: session.portal.model,
    errors,
    pointer: {
      move: (x, y) => session.page.mouse.move(x, y),
      click: (x, y) => session.page.mouse.click(x, y),
    },
    key: (key) => session.page.keyboard.press(key),
    openPage: async (path) => {
      const tab = await session.openExtensionPage(path);
      return { driver: puppeteerDriver(tab.page), close: tab.close };
    },
    close: () => session.close(),
  };
});
