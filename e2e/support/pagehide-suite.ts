// Leaving a page (issue 13): once `pagehide` has fired, the page may stay alive in the
// back-forward cache, and whatever it does then must cost the extension nothing. The page
// sees that as the absence of any change made by the assistant: no highlight, nothing in its
// overlay. Coming back (`pageshow` with `persisted`) brings the card and the highlight back,
// and the page's later changes are followed again. Written once, run in each browser.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PortalModel } from '../portal/model.js';
import { WORKS } from '../portal/pages.js';
import type { Driver } from './driver.js';

export interface PagehideSession {
  driver: Driver;
  model: PortalModel;
  close(): Promise<void>;
}

const DETAIL = `${WORKS}/consulter?idFactureTravaux=880101`;

interface Shown {
  step: string;
  card: boolean;
  /** The step number on the page element highlighted, if any. */
  highlighted: string | null;
}

function shown(driver: Driver): Promise<Shown> {
  return driver.evaluate(() => {
    const host = document.getElementById('chorus-moe-assistant');
    return {
      step: host?.dataset.step ?? '',
      card: !!host?.shadowRoot?.querySelector('[data-moe-card]'),
      highlighted: document.querySelector('[data-moe-step]')?.getAttribute('data-moe-step') ?? null,
    };
  }, undefined);
}

/**
 * Leaves the page as the back-forward cache does, then does what a page still does: it
 * scrolls, grows, is resized, gets clicks, keys and input. Returns the highlighted
 * what the assistant changed meanwhile, as the page's own observer
 * sees it (its overlay's open shadow root included).
 */
function leaveAndChurn(): Promise<string[]> {
  return new Promise((done) => {
    const host = document.getElementById('chorus-moe-assistant');
    const changes: string[] = [];
    // In the page, the assistant's marks and its host; in its shadow root, anything.
    const ours = (r: MutationRecord) =>
      r.target === host ||
      host?.shadowRoot?.contains(r.target) ||
      r.attributeName?.startsWith('data-moe') ||
      [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].includes(host as Node);
    const record = (records: MutationRecord[]) => {
      for (const r of records) {
        if (!ours(r)) continue;
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        changes.push(`${r.type} ${r.attributeName ?? ''} on ${el?.tagName ?? '#text'}`);
      }
    };
    const inPage = new MutationObserver(record);
    const inOverlay = new MutationObserver(record);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    (async () => {
      // Room to scroll, before leaving.
      const tall = document.createElement('div');
      tall.style.height = '3000px';
      document.body.append(tall);
      await frame();
      await frame();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      await frame();
      // What leaving itself undoes (the highlight, the card) is not counted: what comes after is.
      inPage.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      if (host?.shadowRoot)
        inOverlay.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      for (let i = 0; i < 10; i++) {
        window.scrollTo(0, 200 * (i + 1));
        window.dispatchEvent(new Event('resize'));
        tall.style.height = `${3000 + 100 * i}px`;
        const added = document.createElement('button');
        added.textContent = `Traiter ${i}`;
        document.body.append(added);
        document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
        document.body.dispatchEvent(new Event('input', { bubbles: true }));
        document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        await frame();
      }
      await new Promise((r) => setTimeout(r, 400));
      record(inPage.takeRecords());
      record(inOverlay.takeRecords());
      inPage.disconnect();
      inOverlay.disconnect();
      window.scrollTo(0, 0);
      done(changes);
    })();
  });
}

export function pagehideSuite(browser: string, launch: () => Promise<PagehideSession>): void {
  describe(`leaving a page in ${browser}`, () => {
    let s: PagehideSession;
    beforeEach(async () => {
      s = await launch();
      s.model.loggedIn = true;
    });
    afterEach(async () => {
      await s.close();
    });

    test('after pagehide the assistant changes nothing on the page; pageshow brings the card and the highlight back', async () => {
      await s.driver.goto(DETAIL);
      await s.driver.waitFor(() => !!document.querySelector('[data-moe-step]'), undefined, 20_000);
      const before = await shown(s.driver);
      expect(before.card).toBe(true);
      expect(before.highlighted).toBe(before.step);

      expect(await s.driver.evaluate(leaveAndChurn, undefined)).toEqual([]);
      expect((await shown(s.driver)).highlighted).toBeNull();

      await s.driver.evaluate(() => {
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      }, undefined);
      await s.driver.waitFor(
        () =>
          !!document.querySelector('[data-moe-step]') &&
          !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]'),
        undefined,
        10_000,
      );
      expect(await shown(s.driver)).toEqual(before);

      // Watching again: the highlighted block rendered anew by the page is highlighted anew.
      await s.driver.evaluate(() => {
        const target = document.querySelector('[data-moe-step]');
        const block = target?.parentElement;
        if (!target || !block) return;
        const path: number[] = [];
        for (let el: Element = target; el !== block; el = el.parentElement as Element) {
          path.unshift(Array.from((el.parentElement as Element).children).indexOf(el));
        }
        const copy = block.cloneNode(true) as Element;
        for (const el of [copy, ...Array.from(copy.querySelectorAll('[data-moe-step]'))]) el.removeAttribute('data-moe-step');
        let twin: Element = copy;
        for (const k of path) twin = twin.children[k] as Element;
        twin.setAttribute('data-moe-twin', '');
        block.replaceWith(copy);
      }, undefined);
      await s.driver.waitFor(() => !!document.querySelector('[data-moe-twin][data-moe-step]'), undefined, 10_000);
    });
  });
}
