// The replica without the extension, in Firefox ESR: the same 23-step walk.
import { afterEach, describe, test } from 'vitest';
import { puppeteerDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { type FirefoxSession, launchFirefox } from '../support/firefox.js';
import { walkAllSteps } from '../support/walk.js';

describe('replica portal in Firefox, without the extension', () => {
  let session: FirefoxSession | undefined;
  afterEach(async () => {
    await session?.close();
  });

  test('a scripted MOE walks the 23 steps and the replica records the sent état d’acompte', async () => {
    session = await launchFirefox();
    await walkAllSteps(puppeteerDriver(session.page), session.portal.model, { assistant: false });
    expectStatementSent(session.portal.model);
  });
});
