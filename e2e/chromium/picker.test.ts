import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { pickerSuite } from '../support/picker-suite.js';

pickerSuite('Chromium', async () => {
  const session = await launchChromium({ extension: resolve('dist/chrome') });
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(e.message));
  return {
    driver: playwrightDriver(session.page),
    model: session.portal.model,
    errors,
    pointer: {
      move: (x, y) => session.page.mouse.move(x, y),
      click: (x, y) => session.page.mouse.click(x, y),
    },
    key: (key) => session.page.keyboard.press(key),
    openPage: async (path) => {
      const tab = await session.openExtensionPage(path);
      return { driver: playwrightDriver(tab), close: () => tab.close() };
    },
    close: () => session.close(),
  };
});
