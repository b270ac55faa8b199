// Keyboard, screen readers and page scripts (issues 10 and 11), in each browser: the card is
// reached and left by keyboard, focus never falls to <body>, a step change is announced
// politely once the live region exists, only real clicks act, and axe finds nothing serious
// with contrast actually computed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, test } from 'vitest';
import type { PortalModel } from '../portal/model.js';
import { WORKS } from '../portal/pages.js';
import type { Driver } from './driver.js';
import { openForm } from './scenarios.js';
import { expectShown } from './walk.js';

export interface A11ySession {
  driver: Driver;
  model: PortalModel;
  /** A real key press, modifiers joined by "+" (`Alt+Shift+KeyJ`, `Tab`, `Escape`). */
  press(keys: string): Promise<void>;
  /** Activates the focused button of the assistant, as the user does with Enter. */
  activate(): Promise<void>;
  /** Runs `fn` in every new page before its own scripts. */
  beforeEveryPage(fn: () => void): Promise<void>;
  close(): Promise<void>;
}

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where focus is: in our shadow root (which box, which button), on a page element, or on <body>. */
export function focusNow(driver: Driver): Promise<string> {
  return driver.evaluate(() => {
    const host = document.getElementById('chorus-moe-assistant');
    const inner = host?.shadowRoot?.activeElement;
    if (inner) {
      const box = inner.closest('[data-moe-card],[data-moe-field],[data-moe-auto],.moe-pill');
      const where = box?.hasAttribute('data-moe-card')
        ? 'card'
        : box?.hasAttribute('data-moe-field')
          ? `alert ${box.getAttribute('data-moe-field')}`
          : box?.hasAttribute('data-moe-auto')
            ? `notice ${box.getAttribute('data-moe-auto')}`
            : 'pill';
      return `${where}: ${inner.getAttribute('data-moe-action') ?? inner.textContent?.trim().slice(0, 30)}`;
    }
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return `page: ${active.getAttribute('name') || active.id || active.tagName.toLowerCase()}`;
  }, undefined);
}

/** The form with its attachment window open (a Bootstrap modal of the replica's). */
async function openAttachmentWindow(driver: Driver, model: PortalModel): Promise<void> {
  await driver.goto(openForm(model));
  await driver.click('[data-qa="add-attachment"]');
  await driver.waitFor(() => document.querySelector('.modal.in') !== null, undefined);
}

function overlayQuery(driver: Driver, selector: string): Promise<{ count: number; folded: boolean }> {
  return driver.evaluate((sel) => {
    const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
    return {
      count: root?.querySelectorAll(sel).length ?? 0,
      folded: !!root?.querySelector('[data-moe-card].moe-folded'),
    };
  }, selector);
}

const settle = () => new Promise((r) => setTimeout(r, 300));

const HT = '[name="montants.montantHtTotal"]';

/** On the form, « 1234.56 » typed as the HT amount, until its alert offers the fix; returns the field. */
async function typeDecimalPoint(driver: Driver, model: PortalModel): Promise<string> {
  await driver.goto(openForm(model));
  await driver.clear(HT);
  await driver.type(HT, '1234.56');
  await driver.waitFor(
    () =>
      !!document
        .getElementById('chorus-moe-assistant')
        ?.shadowRoot?.querySelector('[data-moe-field="montants.montantHtTotal"] [data-moe-fix]'),
    undefined,
  );
  return HT;
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core over the given part of the page: serious/critical violations, and contrast checks it could not compute. */
export async function runAxe(
  driver: Driver,
  include: string,
): Promise<{ serious: AxeFinding[]; contrastPassed: number; contrastIncomplete: string[] }> {
  await driver.evaluate((src) => {
    if ((window as unknown as { axe?: unknown }).axe) return;
    const script = document.createElement('script');
    script.textContent = src;
    document.head.append(script);
  }, AXE_SOURCE);
  return driver.evaluate(async (sel) => {
    type Node = { target: unknown[] };
    type Result = { id: string; impact: string | null; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Record<string, Result[]>> } }).axe;
    const r = await axe.run(sel === 'document' ? document : { include: [[sel]] }, {
      resultTypes: ['violations', 'incomplete', 'passes'],
    });
    const flat = (n: Node) => JSON.stringify(n.target);
    return {
      serious: (r.violations ?? [])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(flat) })),
      contrastPassed: (r.passes ?? []).find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
      contrastIncomplete: ((r.incomplete ?? []).find((p) => p.id === 'color-contrast')?.nodes ?? []).map(flat),
    };
  }, include);
}

export function expectAxeClean(result: Awaited<ReturnType<typeof runAxe>>, what: string): void {
  assert.deepEqual(result.serious, [], `${what}: serious or critical violations`);
  assert.deepEqual(result.contrastIncomplete, [], `${what}: contrast that axe could not compute`);
  assert.ok(result.contrastPassed > 0, `${what}: contrast computed on some text`);
}

