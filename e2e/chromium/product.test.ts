import { rmSync } from 'node:fs';
import { chromiumHarness } from '../support/chromium.js';
import { packagePath, productSuite, unpacked } from '../support/product-suite.js';

productSuite('Chromium', async () => {
  const dir = unpacked(packagePath('chrome'));
  const h = await chromiumHarness(dir);
  return {
    ...h,
    close: async () => {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
