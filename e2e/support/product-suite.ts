// The finished product, written once and run in each browser: the store packages that
// `npm run package` made (not dist/) carry the whole 23-step walk.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { artifactPath, type Package } from '../../scripts/artifacts.js';
import { unzip } from '../../scripts/zip.js';
import type { Harness } from './assistant-suite.js';
import { expectStatementSent } from './expectations.js';
import { walkAllSteps } from './walk.js';

/** A package of the current version, or a plain failure that says how to make it. */
export function packagePath(kind: Exclude<Package, 'sources'>): string {
  const path = resolve(artifactPath(kind));
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run package\` first (npm test does it).`);
  return path;
}

/** The Chrome zip unpacked in a scratch folder, as a user does before « Load unpacked ». */
export function unpacked(zipPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'moe-unpacked-'));
  for (const entry of unzip(readFileSync(zipPath))) {
    const file = join(dir, entry.name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, entry.data);
  }
  return dir;
}

export function productSuite(browser: string, launchPackaged: () => Promise<Harness>): void {
  describe(`the store package in ${browser}`, () => {
    let h: Harness | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    test('the packaged extension guides the whole 23-step walk, and the replica receives the état d’acompte', async () => {
      h = await launchPackaged();
      await walkAllSteps(h.driver, h.model, { assistant: true });
      expectStatementSent(h.model);
      expect(h.errors).toEqual([]);
    });
  });
}
