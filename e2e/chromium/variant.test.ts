// The same guided walk on another plausible markup of the portal (pages-alt.ts): the
// assistant must not depend on our replica's exact markup.
import { resolve } from 'node:path';
import { afterEach, describe, test } from 'vitest';
import { type ChromiumSession, launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { expectStatementSent } from '../support/expectations.js';
import { walkAllSteps } from '../support/walk.js';

describe('another markup of the portal, in Chromium', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
  });

  test('without the extension, the alternative replica takes the 23 steps too', async () => {
    session = await launchChromium({ variant: 'alt' });
    await walkAllSteps(playwrightDriver(session.page), session.portal.model, { assistant: false });
    expectStatementSent(session.portal.model);
  });

  test('with the assistant, every step is recognised, guided and its routine choices made', async () => {
    session = await launchChromium({ extension: resolve('dist/chrome'), variant: 'alt' });
    await walkAllSteps(playwrightDriver(session.page), session.portal.model, { assistant: true });
    expectStatementSent(session.portal.model);
  });
});
