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
  /** Focuses an element and presses a key on it, as a keyboard user does. */
  press(selector: string, key: string): Promise<void>;
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

/** What each browser library does its own way; the rest of a Driver is built on these. */
type Primitives = Omit<Driver, 'goto' | 'clickAndWait' | 'reload' | 'back' | 'forward'> & {
  /** Starts a navigation (or any action that loads a page) and resolves when it is under way. */
  load(action: 'goto' | 'reload' | 'back' | 'forward', url?: string): Promise<unknown>;
};

/** Adds the page loads, each settled past any redirect, to a browser's primitives. */
function driverFrom(p: Primitives): Driver {
  const settle = () => p.waitFor(arrived, undefined);
  const driver: Driver = {
    ...p,
    // When the page leaves no free place, the card folds into its pill « Étape N »: a user
    // opens it first to reach the card's buttons.
    // The card also follows the page as it scrolls to the new target: wait for it to settle.
    async clickInOverlay(selector) {
      const state = (sel: string) =>
        p.evaluate((sel) => {
          const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
          const el = root?.querySelector(sel) as HTMLElement | null | undefined;
          const folded = !!root?.querySelector('[data-moe-card].moe-folded') && !!root?.querySelector('[data-moe-action="show"]');
          const r = el?.getBoundingClientRect();
          const shown = !!el && !!r && r.width > 0 && getComputedStyle(el).visibility !== 'hidden';
          return `${folded}|${shown}|${r ? Math.round(r.left) : ''},${r ? Math.round(r.top) : ''}`;
        }, sel);
      if (selector.includes('data-moe-action') && !selector.includes('"show"')) {
        let last = '';
        for (let i = 0; i < 20; i++) {
          const now = await state(selector);
          if (now === last) break;
          last = now;
          await new Promise((r) => setTimeout(r, 150));
        }
        if (last.startsWith('true|')) await p.clickInOverlay('[data-moe-action="show"]');
      }
      await p.clickInOverlay(selector);
    },
    async goto(url) {
      await p.load('goto', url);
      await settle();
    },
    async clickAndWait(selector) {
      await p.evaluate(markPage, undefined);
      await p.click(selector);
      await settle();
    },
    async reload() {
      await p.evaluate(markPage, undefined);
      await p.load('reload');
      await settle();
    },
    async back() {
      await p.load('back');
      await settle();
    },
    async forward() {
      await p.load('forward');
      await settle();
    },
  };
  return traced(driver);
}

/** Both libraries' pages name their page loads alike. */
interface Navigable {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  goBack(): Promise<unknown>;
  goForward(): Promise<unknown>;
}

function load(page: Navigable, action: 'goto' | 'reload' | 'back' | 'forward', url = ''): Promise<unknown> {
  if (action === 'goto') return page.goto(url);
  if (action === 'reload') return page.reload();
  return action === 'back' ? page.goBack() : page.goForward();
}

export function playwrightDriver(page: PlaywrightPage): Driver {
  return driverFrom({
    browserName: 'chromium',
    load: (action, url) => load(page, action, url),
    click: async (selector) => {
      await page.click(selector);
    },
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    press: (selector, key) => page.press(selector, key),
    clear: (selector) => page.fill(selector, ''),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    upload: (selector, fileName, content) => page.setInputFiles(selector, fileOnDisk(fileName, content)),
    // Playwright's CSS engine crosses open shadow roots.
    clickInOverlay: (selector) => page.click(`#chorus-moe-assistant ${selector}`),
    evaluate: <T, A>(fn: (arg: A) => T, arg: A) => page.evaluate(fn as (arg: unknown) => T, arg as unknown) as Promise<T>,
    waitFor: async <A>(fn: (arg: A) => boolean, arg: A, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as (arg: unknown) => boolean, arg as unknown, { timeout: timeoutMs });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    url: () => page.url(),
  });
}

export function puppeteerDriver(page: PuppeteerPage): Driver {
  return driverFrom({
    browserName: 'firefox',
    // A reload as the user's F5 does it: in the walk's tab, after its download, puppeteer's
    // reload() and goto() over WebDriver BiDi never settled in Firefox ESR (30 s timeouts).
    load: (action, url) =>
      action === 'reload'
        ? page.evaluate(() => setTimeout(() => location.reload())).then(() => undefined)
        : load(page, action, url),
    // A user clicks in the tab they look at: in another tab, puppeteer's click waited in vain
    // for Firefox to show the element (30 s, now and then, in the tabs suite).
    click: async (selector) => {
      await page.bringToFront();
      await page.locator(selector).click();
    },
    type: async (selector, text) => {
      // Focus as a click would; puppeteer's click checks trip over Firefox's form-history popup.
      // The page may render its form late (generated variants): wait for the field first.
      await page.waitForSelector(selector);
      await page.$eval(selector, (el) => (el as HTMLElement).focus());
      await page.keyboard.type(text);
    },
    press: async (selector, key) => {
      await page.waitForSelector(selector);
      await page.$eval(selector, (el) => (el as HTMLElement).focus());
      await page.keyboard.press(key as never);
    },
    clear: (selector) => page.locator(selector).fill(''),
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    upload: async (selector, fileName, content) => {
      const input = await page.waitForSelector(selector);
      if (!input) throw new Error(`no file input ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(fileOnDisk(fileName, content));
    },
    clickInOverlay: (selector) => page.locator(`pierce/${selector}`).click(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    url: () => page.url(),
  });
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
