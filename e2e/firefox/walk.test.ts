import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { walkSuite } from '../support/walk-suite.js';

walkSuite('Firefox', async (withExtension) => {
  const session = await launchFirefox(withExtension ? { extension: resolve('dist/firefox') } : {});
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  session.page.on('console', (m) => {
    if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
  });
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
