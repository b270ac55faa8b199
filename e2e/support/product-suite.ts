// The finished product, written once and run in each browser: the store packages that
// `npm run package` made (not dist/) carry the whole 23-step walk.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { artifactPath, type Package } from '../../scripts/artifacts.js';
import { unzip } from '../../scripts/zip.js';
import { HOME_URL } from '../portal/pages.js';
import type { Harness } from './assistant-suite.js';
import type { Driver } from './driver.js';
import { expectStatementSent } from './expectations.js';
import { expectShown, INVOICE_NUMBER, STATEMENT_NUMBER, walkAllSteps } from './walk.js';

export interface ProductHarness extends Harness {
  /** A page of the extension (popup, settings), in a tab of its own; the portal's tab stays as it is. */
  openPage(path: string): Promise<{ driver: Driver; close(): Promise<void> }>;
}

/** A moz-extension:// page may still be loading when asked: poll until it shows this. */
async function waitForElement(driver: Driver, selector: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await driver.evaluate((sel) => !!document.querySelector(sel), selector).catch(() => false))) {
    if (Date.now() > end) throw new Error(`the extension page did not show ${selector}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the replica shows or the walk types on the results and the form: never in a diagnostic. */
const PERSONAL = [INVOICE_NUMBER, STATEMENT_NUMBER, '26/11/2026', 'KERDREUX', 'MAÇONNERIE', '12 345,67', '14 814,80', 'LE GOFF'];

interface Copied {
  status: string;
  text: string;
}

/** Clicks « Copier le diagnostic » in the popup and reads what it says and what it copied. */
async function copyDiagnostic(h: ProductHarness): Promise<Copied> {
  const popup = await h.openPage('src/popup/index.html');
  try {
    await waitForElement(popup.driver, '[data-moe-diagnostic-copy]');
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

    test('settings: an imported file is validated, its help contact shows at the foot of the card, progress can be cleared', async () => {
      h = await launchPackaged();
      const options = await h.openPage('src/options/index.html');
      const notice = () =>
        options.driver.evaluate(
          () => document.querySelector('[data-moe-data-notice]')?.getAttribute('data-moe-data-notice'),
          undefined,
        );
      await waitForElement(options.driver, '[data-moe-import]');
      await options.driver.upload('[data-moe-import]', 'autre.json', '{"format":"autre/1","settings":{}}');
      await options.driver.waitFor(() => !!document.querySelector('[data-moe-data-notice="optionsImportBad"]'), undefined);
      const file = {
        format: 'chorus-moe-settings/1',
        settings: { defaultCadre: 'A17', disabled: [], help: { name: 'Service achats', phone: '02 98 00 00 00', email: '' } },
      };
      await options.driver.upload('[data-moe-import]', 'reglages.json', JSON.stringify(file));
      await options.driver.waitFor(() => !!document.querySelector('[data-moe-data-notice="optionsImported"]'), undefined);
      await options.driver.waitFor(
        () => document.querySelector<HTMLInputElement>('[data-moe-help="name"]')?.value === 'Service achats',
        undefined,
      );
      await options.driver.click('[data-moe-reset]');
      await options.driver.click('[data-moe-reset-confirm]');
      await options.driver.waitFor(() => !!document.querySelector('[data-moe-data-notice="optionsResetDone"]'), undefined);
      expect(await notice()).toBe('optionsResetDone');
      await options.close();

      await h.driver.goto(HOME_URL);
      await expectShown(h.driver, { screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
      const footer = await h.driver.evaluate(
        () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-help]')?.textContent ?? '',
        undefined,
      );
      expect(footer).toContain('Service achats');
      expect(footer).toContain('02 98 00 00 00');
    });
  });
}
