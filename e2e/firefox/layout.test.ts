import { resolve } from 'node:path';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';
import { coveredByAssistant, layoutSuite } from '../support/layout-suite.js';

layoutSuite('Firefox', async ({ viewport, layout }) => {
  const session = await launchFirefox({ extension: resolve('dist/firefox'), viewport, layout });
  const driver = puppeteerDriver(session.page);
  return { driver, model: session.portal.model, unreached: () => coveredByAssistant(driver), close: () => session.close() };
});
