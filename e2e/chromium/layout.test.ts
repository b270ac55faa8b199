import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { playwrightDriver } from '../support/driver.js';
import { coveredByAssistant, layoutSuite } from '../support/layout-suite.js';

const GUARDED = /“(Refuser|Valider et envoyer)/;

layoutSuite('Chromium', async ({ viewport, layout }) => {
  const session = await launchChromium({ extension: resolve('dist/chrome'), viewport, layout });
  const driver = playwrightDriver(session.page);
  return {
    driver,
    model: session.portal.model,
    // Playwright's own check that a click would land on the control (no `force`), then ours.
    // A trial click still sends trusted mouse events (Playwright stops them in its own listener,
    // which runs after the guard's): on the two guarded actions it would open the guard's window,
    // as a user's click does. Those two are checked by `coveredByAssistant` alone.
    unreached: async () => {
      const out: string[] = [];
      for (const probe of await session.page.locator('[data-moe-probe]').all()) {
        if (GUARDED.test((await probe.getAttribute('data-moe-probe')) ?? '')) continue;
        try {
          await probe.click({ trial: true, timeout: 1500 });
        } catch (error) {
          out.push(
            `${await probe.getAttribute('data-moe-probe')}: ${
              String(error)
                .split('\n')
                .find((l) => l.includes('intercepts')) ?? 'not clickable'
            }`,
          );
        }
      }
      return [...out, ...(await coveredByAssistant(driver))];
    },
    close: () => session.close(),
  };
});