export function a11ySuite(browser: string, launch: () => Promise<A11ySession>): void {
  describe(`keyboard, screen readers and page scripts, in ${browser}`, () => {
    let s: A11ySession;
    afterEach(async () => {
      await s?.close();
    });

    test('keyboard only: shortcut into the card, Tab through it, Échap folds it and focus goes back', async () => {
      s = await launch();
      s.model.loggedIn = true;
      await s.driver.goto(`${WORKS}/recherche`);
      await expectShown(s.driver, { screen: 'works-search', step: 4, target: { selector: '[data-qa="structure-box"]' } });
      // The automatic role choice left the page's focus alone.
      assert.equal(await focusNow(s.driver), 'body');
      await s.driver.evaluate(
        () => (document.querySelector('[name="listeResultats.critere.numero"]') as HTMLElement).focus(),
        undefined,
      );
      await s.press('Alt+Shift+KeyJ');
      await settle();
      assert.match(await focusNow(s.driver), /^card/);
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        await s.press('Tab');
        seen.push(await focusNow(s.driver));
      }
      assert.deepEqual(seen, ['card: done', 'card: skip', 'card: hide']);
      await s.press('Escape');
      await settle();
      expect((await overlayQuery(s.driver, '[data-moe-action="show"]')).count, 'the card folded to its pill').toBe(1);
      assert.equal(await focusNow(s.driver), 'page: listeResultats.critere.numero');
      // Échap with focus in the page folds it too; the shortcut opens it again.
      await s.press('Alt+Shift+KeyJ');
      await settle();
      assert.match(await focusNow(s.driver), /^card/);
      assert.equal((await overlayQuery(s.driver, '[data-moe-card]')).folded, false);
      await s.press('Shift+Tab');
      await s.press('Escape');
      await settle();
      assert.equal((await overlayQuery(s.driver, '[data-moe-card]')).folded, true);
      assert.notEqual(await focusNow(s.driver), 'body');
    });

    test('« Annuler », « C’est fait » and a fix leave focus somewhere useful, never on <body>', async () => {
      s = await launch();
      s.model.loggedIn = true;
      await s.driver.goto(`${WORKS}/recherche`);
      await expectShown(s.driver, { screen: 'works-search', step: 4, target: { selector: '[data-qa="structure-box"]' } });
      // The notice's « Annuler » follows the radio it changed in the Tab order.
      await s.driver.evaluate(
        () => (document.querySelector('#GFT_RechercheFactureTravaux_Criteres_Role_MOE') as HTMLElement).focus(),
        undefined,
      );
      await s.press('Tab');
      assert.equal(await focusNow(s.driver), 'notice role-moe: Annuler');
      await s.activate();
      await settle();
      assert.equal(
        await s.driver.evaluate(
          () => (document.querySelector('#GFT_RechercheFactureTravaux_Criteres_Role_MOE') as HTMLInputElement).checked,
          undefined,
        ),
        false,
      );
      assert.notEqual(await focusNow(s.driver), 'body');

      await s.driver.goto(`${WORKS}/consulter?idFactureTravaux=880101`);
      await expectShown(s.driver, { screen: 'invoice-detail', step: 9, target: { selector: '[data-qa="process"]' } });
      await s.press('Alt+Shift+KeyJ');
      await settle();
      await s.press('Tab');
      assert.equal(await focusNow(s.driver), 'card: done');
      await s.activate();
      await expectShown(s.driver, { screen: 'invoice-detail', step: 10, target: { selector: '[data-qa="process"]' } });
      await settle();
      assert.match(await focusNow(s.driver), /^card/);

      // An amount alert: its fix comes right after its field in the Tab order.
      const ht = await typeDecimalPoint(s.driver, s.model);
      await s.press('Tab');
      assert.equal(await focusNow(s.driver), 'alert montants.montantHtTotal: Corriger en 1234,56');
      await s.activate();
      await settle();
      assert.equal(await s.driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).value, ht), '1234,56');
      assert.equal(await focusNow(s.driver), 'page: montants.montantHtTotal');
    });

    test('a modal that pulls the focus back into itself (Bootstrap 3’s enforceFocus): the card still takes the keyboard', async () => {
      s = await launch();
      await openAttachmentWindow(s.driver, s.model);
      await settle();
      await s.press('Alt+Shift+KeyJ');
      await settle();
      assert.match(await focusNow(s.driver), /^card/);
      await s.press('Tab');
      await settle();
      assert.match(await focusNow(s.driver), /^card/);
      // Échap folds the card and gives the focus back to the page.
      await s.press('Escape');
      await settle();
      assert.equal((await overlayQuery(s.driver, '[data-moe-card]')).folded, true);
      assert.match(await focusNow(s.driver), /^page/);
    });

    test('a window that hides the rest of the page and closes on an Échap heard anywhere (Angular CDK): the card is still heard, and its Échap is its own', async () => {
      s = await launch();
      await s.beforeEveryPage(() => {
        (window as unknown as { __moeVariant: object }).__moeVariant = {
          modalHidesPage: 'aria-hidden',
          modalEscapeAnywhere: true,
        };
      });
      await openAttachmentWindow(s.driver, s.model);
      await settle();
      const hidden = () =>
        s?.driver.evaluate(
          () => ({
            page: document.querySelectorAll('body > [aria-hidden="true"]').length,
            host: document.getElementById('chorus-moe-assistant')?.getAttribute('aria-hidden') ?? null,
          }),
          undefined,
        );
      const withModal = await hidden();
      assert.ok((withModal?.page ?? 0) > 0, 'the page hid its other parts');
      assert.equal(withModal?.host, null, 'the assistant is still heard');
      await s.press('Alt+Shift+KeyJ');
      await settle();
      assert.match(await focusNow(s.driver), /^card/);
      await s.press('Escape');
      await settle();
      assert.equal((await overlayQuery(s.driver, '[data-moe-card]')).folded, true);
      assert.equal(
        await s.driver.evaluate(() => document.querySelector('.modal.in') !== null, undefined),
        true,
        'the window stays open',
      );
      // The same key in the page's window is the window's: it closes, the page is heard again.
      await s.driver.evaluate(
        () => (document.querySelector('.modal.in input, .modal.in button') as HTMLElement).focus(),
        undefined,
      );
      await s.press('Escape');
      await settle();
      assert.equal(await s.driver.evaluate(() => document.querySelector('.modal.in') !== null, undefined), false);
      assert.equal((await hidden())?.page, 0);
    });

    test('the page’s own Échap on its window is left to it', async () => {
      s = await launch();
      await openAttachmentWindow(s.driver, s.model);
      await s.driver.evaluate(
        () => (document.querySelector('.modal.in input, .modal.in button') as HTMLElement).focus(),
        undefined,
      );
      await settle();
      const before = await overlayQuery(s.driver, '[data-moe-card]');
      await s.press('Escape');
      await settle();
      assert.equal((await overlayQuery(s.driver, '[data-moe-card]')).folded, before.folded);
    });

    test('a page script calling .click() on the assistant’s buttons changes nothing', async () => {
      s = await launch();
      s.model.loggedIn = true;
      await s.driver.goto(`${WORKS}/recherche`);
      await expectShown(s.driver, { screen: 'works-search', step: 4, target: { selector: '[data-qa="structure-box"]' } });
      await s.driver.evaluate(() => {
        const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
        for (const sel of [
          '[data-moe-auto="role-moe"] button',
          '[data-moe-action="done"]',
          '[data-moe-action="skip"]',
          '[data-moe-action="hide"]',
        ]) {
          (root?.querySelector(sel) as HTMLElement | null)?.click();
        }
      }, undefined);
      await settle();
      await expectShown(s.driver, {
        screen: 'works-search',
        step: 4,
        target: { selector: '[data-qa="structure-box"]' },
        autos: ['role-moe'],
      });
      assert.equal(
        await s.driver.evaluate(
          () => (document.querySelector('#GFT_RechercheFactureTravaux_Criteres_Role_MOE') as HTMLInputElement).checked,
          undefined,
        ),
        true,
      );
      assert.equal((await overlayQuery(s.driver, '[data-moe-card]')).folded, false);

      const ht = await typeDecimalPoint(s.driver, s.model);
      await s.driver.evaluate(
        () =>
          (
            document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-fix]') as HTMLElement | null
          )?.click(),
        undefined,
      );
      await settle();
      assert.equal(await s.driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).value, ht), '1234.56');
    });

    test('a step change that comes with a page load is announced, once the live region exists', async () => {
      s = await launch();
      await s.beforeEveryPage(() => {
        // Every text the polite region ever holds, from the moment it exists.
        const said: string[] = [];
        (window as unknown as { __moeSaid: string[] }).__moeSaid = said;
        const watch = () => {
          const region = document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[aria-live="polite"]');
          if (!region) return false;
          const note = () => {
            const text = region.textContent ?? '';
            if (said.at(-1) !== text) said.push(text);
          };
          note();
          new MutationObserver(note).observe(region, { childList: true, characterData: true, subtree: true });
          return true;
        };
        const observer = new MutationObserver(() => {
          if (watch()) observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      s.model.loggedIn = true;
      await s.driver.goto(`${WORKS}/synthese`);
      await s.driver.waitFor(
        () => ((window as unknown as { __moeSaid?: string[] }).__moeSaid ?? []).some((t) => t.startsWith('Étape 3')),
        undefined,
      );
      const said = await s.driver.evaluate(() => (window as unknown as { __moeSaid: string[] }).__moeSaid, undefined);
      assert.deepEqual(said, ['', 'Étape 3 : Aller dans « Rechercher »']);
    });

    test('axe: the card, a notice and an amount alert have no serious issue, contrast computed', async () => {
      s = await launch();
      s.model.loggedIn = true;
      await s.driver.goto(`${WORKS}/recherche`);
      await expectShown(s.driver, {
        screen: 'works-search',
        step: 4,
        target: { selector: '[data-qa="structure-box"]' },
        autos: ['role-moe'],
      });
      await settle();
      expectAxeClean(await runAxe(s.driver, '#chorus-moe-assistant'), 'card and notice');
      await typeDecimalPoint(s.driver, s.model);
      await settle();
      expectAxeClean(await runAxe(s.driver, '#chorus-moe-assistant'), 'card and amount alert');
    });
  });
}
