import { resolve } from 'node:path';
import type { KeyInput } from 'puppeteer-core';
import { a11ySuite } from '../support/a11y-suite.js';
import { puppeteerDriver } from '../support/driver.js';
import { launchFirefox } from '../support/firefox.js';

a11ySuite(
  'Firefox',
  async () => {
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
      beforeEveryPage: async (fn) => {
        await session.page.evaluateOnNewDocument(fn);
      },
      close: () => session.close(),
    };
  },
  { focusReturn: false },
);
