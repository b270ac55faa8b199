// The assistant in Firefox, beyond the walk: where it runs, undo, amounts, a missing element.
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HOME_URL } from '../portal/pages.js';
import { type Driver, puppeteerDriver } from '../support/driver.js';
import { type FirefoxSession, launchFirefox } from '../support/firefox.js';
import { amountScenario, notFoundScenario, undoScenario } from '../support/scenarios.js';
import { expectShown } from '../support/walk.js';

describe('the assistant in Firefox', () => {
  let session: FirefoxSession;
  let driver: Driver;
  beforeEach(async () => {
    session = await launchFirefox({ extension: resolve('dist/firefox') });
    driver = puppeteerDriver(session.page);
  });
  afterEach(async () => {
    await session.close();
  });

  test('runs on the portal’s hosts only, and stays out of the way on the portal’s other pages', async () => {
    await driver.goto('https://example.org/');
    expect(await session.page.$('#chorus-moe-assistant')).toBeNull();
    await driver.goto(HOME_URL);
    await expectShown(driver, { screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
    session.portal.model.loggedIn = true;
    await driver.goto('https://cpro.chorus-pro.gouv.fr/cpp/rechercheFactures');
    await expectShown(driver, { screen: 'unknown', step: null, target: null });
    expect(await session.page.$('pierce/[data-moe-card]')).toBeNull();
  });

  test('an automatic choice is undone with one click, and the user’s own choice then stands', async () => {
    await undoScenario(driver, session.portal.model);
  });

  test('amount mistakes: a point, sums that do not add up, an ambiguous value — fixed in one click', async () => {
    await amountScenario(driver, session.portal.model);
  });

  test('a step whose element is missing says so, and nothing breaks', async () => {
    const errors: string[] = [];
    session.page.on('pageerror', (e) => errors.push(String(e)));
    await notFoundScenario(driver, session.portal.model);
    expect(errors).toEqual([]);
  });
});
