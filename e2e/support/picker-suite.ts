// « Montrer l'élément » (issue 14), written once and run in each browser. On a home page whose
// works tile says « Ouvrir » (beyond what the locators know), the user shows the assistant the
// element: the page never receives that click, the highlight lands on it, it is used again
// after a reload, the settings list it and reset it; and once the page changes so that it no
// longer matches, it is dropped with a notice and the assistant's own search takes over.
import { afterEach, describe, expect, test } from 'vitest';
import { HOME_URL } from '../portal/pages.js';
import type { Harness } from './assistant-suite.js';
import type { Driver } from './driver.js';
import { expectShown } from './walk.js';

export interface PickerHarness extends Harness {
  /** The real mouse, at viewport coordinates (our layer covers the page while picking). */
  pointer: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  key(key: 'Escape'): Promise<void>;
  /** A page of the extension (the settings), in a tab of its own. */
  openPage(path: string): Promise<{ driver: Driver; close(): Promise<void> }>;
}

const TILE_LINK = '[data-qa="open-works"]';
const WORKS_REQUEST = /\/cpp\/facturesTravaux\//;

function inOverlay(driver: Driver, selector: string): Promise<boolean> {
  return driver.evaluate((sel) => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector(sel), selector);
}

function waitInOverlay(driver: Driver, selector: string, present = true): Promise<void> {
  return driver.waitFor(
    ({ sel, present }) => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector(sel) === present,
    { sel: selector, present },
  );
}

