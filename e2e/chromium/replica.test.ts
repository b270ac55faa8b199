// The replica itself, without the extension: a scripted user can walk all 23 steps and the
// portal records the état d'acompte as the real one would receive it.
import { afterEach, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { walkAllSteps } from '../support/walk.js';

describe('replica portal in Chromium, without the extension', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
  });

  test('a scripted MOE walks the 23 steps and the replica records the sent état d’acompte', async () => {
    session = await launchChromium();
    await walkAllSteps(playwrightDriver(session.page), session.portal.model, { assistant: false });
    expectStatementSent(session.portal.model);
    expect(session.portal.model.searches[0]).toMatchObject({ role: 'MOE', structure: '25123' });
  });
});
