// The settings page switches a routine choice off, and the assistant then leaves it to the user.
import { resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { WORKS } from '../portal/pages.js';
import { type ChromiumSession, launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { expectShown } from '../support/walk.js';

let session: ChromiumSession | undefined;
afterEach(async () => {
  await session?.close();
});

test('a choice switched off in the settings is not made; the step still points at it', async () => {
  session = await launchChromium({ extension: resolve('dist/chrome') });
  const options = await session.openExtensionPage('src/options/index.html');
  await options.uncheck('[data-moe-option="role-moe"]');
  await options.waitForSelector('[role="status"]:has-text("Enregistré")');
  await options.close();

  session.portal.model.loggedIn = true;
  const driver = playwrightDriver(session.page);
  await driver.goto(`${WORKS}/recherche`);
  await expectShown(driver, { screen: 'works-search', step: 4, target: { selector: ':has(> [data-qa="role-MOE"])' } });
  await new Promise((r) => setTimeout(r, 500));
  expect(await session.page.isChecked('#GFT_RechercheFactureTravaux_Criteres_Role_MOE')).toBe(false);
});