async function centreOf(driver: Driver, selector: string): Promise<{ x: number; y: number }> {
  return driver.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    if (!r) throw new Error(`no ${sel}`);
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/** The user opens « Montrer l'élément », points at the tile's link and clicks it. */
async function pickTileLink(h: PickerHarness): Promise<void> {
  await h.driver.clickInOverlay('[data-moe-action="pick"]');
  await waitInOverlay(h.driver, '[data-moe-picker]');
  const { x, y } = await centreOf(h.driver, TILE_LINK);
  await h.pointer.move(x, y);
  // The outline is drawn around the link before the user clicks.
  await h.driver.waitFor(
    ({ x, y }) => {
      const outline = document
        .getElementById('chorus-moe-assistant')
        ?.shadowRoot?.querySelector('[data-moe-picker-outline]')
        ?.getBoundingClientRect();
      return !!outline && outline.left <= x && x <= outline.right && outline.top <= y && y <= outline.bottom;
    },
    { x, y },
  );
  await h.pointer.click(x, y);
  await waitInOverlay(h.driver, '[data-moe-picker]', false);
}

async function homeWithDisguisedTile(h: PickerHarness): Promise<void> {
  h.model.loggedIn = true;
  h.model.disguiseWorksAccess = true;
  await h.driver.goto(HOME_URL);
  await expectShown(h.driver, { screen: 'portal-home', step: 2, target: null });
  await waitInOverlay(h.driver, '.moe-missing');
}

/** The settings page's list of elements shown, as its lines read. */
async function listedInOptions(h: PickerHarness, reset: 'one' | 'none'): Promise<string[]> {
  const options = await h.openPage('src/options/index.html');
  try {
    const d = options.driver;
    const end = Date.now() + 15_000;
    while (!(await d.evaluate(() => !!document.querySelector('[data-moe-picked-settings]'), undefined).catch(() => false))) {
      if (Date.now() > end) throw new Error('the settings page did not show its list of elements shown');
      await new Promise((r) => setTimeout(r, 100));
    }
    const lines = () =>
      d.evaluate(() => Array.from(document.querySelectorAll('[data-moe-picked]')).map((li) => li.textContent ?? ''), undefined);
    const before = await lines();
    if (reset === 'one' && before.length > 0) {
      await d.click('[data-moe-picked-reset]');
      await d.waitFor(() => document.querySelectorAll('[data-moe-picked]').length === 0, undefined);
    }
    return before;
  } finally {
    await options.close();
  }
}

export function pickerSuite(browser: string, launch: () => Promise<PickerHarness>): void {
  describe(`« Montrer l'élément » in ${browser}`, () => {
    let h: PickerHarness | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    test('the user shows the element: the page never gets that click, it is highlighted, kept after a reload, listed and reset in the settings', async () => {
      h = await launch();
      const s = h;
      await homeWithDisguisedTile(s);

      // Échap cancels: nothing picked, nothing marked.
      await s.driver.clickInOverlay('[data-moe-action="pick"]');
      await waitInOverlay(s.driver, '[data-moe-picker]');
      await s.key('Escape');
      await waitInOverlay(s.driver, '[data-moe-picker]', false);
      await expectShown(s.driver, { screen: 'portal-home', step: 2, target: null });

      await pickTileLink(s);
      await expectShown(s.driver, { screen: 'portal-home', step: 2, target: { selector: TILE_LINK } });
      expect(s.driver.url()).toBe(HOME_URL);
      expect(await s.driver.evaluate(() => (window as unknown as { __moeHeard?: number }).__moeHeard ?? 0, undefined)).toBe(0);
      expect(s.model.requests.filter((r) => WORKS_REQUEST.test(r.url))).toEqual([]);
      expect(await inOverlay(s.driver, '.moe-missing')).toBe(false);

      await s.driver.reload();
      await expectShown(s.driver, { screen: 'portal-home', step: 2, target: { selector: TILE_LINK } });
      // While an element is highlighted, « Ce n'est pas le bon élément » offers to show another.
      expect(await inOverlay(s.driver, '[data-moe-action="pick"]')).toBe(false);
      await s.driver.clickInOverlay('[data-moe-action="wrong"]');
      await waitInOverlay(s.driver, '[data-moe-action="pick"]');

      // « Copier le diagnostic » on the card: copied, or selected in a read-only box for Ctrl+C.
      await s.driver.clickInOverlay('[data-moe-action="diagnostic"]');
      await waitInOverlay(s.driver, '[data-moe-diagnostic-status]');
      const copied = await s.driver.evaluate(() => {
        const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
        const area = root?.querySelector<HTMLTextAreaElement>('textarea[data-moe-diagnostic]');
        return {
          status: root?.querySelector('[data-moe-diagnostic-status]')?.getAttribute('data-moe-diagnostic-status'),
          text: area?.value ?? null,
          readOnly: area?.readOnly ?? null,
        };
      }, undefined);
      expect(['copied', 'select']).toContain(copied.status);
      if (copied.status === 'select') {
        expect(copied.readOnly).toBe(true);
        expect((JSON.parse(copied.text ?? '') as { screen: string }).screen).toBe('portal-home');
      }

      const listed = await listedInOptions(s, 'one');
      expect(listed).toHaveLength(1);
      expect(listed[0]).toContain('portail.chorus-pro.gouv.fr');
      expect(listed[0]).toContain('« Ouvrir »');
      expect(await listedInOptions(s, 'none')).toEqual([]);

      await s.driver.reload();
      await expectShown(s.driver, { screen: 'portal-home', step: 2, target: null });
      expect(s.errors).toEqual([]);
    });

    test('an element shown earlier that the page no longer has is dropped with a notice; the assistant finds its own', async () => {
      h = await launch();
      const s = h;
      await homeWithDisguisedTile(s);
      await pickTileLink(s);
      await expectShown(s.driver, { screen: 'portal-home', step: 2, target: { selector: TILE_LINK } });

      s.model.disguiseWorksAccess = false;
      await s.driver.reload();
      await waitInOverlay(s.driver, '[data-moe-picked-lost]');
      await expectShown(s.driver, { screen: 'portal-home', step: 2, target: { selector: TILE_LINK, text: 'Accéder' } });
      expect(await listedInOptions(s, 'none')).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  });
}
