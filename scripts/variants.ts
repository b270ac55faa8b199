// `npm run test:variants -- --count 200 [--from 1000]`: the guided walk on many generated
// markups of the portal (e2e/portal/variants.ts) in Chromium, one after another, and the pass
// rate. `npm test` walks a fixed set of seeds; this sweeps further. Exit code 1 below 98 %.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeVariant, variantFor } from '../e2e/portal/variants.js';
import { launchChromium } from '../e2e/support/chromium.js';
import { playwrightDriver } from '../e2e/support/driver.js';
import { walkSeed } from '../e2e/support/generated-suite.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '50' }, from: { type: 'string', default: '1000' } },
});
const count = Number(values.count);
const from = Number(values.from);
const failed: { seed: number; why: string }[] = [];
const started = Date.now();
for (let seed = from; seed < from + count; seed++) {
  try {
    await walkSeed(seed, async (s) => {
      const session = await launchChromium({ seed: s, extension: resolve('dist/chrome') });
      return { driver: playwrightDriver(session.page), model: session.portal.model, close: () => session.close() };
    });
    process.stdout.write('.');
  } catch (error) {
    process.stdout.write('F');
    failed.push({ seed, why: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '' });
  }
}
const passed = count - failed.length;
const rate = (100 * passed) / count;
console.log(
  `\n\n${count} generated markups (seeds ${from}–${from + count - 1}) in ${Math.round((Date.now() - started) / 1000)} s`,
);
for (const f of failed) console.log(`✗ seed ${f.seed}: ${f.why.slice(0, 1500)}\n   ${describeVariant(variantFor(f.seed))}`);
console.log(`pass rate ${rate.toFixed(1)} %`);
console.log(`${passed} passed, ${failed.length} failed`);
process.exit(rate >= 98 ? 0 : 1);
