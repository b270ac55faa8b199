import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { createPortal, type Portal } from '../portal/handler.js';
import { type Layout, PortalModel, type Variant } from '../portal/model.js';
import { variantFor } from '../portal/variants.js';
import { FIREFOX_PATH, type Viewport } from './browsers.js';
import { puppeteerDriver } from './driver.js';

export const GECKO_ID = 'chorus-moe-assistant@chorus-moe.fr';
export const FIXED_UUID = '3f6b2c1e-5a4d-4e7b-9c1a-2b8d7e6f5a40';

export interface FirefoxSession {
  browser: Browser;
  portal: Portal;
  page: Page;
  /** One of the extension's own pages (popup, settings) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  close(): Promise<void>;
}

export interface ExtensionPage {
  page: Page;
  /** Closes the tab and brings the portal's tab back to the front. */
  close(): Promise<void>;
}

const PORTAL_URL = /^https:\/\/([a-z0-9-]+\.)*(chorus-pro\.gouv\.fr|example\.org)\//;

export async function servePortal(page: Page, portal: Portal): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!PORTAL_URL.test(request.url())) {
      await request.continue();
      return;
    }
    let body: Uint8Array | null = null;
    if (request.method() === 'POST') {
      const data = await request.fetchPostData();
      body = data === undefined ? null : Buffer.from(data, 'latin1');
    }
    const response = await portal.handle({
      method: request.method(),
      url: request.url(),
      headers: request.headers(),
      body,
    });
    await request.respond({
      status: response.status,
      headers: response.headers,
      body: typeof response.body === 'string' ? response.body : Buffer.from(response.body),
    });
  });
}

export async function launchFirefox(
  opts: { extension?: string; variant?: Variant; layout?: Layout; viewport?: Viewport; seed?: number } = {},
): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'moe-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      'intl.locale.requested': 'fr',
      'intl.accept_languages': 'fr-FR, fr',
      'browser.download.useDownloadDir': true,
      'browser.download.dir': profile,
      'browser.download.folderList': 2,
      'browser.download.always_ask_before_handling_new_types': false,
      // A downloaded PDF must be saved, not opened in a new tab (which would hide the portal's).
      'pdfjs.disabled': true,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.open_pdf_attachments_inline': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/pdf,application/xml',
      // Form history pops a list under typed fields, which hides the next control.
      'browser.formfill.enable': false,
    },
  });
  if (opts.extension) await browser.installExtension(opts.extension);
  const spec = opts.seed === undefined ? undefined : variantFor(opts.seed);
  const portal = createPortal(new PortalModel(spec?.base ?? opts.variant, opts.layout), spec);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(opts.viewport ?? { width: 1280, height: 900 });
  await servePortal(page, portal);
  return {
    browser,
    portal,
    page,
    openExtensionPage: async (path) => {
      const tab = await browser.newPage();
      // Navigating to a moz-extension:// page does not resolve over BiDi: start it, then
      // wait for its document.
      void tab.goto(`moz-extension://${FIXED_UUID}/${path}`).catch(() => undefined);
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        const ready = await tab
          .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
          .catch(() => false);
        if (ready) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return {
        page: tab,
        close: async () => {
          await tab.close();
          await page.bringToFront();
        },
      };
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The harness every shared suite takes, as `chromiumHarness` builds it, on Firefox. */
export async function firefoxHarness(extension: string | undefined, opts: { console?: boolean } = {}) {
  const session = await launchFirefox(extension ? { extension } : {});
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  if (opts.console) {
    session.page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
    });
  }
  return {
    session,
    driver: puppeteerDriver(session.page),
    model: session.portal.model,
    errors,
    pointer: {
      move: (x: number, y: number) => session.page.mouse.move(x, y),
      click: (x: number, y: number) => session.page.mouse.click(x, y),
    },
    key: (key: KeyInput) => session.page.keyboard.press(key),
    openPage: async (path: string) => {
      const tab = await session.openExtensionPage(path);
      return { driver: puppeteerDriver(tab.page), close: tab.close };
    },
    close: () => session.close(),
  };
}
