// One small interface over Playwright (Chromium) and puppeteer-core (Firefox), so that the
// scripted user's walk is written once and run in both browsers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  /** A user's click on a page element. */
  click(selector: string): Promise<void>;
  /** A click that loads a new page: resolves once the next page (past any redirect) is loaded. */
  clickAndWait(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  clear(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  upload(selector: string, fileName: string, content: string): Promise<void>;
  /** A click inside the assistant's shadow root. */
  clickInOverlay(selector: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  screenshot(path: string): Promise<void>;
  url(): string;
}

const files = mkdtempSync(join(tmpdir(), 'moe-files-'));

function fileOnDisk(fileName: string, content: string): string {
  const path = join(files, fileName);
  writeFileSync(path, content);
  return path;
}

// The page we leave carries this mark; the next page (a new document) does not.
function markPage(): void {
  (window as unknown as { __moeLeaving?: boolean }).__moeLeaving = true;
}
function arrived(): boolean {
  return (
    !(window as unknown as { __moeLeaving?: boolean }).__moeLeaving &&
    document.readyState === 'complete' &&
    !document.querySelector('meta[http-equiv="refresh"]')
  );
}

export function playwrightDriver(page: PlaywrightPage): Driver {
  const driver: Driver = {
    browserName: 'chromium',
    async goto(url) {
      await page.goto(url);
      await driver.waitFor(arrived, undefined);
    },
    async click(selector) {
      await page.click(selector);
    },
    async clickAndWait(selector) {
      await page.evaluate(markPage);
      await page.click(selector);
      await driver.waitFor(arrived, undefined);
    },
    async type(selector, text) {
      await page.locator(selector).pressSequentially(text);
    },
    async clear(selector) {
      await page.fill(selector, '');
    },
    async select(selector, value) {
      await page.selectOption(selector, value);
    },
    async upload(selector, fileName, content) {
      await page.setInputFiles(selector, fileOnDisk(fileName, content));
    },
    async clickInOverlay(selector) {
      // Playwright's CSS engine crosses open shadow roots.
      await page.click(`#chorus-moe-assistant ${selector}`);
    },
    evaluate: <T, A>(fn: (arg: A) => T, arg: A) => page.evaluate(fn as (arg: unknown) => T, arg as unknown) as Promise<T>,
    async waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs = 10_000) {
      await page.waitForFunction(fn as (arg: unknown) => boolean, arg as unknown, { timeout: timeoutMs });
    },
    async reload() {
      await page.reload();
      await driver.waitFor(arrived, undefined);
    },
    async back() {
      await page.goBack();
      await driver.waitFor(arrived, undefined);
    },
    async forward() {
      await page.goForward();
      await driver.waitFor(arrived, undefined);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    url: () => page.url(),
  };
  return traced(driver);
}

/** With MOE_E2E_TRACE=1, every driver call prints its duration. */
function traced(driver: Driver): Driver {
  if (!process.env.MOE_E2E_TRACE) return driver;
  return new Proxy(driver, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function' || key === 'url') return value;
      return async (...args: unknown[]) => {
        const start = Date.now();
        try {
          return await value.apply(target, args);
        } finally {
          console.log(
            `${target.browserName} ${String(key)}(${typeof args[0] === 'string' ? args[0] : ''}) ${Date.now() - start} ms`,
          );
        }
      };
    },
  });
}

export function puppeteerDriver(page: PuppeteerPage): Driver {
  const driver: Driver = {
    browserName: 'firefox',
    async goto(url) {
      await page.goto(url);
      await driver.waitFor(arrived, undefined);
    },
    async click(selector) {
      await page.locator(selector).click();
    },
    async clickAndWait(selector) {
      await page.evaluate(markPage);
      await page.locator(selector).click();
      await driver.waitFor(arrived, undefined);
    },
    async type(selector, text) {
      // Focus as a click would; puppeteer's click checks trip over Firefox's form-history popup.
      await page.$eval(selector, (el) => (el as HTMLElement).focus());
      await page.keyboard.type(text);
    },
    async clear(selector) {
      await page.locator(selector).fill('');
    },
    async select(selector, value) {
      await page.select(selector, value);
    },
    async upload(selector, fileName, content) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no file input ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(fileOnDisk(fileName, content));
    },
    async clickInOverlay(selector) {
      await page.locator(`pierce/${selector}`).click();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
    async reload() {
      await page.reload();
      await driver.waitFor(arrived, undefined);
    },
    async back() {
      await page.goBack();
      await driver.waitFor(arrived, undefined);
    },
    async forward() {
      await page.goForward();
      await driver.waitFor(arrived, undefined);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    url: () => page.url(),
  };
  return traced(driver);
}
