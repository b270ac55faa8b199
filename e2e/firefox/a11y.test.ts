import { resolve } from 'node:path';
import type { KeyInput } from 'puppeteer-core';
import { a11ySuite } from '../support/a11y-suite.js';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';

a11ySuite('Firefox', async () => {
  const session = await launchFirefox({ extension: resolve('dist/firefox') });
  const keyboard = session.page.keyboard;
  return {
    driver: puppeteerDriver(session.page),
    model: session.portal.model,
    press: async (keys) => {
      const parts = keys.split('+') as KeyInput[];
      const key = parts.pop() as KeyInput;
      for (const m of parts) await keyboard.down(m);
      await keyboard.press(key);
      for (const m of parts.reverse()) await keyboard.up(m);
    },
    // Firefox driven over WebDriver BiDi does not turn Enter into a button's click (its
    // headless window is never the active one): the user's pointer clicks the focused button.
    activate: async () => {
      const at = await session.page.evaluate(() => {
        const r = document.getElementById('chorus-moe-assistant')?.shadowRoot?.activeElement?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      if (!at) throw new Error('no button of the assistant has focus');
      await session.page.mouse.click(at.x, at.y);
    },
    beforeEveryPage: async (fn) => {
      await session.page.evaluateOnNewDocument(fn);
    },
    close: () => session.close(),
  };
});
