// The same 23-step walk on another plausible markup of the portal (pages-alt.ts), in each
// browser: the assistant must not depend on our replica's exact markup.
import { afterEach, describe, test } from 'vitest';
import type { PortalModel } from '../portal/model.js';
import type { Driver } from './driver.js';
import { expectStatementSent } from './expectations.js';
import { modalWindowScenario } from './scenarios.js';
import { walkAllSteps } from './walk.js';

export interface VariantSession {
  driver: Driver;
  model: PortalModel;
  close(): Promise<void>;
}

/** `launch(true)` loads the extension, `launch(false)` does not; both serve the other markup. */
export function variantSuite(browser: string, launch: (withExtension: boolean) => Promise<VariantSession>): void {
  describe(`another markup of the portal, in ${browser}`, () => {
    let session: VariantSession | undefined;
    afterEach(async () => {
      await session?.close();
      session = undefined;
    });

    test('without the extension, the alternative replica takes the 23 steps too', async () => {
      session = await launch(false);
      await walkAllSteps(session.driver, session.model, { assistant: false });
      expectStatementSent(session.model);
    });

    test('with the assistant, every step is recognised, guided and its routine choices made', async () => {
      session = await launch(true);
      await walkAllSteps(session.driver, session.model, { assistant: true });
      expectStatementSent(session.model);
    });

    test('a window opened as a modal <dialog>: the notices’ « Annuler » and the card stay usable', async () => {
      session = await launch(true);
      await modalWindowScenario(session.driver, session.model);
    });
  });
}
