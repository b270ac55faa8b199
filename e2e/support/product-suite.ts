// The finished product, written once and run in each browser: the store packages that
// `npm run package` made (not dist/) carry the whole 23-step walk.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { artifactPath, type Package } from '../../scripts/artifacts.js';
import { unzip } from '../../scripts/zip.js';
import type { Harness } from './assistant-suite.js';
import type { Driver } from './driver.js';
import { expectStatementSent } from './expectations.js';
import { INVOICE_NUMBER, STATEMENT_NUMBER, walkAllSteps } from './walk.js';

export interface ProductHarness extends Harness {
  /** The extension's popup, in a tab of its own (the portal's tab stays as it is). */
  openPopup(): Promise<{ driver: Driver; close(): Promise<void> }>;
}

/** What the replica shows or the walk types on the results and the form: never in a diagnostic. */
const PERSONAL = [INVOICE_NUMBER, STATEMENT_NUMBER, '26/11/2026', 'KERDREUX', 'MAÇONNERIE', '12 345,67', '14 814,80', 'LE GOFF'];

interface Copied {
  status: string;
  text: string;
}

/** Clicks « Copier le diagnostic » in the popup and reads what it says and what it copied. */
async function copyDiagnostic(h: ProductHarness): Promise<Copied> {
  const popup = await h.openPopup();
  try {
    // A moz-extension:// page may still be loading: poll until its button is there.
    const end = Date.now() + 15_000;
    while (
      !(await popup.driver.evaluate(() => !!document.querySelector('[data-moe-diagnostic-copy]'), undefined).catch(() => false))
    ) {
      if (Date.now() > end) throw new Error('the popup did not show its diagnostic button');
      await new Promise((r) => setTimeout(r, 100));
    }
    await popup.driver.click('[data-moe-diagnostic-copy]');
    await popup.driver.waitFor(
      () => !!document.querySelector('[data-moe-diagnostic-status]:not([data-moe-diagnostic-status=""])'),
      undefined,
    );
    return await popup.driver.evaluate(
      () => ({
        status: document.querySelector('[data-moe-diagnostic-status]')?.getAttribute('data-moe-diagnostic-status') ?? '',
        text: document.querySelector('[data-moe-diagnostic]')?.textContent ?? '',
      }),
      undefined,
    );
  } finally {
    await popup.close();
  }
}

function expectDiagnostic(copied: Copied, screen: string, found: string[]): void {
  // Headless browsers may refuse the clipboard: then the popup shows the text to copy by hand.
  expect(['copied', 'notCopied']).toContain(copied.status);
  const diagnostic = JSON.parse(copied.text) as { screen: string; locators: { locator: string; found: boolean }[] };
  expect(diagnostic.screen).toBe(screen);
  for (const id of found) expect(diagnostic.locators.find((l) => l.locator === id)?.found, id).toBe(true);
  for (const secret of PERSONAL) expect(copied.text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
}

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

export function productSuite(browser: string, launchPackaged: () => Promise<ProductHarness>): void {
  describe(`the store package in ${browser}`, () => {
    let h: ProductHarness | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    test('the packaged extension guides the whole 23-step walk; its diagnostic describes the page and nothing personal', async () => {
      h = await launchPackaged();
      const s = h;
      const seen = new Set<number>();
      await walkAllSteps(s.driver, s.model, {
        assistant: true,
        at: async (step) => {
          if (seen.has(step)) return;
          seen.add(step);
          if (step === 8) expectDiagnostic(await copyDiagnostic(s), 'works-results', ['results.table', 'results.numberLink']);
          if (step === 17)
            expectDiagnostic(await copyDiagnostic(s), 'invoice-form', ['form.number', 'form.date', 'form.amounts']);
        },
      });
      expectStatementSent(h.model);
      expect(h.errors).toEqual([]);
    });
  });
}
