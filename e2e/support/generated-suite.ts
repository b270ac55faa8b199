// The guided walk on generated markups of the portal (e2e/portal/variants.ts): each seed is
// another plausible portal. A failure names its seed and what the seed changed; replay one
// with `VARIANT_SEED=N npm run test:e2e`.
import { afterEach, describe, test } from 'vitest';
import { describeVariant, variantFor } from '../portal/variants.js';
import { expectStatementSent } from './expectations.js';
import { drawnCadreScenario } from './scenarios.js';
import type { VariantSession } from './variant-suite.js';
import { walkAllSteps } from './walk.js';

/**
 * Seeds of the sweep (`npm run test:variants`) that found a class the first seeds do not draw,
 * walked by `npm test` once fixed so that the class stays fixed: 1294 (an open select's options
 * below the window's title), 1309 (a drawn list whose texts are bound late), 1321 (a designation
 * judged before the file's name it repeats is shown).
 */
export const SWEEP_SEEDS = [1294, 1309, 1321];

/** The seeds `npm test` walks: fixed, so that a red run can be replayed. */
export function ciSeeds(count: number, kept: readonly number[] = []): number[] {
  const only = process.env.VARIANT_SEED;
  if (only) return only.split(',').map(Number);
  return [...Array.from({ length: count }, (_, i) => 1 + i), ...kept];
}

/**
 * Seeds whose cadre is a select drawn by script: as PrimeFaces draws it, its list offering « — »
 * (4); as Material (3), Vuetify (13) and MUI (19) draw theirs, without. Checked by the unit tests.
 */
export const DRAWN_CADRE_SEEDS = [4, 3, 13, 19];

/** Walks the 23 steps with the assistant on one generated markup; throws with the seed in the message. */
export async function walkSeed(seed: number, launch: (seed: number) => Promise<VariantSession>): Promise<void> {
  const session = await launch(seed);
  try {
    await walkAllSteps(session.driver, session.model, { assistant: true });
    expectStatementSent(session.model);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The cause keeps where in the walk it failed (its stack).
    throw new Error(`seed ${seed} (${describeVariant(variantFor(seed))}): ${message}`, { cause: error });
  } finally {
    await session.close();
  }
}

export function generatedSuite(
  browser: string,
  count: number,
  launch: (seed: number) => Promise<VariantSession>,
  kept: readonly number[] = [],
): void {
  describe(`generated markups of the portal, in ${browser}`, () => {
    let open: VariantSession | undefined;
    afterEach(async () => {
      await open?.close();
      open = undefined;
    });
    // Four seeds drawing the cadre by script (DRAWN_CADRE_SEEDS): one whose list offers « — », three without.
    test.each(DRAWN_CADRE_SEEDS)('seed %i: a cadre drawn by script chosen, undone, then chosen by the user', async (seed) => {
      open = await launch(seed);
      await drawnCadreScenario(open.driver, open.model);
    });

    test.each(ciSeeds(count, kept))('seed %i: the whole walk is guided and the état d’acompte sent', async (seed) => {
      await walkSeed(seed, async (s) => {
        open = await launch(s);
        const session = open;
        return {
          ...session,
          close: async () => {
            open = undefined;
            await session.close();
          },
        };
      });
    });
  });
}
