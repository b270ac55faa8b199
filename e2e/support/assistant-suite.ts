// The assistant's tests beyond the walk, written once and run in each browser.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PortalModel } from '../portal/model.js';
import { HOME_URL } from '../portal/pages.js';
import type { Driver } from './driver.js';
import { amountScenario, backAndForthScenario, cadreScenario, notFoundScenario, undoScenario } from './scenarios.js';
import { expectShown } from './walk.js';

export interface Harness {
  driver: Driver;
  model: PortalModel;
  /** Uncaught errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

function countOverlay(driver: Driver, selector: string): Promise<number> {
  return driver.evaluate((sel) => {
    const host = document.getElementById('chorus-moe-assistant');
    if (!host) return -1;
    return host.shadowRoot?.querySelectorAll(sel).length ?? 0;
  }, selector);
}

export function assistantSuite(browser: string, launch: () => Promise<Harness>): void {
  describe(`the assistant in ${browser}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await launch();
    });
    afterEach(async () => {
      await h.close();
    });

    test('runs on the portal’s hosts only, and stays out of the way on the portal’s other pages', async () => {
      await h.driver.goto('https://example.org/');
      expect(await countOverlay(h.driver, '*'), 'no overlay host outside the portal').toBe(-1);
      await h.driver.goto(HOME_URL);
      await expectShown(h.driver, { screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
      h.model.loggedIn = true;
      await h.driver.goto('https://cpro.chorus-pro.gouv.fr/cpp/rechercheFactures');
      await expectShown(h.driver, { screen: 'unknown', step: null, target: null });
      expect(await countOverlay(h.driver, '[data-moe-card]')).toBe(0);
    });

    test('an automatic choice is undone with one click, and the user’s own choice then stands', async () => {
      await undoScenario(h.driver, h.model);
    });

    test('amount mistakes: a point, sums that do not add up, an ambiguous value — fixed in one click', async () => {
      await amountScenario(h.driver, h.model);
    });

    test('a supplier’s cadre chosen by the user: a warning on the field, fixed in one click', async () => {
      await cadreScenario(h.driver, h.model);
    });

    test('going back and forward keeps the progress', async () => {
      await backAndForthScenario(h.driver, h.model);
    });

    test('a step whose element is missing says so, and nothing breaks', async () => {
      await notFoundScenario(h.driver, h.model);
      expect(h.errors).toEqual([]);
    });
  });
}
