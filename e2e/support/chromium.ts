import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createPortal, type Portal } from '../portal/handler.js';
import { type Layout, PortalModel, type Variant } from '../portal/model.js';
import { variantFor } from '../portal/variants.js';
import { CHROMIUM_PATH, type Viewport } from './browsers.js';
import { playwrightDriver } from './driver.js';

export interface ChromiumSession {
  context: BrowserContext;
  portal: Portal;
  extensionId: string | null;
  page: Page;
  /** One of the extension's own pages (popup, settings) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Serves the replica at the real origins, and an unrelated site at example.org. */
export async function routePortal(context: BrowserContext, portal: Portal): Promise<void> {
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(chorus-pro\.gouv\.fr|example\.org)\//, async (route) => {
    const request = route.request();
    const response = await portal.handle({
      method: request.method(),
      url: request.url(),
      headers: await request.allHeaders(),
      body: request.postDataBuffer(),
    });
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      // Chromium does not route the request that follows a fulfilled redirect (it goes to
      // DNS and fails), so the redirect is played as a refresh, which is routed.
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta http-equiv="refresh" content="0;url=${location}"><title>Redirection</title>`,
      });
      return;
    }
    await route.fulfill({
      status: response.status,
      headers: response.headers,
      body: typeof response.body === 'string' ? response.body : Buffer.from(response.body),
    });
  });
}

export async function launchChromium(
  opts: {
    extension?: string;
    headless?: boolean;
    variant?: Variant;
    layout?: Layout;
    viewport?: Viewport;
    seed?: number;
    /** The browser's language: French unless a test asks for an English browser. */
    english?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    opts.english ? '--lang=en-US' : '--lang=fr-FR',
  ];
  if (opts.extension) args.push(`--disable-extensions-except=${opts.extension}`, `--load-extension=${opts.extension}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args,
    locale: opts.english ? 'en-US' : 'fr-FR',
    // On Linux, Chromium takes its UI language (and so the extension's) from the environment.
    env: opts.english
      ? { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en' }
      : { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr_FR:fr' },
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const spec = opts.seed === undefined ? undefined : variantFor(opts.seed);
  const portal = createPortal(new PortalModel(spec?.base ?? opts.variant, opts.layout), spec);
  await routePortal(context, portal);
  let extensionId: string | null = null;
  if (opts.extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const openExtensionPage = async (path: string) => {
    const tab = await context.newPage();
    await tab.goto(`chrome-extension://${extensionId}/${path}`);
    return tab;
  };
  return { context, portal, extensionId, page, openExtensionPage, close: () => context.close() };
}

/**
 * The harness every shared suite takes, on a Chromium session with the extension at `dir`
 * (or none): the page's driver, its uncaught errors (and, with `console`, its console errors
 * and the assistant's own log lines), the real mouse and keys, the extension's pages.
 */
export async function chromiumHarness(dir: string | undefined, opts: { console?: boolean } = {}) {
  const session = await launchChromium(dir ? { extension: dir } : {});
  const errors: string[] = [];
  session.page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (opts.console) {
    session.page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('[Chorus MOE]')) errors.push(`console.${m.type()}: ${m.text()}`);
    });
  }
  return {
    session,
    driver: playwrightDriver(session.page),
    model: session.portal.model,
    errors,
    pointer: {
      move: (x: number, y: number) => session.page.mouse.move(x, y),
      click: (x: number, y: number) => session.page.mouse.click(x, y),
    },
    key: (key: string) => session.page.keyboard.press(key),
    openPage: async (path: string) => {
      const tab = await session.openExtensionPage(path);
      return { driver: playwrightDriver(tab), close: () => tab.close() };
    },
    close: () => session.close(),
  };
}
