import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { walkSuite } from '../support/walk-suite.js';

walkSuite('Chromium', async (withExtension) => {
  const session = await launchChromium(withExtension ? { extension: resolve('dist/chrome') } : {});
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  session.page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return {
    driver: playwrightDriver(session.page),
    model: session.portal.model,
    errors,
    openPage: async (path) => {
      const tab = await session.openExtensionPage(path);
      return { driver: playwrightDriver(tab), close: () => tab.close() };
    },
    close: () => session.close(),
  };
});
