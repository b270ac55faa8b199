// Several portal tabs open at once, as an MOE works (the results list in one tab, invoices
// in others): the tabs must not fight over the stored progress, and the popup must show
// the invoice of the tab the user works in. Written once, run in each browser.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PortalModel } from '../portal/model.js';
import { CPRO, IDP, LOGIN_URL, WORKS } from '../portal/pages.js';
import type { Driver } from './driver.js';

export interface ExtensionPage {
  evaluate<T>(fn: () => T): Promise<T>;
  close(): Promise<void>;
}

export interface Tab extends Driver {
  /** Whether the sub-frame whose address starts so holds the assistant; null: no such frame (yet). */
  frameHasAssistant(urlStart: string): Promise<boolean | null>;
}

export interface TabsSession {
  model: PortalModel;
  /** A new tab, the replica served, on this address (loaded). */
  openTab(url: string): Promise<Tab>;
  /** A new tab on one of the extension's pages, once its document is there. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  close(): Promise<void>;
}

const POPUP = 'src/popup/index.html';
const detail = (id: string) => `${WORKS}/consulter?idFactureTravaux=${id}`;

/** Every storage change any context sees, counted by an extension page listening to them all. */
function countWrites(): number {
  const w = window as unknown as {
    __moeWrites?: number;
    chrome: { storage: { onChanged: { addListener(fn: (changes: object) => void): void } } };
  };
  if (w.__moeWrites === undefined) {
    w.__moeWrites = 0;
    w.chrome.storage.onChanged.addListener((changes) => {
      w.__moeWrites = (w.__moeWrites ?? 0) + Object.keys(changes).length;
    });
  }
  return w.__moeWrites;
}

async function waitForScreen(driver: Driver, screen: string): Promise<void> {
  await driver.waitFor((s) => document.getElementById('chorus-moe-assistant')?.getAttribute('data-screen') === s, screen, 20_000);
}

async function popupInvoice(session: TabsSession, expected: string): Promise<string> {
  const popup = await session.openExtensionPage(POPUP);
  const end = Date.now() + 10_000;
  let text = '';
  while (Date.now() < end) {
    text = await popup.evaluate(() => document.querySelector('[data-moe-invoice]')?.textContent ?? '').catch(() => '');
    if (text.includes(expected)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await popup.close();
  return text;
}

export function tabsSuite(browser: string, launch: () => Promise<TabsSession>): void {
  describe(`several portal tabs in ${browser}`, () => {
    let session: TabsSession;
    beforeEach(async () => {
      session = await launch();
      session.model.loggedIn = true;
      session.model.criteria = { role: 'MOE', structure: '25123', numero: '', statut: '' };
    });
    afterEach(async () => {
      await session.close();
    });

    test('two invoices and the results list left open 10 s: at most 5 storage writes; the popup follows the tab at hand', async () => {
      const counter = await session.openExtensionPage(POPUP);
      expect(await counter.evaluate(countWrites)).toBe(0);

      const first = await session.openTab(detail('880101'));
      const second = await session.openTab(detail('880102'));
      const results = await session.openTab(`${WORKS}/recherche`);
      await waitForScreen(first, 'invoice-detail');
      await waitForScreen(second, 'invoice-detail');
      await waitForScreen(results, 'works-results');
      const stepOf = (tab: Driver) =>
        tab.evaluate(() => document.getElementById('chorus-moe-assistant')?.getAttribute('data-step') ?? '', null);
      const steps = await Promise.all([first, second, results].map(stepOf));
      await new Promise((r) => setTimeout(r, 10_000));

      const writes = await counter.evaluate(countWrites);
      // The detail pages' facts (supplier, date) are stored once: the counter does see writes.
      expect(writes, 'storage writes while three tabs load and stay open 10 s').toBeGreaterThan(0);
      expect(writes, 'storage writes while three tabs load and stay open 10 s').toBeLessThanOrEqual(5);
      await counter.close();

      // No tab's step moved while nobody did anything.
      expect(await Promise.all([first, second, results].map(stepOf))).toEqual(steps);

      // The user works in one tab, then in the other: the popup shows that tab's invoice.
      await first.click('h1');
      expect(await popupInvoice(session, 'FT-2026-0142')).toContain('FT-2026-0142');
      await second.click('h1');
      expect(await popupInvoice(session, 'FT-2026-0139')).toContain('FT-2026-0139');
    });

    test('two invoices processed alternately in two tabs keep separate progress; the popup lists the most urgent first', async () => {
      const first = await session.openTab(detail('880101'));
      const second = await session.openTab(detail('880102'));
      await waitForScreen(first, 'invoice-detail');
      await waitForScreen(second, 'invoice-detail');
      const stepOf = (tab: Driver) =>
        tab.evaluate(() => document.getElementById('chorus-moe-assistant')?.getAttribute('data-step') ?? '', null);

      await first.clickAndWait('[data-qa="process"]');
      await waitForScreen(first, 'certificate-upload');
      await second.reload();
      await waitForScreen(second, 'invoice-detail');
      expect(await stepOf(second), 'the other invoice is still at its own step').toBe('9');

      await second.clickAndWait('[data-qa="process"]');
      await waitForScreen(second, 'certificate-upload');
      await first.upload('[data-qa="certificate-file"]', 'etat-acompte.pdf', '%PDF-1.4');
      await first.clickAndWait('[data-qa="import"]');
      await first.waitFor(
        () => Number(document.getElementById('chorus-moe-assistant')?.getAttribute('data-step') ?? 0) >= 13,
        undefined,
      );
      await second.reload();
      await waitForScreen(second, 'certificate-upload');
      expect(await stepOf(second), 'no certificate imported for the second invoice').toBe('11');

      const popup = await session.openExtensionPage(POPUP);
      const end = Date.now() + 10_000;
      let order: string[] = [];
      while (Date.now() < end && order.length < 2) {
        order = await popup.evaluate(() =>
          Array.from(document.querySelectorAll('[data-moe-urgent] [data-moe-invoice-item]')).map(
            (li) => li.getAttribute('data-moe-invoice-item') ?? '',
          ),
        );
        await new Promise((r) => setTimeout(r, 100));
      }
      await popup.close();
      // Made available on 20/11 and 24/11: the older one is due first, whatever today is.
      expect(order).toEqual(['FT-2026-0139', 'FT-2026-0142']);
    });

    test('the application shown in frames: the card in the frame that shows the screen, none on the top page; the popup follows that frame', async () => {
      const path = `${new URL(WORKS).pathname}/consulter?idFactureTravaux=880101`;
      const tab = await session.openTab(`${CPRO}/cpp/cadre?page=${encodeURIComponent(path)}`);
      const inFrame = () =>
        tab.evaluate(() => {
          const host = document.querySelector('iframe')?.contentDocument?.getElementById('chorus-moe-assistant');
          return {
            screen: host?.getAttribute('data-screen') ?? null,
            step: host?.getAttribute('data-step') ?? null,
            card: !!host?.shadowRoot?.querySelector('[data-moe-card]'),
          };
        }, null);
      await tab.waitFor(
        () => {
          const host = document.querySelector('iframe')?.contentDocument?.getElementById('chorus-moe-assistant');
          return host?.getAttribute('data-screen') === 'invoice-detail' && !!host.shadowRoot?.querySelector('[data-moe-card]');
        },
        null,
        20_000,
      );
      const frame = await inFrame();
      const top = await tab.evaluate(() => {
        const host = document.getElementById('chorus-moe-assistant');
        return { screen: host?.getAttribute('data-screen') ?? null, card: !!host?.shadowRoot?.querySelector('[data-moe-card]') };
      }, null);
      // Its title and menu read as the works space: the frame, further in the flow, speaks.
      expect(top, 'the top page holds the frames: no card there').toEqual({ screen: 'works-space', card: false });
      // The popup speaks of what the frame shows: its invoice, its step.
      const popup = await session.openExtensionPage(POPUP);
      const end = Date.now() + 10_000;
      let seen = { invoice: '', current: '' };
      while (Date.now() < end) {
        seen = await popup.evaluate(() => ({
          invoice: document.querySelector('[data-moe-invoice]')?.textContent ?? '',
          current: document.querySelector('[data-moe-checklist] li[aria-current="step"]')?.getAttribute('data-step') ?? '',
        }));
        if (seen.invoice.includes('FT-2026-0142') && seen.current === frame.step) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await popup.close();
      expect(seen).toEqual({ invoice: expect.stringContaining('FT-2026-0142'), current: frame.step });
      // A link of the top page's menu opens the next screen in the frame, which the assistant follows there.
      await tab.click('a[target="contenu"][href$="/recherche"]');
      await tab.waitFor(
        () =>
          // The search kept its criteria: the frame shows the results.
          document
            .querySelector('iframe')
            ?.contentDocument?.getElementById('chorus-moe-assistant')
            ?.getAttribute('data-screen') === 'works-results',
        null,
        20_000,
      );
      expect((await inFrame()).card).toBe(true);
    });

    test('a login frame inside a portal page runs no assistant; the page itself does', async () => {
      const tab = await session.openTab(detail('880101'));
      await waitForScreen(tab, 'invoice-detail');
      await tab.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, LOGIN_URL);
      const end = Date.now() + 15_000;
      let inFrame: boolean | null = null;
      while (Date.now() < end) {
        // Long enough for a content script to have mounted its card in a loaded frame.
        await new Promise((r) => setTimeout(r, 1000));
        inFrame = await tab.frameHasAssistant(IDP);
        if (inFrame !== null) break;
      }
      expect(inFrame, 'the login frame').toBe(false);
      expect(await tab.evaluate(() => !!document.getElementById('chorus-moe-assistant'), null)).toBe(true);
    });
  });
}
