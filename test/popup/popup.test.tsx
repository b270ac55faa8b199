import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { defaultState, markDone, readState, STORAGE_KEY, type StoredState, selectInvoice } from '../../src/core/state.js';
import { Popup, PopupView } from '../../src/popup/Popup.js';
import { RESET_FLAG } from '../../src/storage.js';
import { storedJson } from '../core/stored-json.js';

function view(state: StoredState, tab: { invoice: string; step: number | null; seenAt: number } | null, wasReset = false) {
  const root = document.createElement('div');
  render(
    <PopupView state={state} tab={tab} chosen={null} wasReset={wasReset} change={() => undefined} choose={() => undefined} />,
    root,
  );
  return root;
}

const shown = (root: Element) => ({
  invoice: root.querySelector('[data-moe-invoice]')?.textContent ?? '',
  current: root.querySelector('li[aria-current="step"]')?.getAttribute('data-step') ?? null,
  done: Array.from(root.querySelectorAll('li[data-step][data-done]')).map((li) => li.getAttribute('data-step')),
  reset: root.querySelector('[data-moe-reset]')?.textContent ?? null,
});

describe('the popup', () => {
  const twoInvoices = markDone(
    selectInvoice(
      markDone(selectInvoice(defaultState(0), 'FT-1', {}, '', 1), 'FT-1', [1, 2, 3, 4, 5, 6], 2),
      'FT-2',
      {},
      'FT-1',
      3,
    ),
    'FT-2',
    [7, 8],
    4,
  );

  test('shows the invoice and step of the tab at hand, not the last one stored as current', () => {
    expect(twoInvoices.current).toBe('FT-2');
    const root = view(twoInvoices, { invoice: 'FT-1', step: 9, seenAt: 5 });
    expect(shown(root)).toMatchObject({ invoice: 'Facture FT-1', current: '9', done: ['1', '2', '3', '4', '5', '6'] });
  });

  test('no portal tab answered: the current invoice and its first step left', () => {
    expect(shown(view(twoInvoices, null))).toMatchObject({ invoice: 'Facture FT-2', current: '6' });
  });

  test('a stored value that had to be reset: the popup says so, once', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: { version: 1, current: 'constructor', invoices: 'x' } });
    const root = document.createElement('div');
    render(<Popup />, root);
    await expect.poll(() => shown(root).reset).toMatch(/remises à zéro/);
    expect(shown(root).current).toBe('1');
  });

  test('a reset noted by another context (flag in storage) is told, then the flag is cleared', async () => {
    await fakeBrowser.storage.local.set({ [RESET_FLAG]: true });
    const root = document.createElement('div');
    render(<Popup />, root);
    await expect.poll(() => shown(root).reset).not.toBeNull();
    expect((await fakeBrowser.storage.local.get(RESET_FLAG))[RESET_FLAG]).toBeUndefined();
  });

  test('any stored JSON and any tab answer: the popup renders the 23 steps, never throws (10 000 runs)', () => {
    const root = document.createElement('div');
    fc.assert(
      fc.property(
        storedJson,
        fc.option(
          fc.record({
            invoice: fc.oneof(fc.constantFrom('', 'constructor', '__proto__'), fc.string()),
            step: fc.option(fc.integer({ min: 1, max: 23 })),
            seenAt: fc.nat(),
          }),
        ),
        (raw, tab) => {
          const { state } = readState(raw, 0);
          render(
            <PopupView
              state={state}
              tab={tab}
              chosen={null}
              wasReset={false}
              change={() => undefined}
              choose={() => undefined}
            />,
            root,
          );
          expect(root.querySelectorAll('ol[data-moe-checklist] li[data-step]')).toHaveLength(23);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
