// The 23-step walk, written once and run in each browser: first on the replica alone (the
// replica works like the portal), then with the assistant (which guides each step, makes the
// routine choices and agrees with its popup), and the replica must receive exactly the same
// requests both times.
import { afterEach, describe, expect, test } from 'vitest';
import type { RequestRecord } from '../portal/model.js';
import type { Harness } from './assistant-suite.js';
import type { Driver } from './driver.js';
import { expectStatementSent } from './expectations.js';
import { expectShown, walkAllSteps } from './walk.js';

export interface WalkHarness extends Harness {
  /** A page of the extension (the popup), in a tab of its own; closing it brings the portal's tab back to the front. */
  openPage(path: string): Promise<{ driver: Driver; close(): Promise<void> }>;
}

interface PopupState {
  current: string | null;
  done: string[];
  invoice: string;
}

/** What the popup shows, read once its checklist is there (a moz-extension:// page may still be loading). */
async function popupState(h: WalkHarness): Promise<PopupState> {
  const popup = await h.openPage('src/popup/index.html');
  try {
    const end = Date.now() + 15_000;
    for (;;) {
      const state = await popup.driver
        .evaluate(
          () =>
            document.querySelector('ol[data-moe-checklist] li[data-step="23"]')
              ? {
                  current: document.querySelector('li[aria-current="step"]')?.getAttribute('data-step') ?? null,
                  done: Array.from(document.querySelectorAll('li[data-step][data-done]')).map(
                    (li) => li.getAttribute('data-step') ?? '',
                  ),
                  invoice: document.querySelector('[data-moe-invoice]')?.textContent ?? '',
                }
              : null,
          undefined,
        )
        .catch(() => null);
      if (state) return state;
      if (Date.now() > end) throw new Error('the popup did not show its checklist');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await popup.close();
  }
}

/** The requests of the pages: the browser's own icon requests out, and a page loaded twice in a row once. */
function pageRequests(requests: RequestRecord[]): RequestRecord[] {
  const pages = requests.filter((r) => !r.url.endsWith('/favicon.ico'));
  return pages.filter((r, i) => !(r.url.includes('/consulter') && pages[i - 1]?.url === r.url));
}

const steps = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

/** `launch(true)` loads the built extension; its harness's errors hold the page's errors and the console's. */
export function walkSuite(browser: string, launch: (withExtension: boolean) => Promise<WalkHarness>): void {
  describe(`the 23-step walk in ${browser}`, () => {
    let h: WalkHarness | undefined;
    let withoutAssistant: RequestRecord[] = [];
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    test('without the extension, a scripted MOE walks the 23 steps and the replica records the état d’acompte', async () => {
      h = await launch(false);
      await walkAllSteps(h.driver, h.model, { assistant: false });
      expectStatementSent(h.model);
      expect(h.model.searches[0]).toMatchObject({ role: 'MOE', structure: '25123' });
      withoutAssistant = h.model.requests;
    });

    test('with the assistant: every step guided, choices made, popup in agreement, progress kept on reload, no errors', async () => {
      h = await launch(true);
      const s = h;
      await walkAllSteps(s.driver, s.model, {
        assistant: true,
        // At every step the popup shows the same step as the page, and every earlier one done.
        at: async (step) => {
          const popup = await popupState(s);
          expect(popup.current, `popup at step ${step}`).toBe(String(step));
          expect(popup.done, `popup at step ${step}`).toEqual(steps(step - 1));
          if (step === 9) {
            expect(popup.invoice).toContain('FT-2026-0142');
            expect(popup.invoice).toContain('SARL MAÇONNERIE KERDREUX');
            await s.driver.reload();
            await expectShown(s.driver, {
              screen: 'invoice-detail',
              step: 9,
              target: { id: 'GFT_ConsulterFactureTravaux_Actions_BoutonTraiter' },
            });
          }
        },
      });
      expectStatementSent(s.model);
      expect((await popupState(s)).done).toEqual(steps(23));
      expect(s.errors).toEqual([]);
      // The assistant sent nothing the user did not: same requests as the walk without it
      // (the reload at step 9 aside, and the icon Firefox asks for after each page).
      expect(pageRequests(s.model.requests)).toEqual(pageRequests(withoutAssistant));
    });
  });
}
