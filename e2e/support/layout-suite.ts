// The assistant never stands between the user and the portal (issue 10), in each browser:
// on the replica with its actions bottom-right and long pages, at 1280×720 and at 640×450
// (200 % zoom), every page control in the viewport takes a real click while the card is
// shown, on every screen of the walk.
import assert from 'node:assert/strict';
import { afterEach, describe, expect, test } from 'vitest';
import type { Layout, PortalModel } from '../portal/model.js';
import type { Viewport } from './browsers.js';
import type { Driver } from './driver.js';
import { walkAllSteps } from './walk.js';

export interface LayoutSession {
  driver: Driver;
  model: PortalModel;
  /**
   * The probed controls (`[data-moe-probe]`) that a real click does not reach: Playwright's
   * actionability in Chromium, the element under each control's centre and corners in Firefox.
   */
  unreached(): Promise<string[]>;
  close(): Promise<void>;
}

export type LayoutLaunch = (opts: { viewport: Viewport; layout: Layout }) => Promise<LayoutSession>;

export const SIZES: Viewport[] = [
  { width: 1280, height: 720 },
  { width: 640, height: 450 },
];

/**
 * Marks the page's visible controls lying wholly in the viewport that a click reaches when
 * the assistant is not there; returns how many. The host is hidden for that look only.
 */
export function probeControls(driver: Driver): Promise<number> {
  return driver.evaluate(() => {
    const host = document.getElementById('chorus-moe-assistant');
    for (const el of Array.from(document.querySelectorAll('[data-moe-probe]'))) el.removeAttribute('data-moe-probe');
    const previous = host?.style.display ?? '';
    if (host) host.style.display = 'none';
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, label, summary, [role="button"], [role="combobox"], .form-control-static';
    let n = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if ((el as HTMLButtonElement).disabled) continue;
      if (el instanceof HTMLLabelElement && !el.control) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4) continue;
      if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit))) continue;
      el.setAttribute(
        'data-moe-probe',
        `${n++} ${el.tagName.toLowerCase()} “${(el.textContent || el.id || '').trim().slice(0, 30)}”`,
      );
    }
    if (host) host.style.display = previous;
    return n;
  }, undefined);
}

/** Firefox's check, and a second look in Chromium: nothing of ours under any probed control's centre or corners. */
export function coveredByAssistant(driver: Driver): Promise<string[]> {
  return driver.evaluate(() => {
    const host = document.getElementById('chorus-moe-assistant');
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-moe-probe]'))) {
      const r = el.getBoundingClientRect();
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ] as const;
      if (points.some(([x, y]) => document.elementFromPoint(x, y) === host)) out.push(el.getAttribute('data-moe-probe') ?? '');
    }
    return out;
  }, undefined);
}

/** Whether a box of the assistant stands on the element's centre now. */
function assistantOn(selector: string): boolean {
  const el = document.querySelector(selector);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return (
    document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === document.getElementById('chorus-moe-assistant')
  );
}

/**
 * A user who looks before clicking: the card follows a scroll or a closing window a frame or
 * two later, so a click waits (a little) for it to be out of the way. If it never moves, the
 * click lands on it and the walk stops there. (A folded card is opened by the driver itself.)
 */
function looking(driver: Driver): Driver {
  const clear = (selector: string) => driver.waitFor((sel) => !assistantOn(sel), selector, 2000).catch(() => undefined);
  return {
    ...driver,
    click: async (selector) => {
      await clear(selector);
      await driver.click(selector);
    },
    clickAndWait: async (selector) => {
      await clear(selector);
      await driver.clickAndWait(selector);
    },
  };
}

export function layoutSuite(browser: string, launch: LayoutLaunch): void {
  describe(`the assistant covers none of the page, in ${browser}`, () => {
    let session: LayoutSession | undefined;
    afterEach(async () => {
      await session?.close();
      session = undefined;
    });

    for (const size of SIZES) {
      test(`actions bottom-right, long pages, ${size.width}×${size.height}: every control takes a real click at every step`, async () => {
        session = await launch({ viewport: size, layout: 'spread' });
        const s = session;
        const failures: string[] = [];
        let probed = 0;
        await walkAllSteps(looking(s.driver), s.model, {
          assistant: true,
          at: async (step) => {
            // The card follows the page's changes a moment later; the check is on the settled page.
            probed += await probeControls(s.driver);
            await s.driver
              .waitFor(
                () =>
                  Array.from(document.querySelectorAll('[data-moe-probe]')).every((el) => {
                    const r = el.getBoundingClientRect();
                    const host = document.getElementById('chorus-moe-assistant');
                    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== host;
                  }),
                undefined,
                2000,
              )
              .catch(() => undefined);
            for (const miss of await s.unreached()) failures.push(`step ${step}: ${miss}`);
          },
        });
        expect(probed, 'controls were probed').toBeGreaterThan(40);
        assert.deepEqual(failures, []);
      });
    }

    test('a see-through layer over the page (the invisible backdrop a menu leaves, MUI’s) hides nothing: the notices keep off the fields under it, laid out in one row', async () => {
      session = await launch({ viewport: SIZES[0] as Viewport, layout: 'spread' });
      const s = session;
      let covered: string[] | null = null;
      await walkAllSteps(s.driver, s.model, {
        assistant: true,
        at: async (step) => {
          if (step !== 21 || covered) return;
          // The window's fields side by side, as a tight MUI row; a click-catcher over everything.
          await s.driver.evaluate(() => {
            const row = document.querySelector('[data-qa="designation"]')?.closest('.panel-body') as HTMLElement | null;
            if (row) row.style.cssText = 'display:flex;gap:8px;align-items:center';
            const layer = document.createElement('div');
            layer.id = 'moe-test-layer';
            layer.style.cssText = 'position:fixed;inset:0;z-index:2000;background:transparent';
            document.body.append(layer);
          }, undefined);
          // The notices follow their fields a frame or two later.
          await new Promise((r) => setTimeout(r, 600));
          covered = await s.driver.evaluate(() => {
            const host = document.getElementById('chorus-moe-assistant');
            const out: string[] = [];
            for (const qa of ['designation', 'type']) {
              const r = document.querySelector(`[data-qa="${qa}"]`)?.getBoundingClientRect();
              if (!r) continue;
              const points = [
                [r.left + r.width / 2, r.top + r.height / 2],
                [r.left + 2, r.top + 2],
                [r.right - 2, r.bottom - 2],
              ] as const;
              if (points.some(([x, y]) => document.elementFromPoint(x, y) === host)) out.push(qa);
            }
            document.getElementById('moe-test-layer')?.remove();
            const row = document.querySelector('[data-qa="designation"]')?.closest('.panel-body') as HTMLElement | null;
            if (row) row.style.cssText = '';
            return out;
          }, undefined);
        },
      });
      expect(covered, 'the step-21 look ran').not.toBeNull();
      expect(covered).toEqual([]);
    });
  });
}
