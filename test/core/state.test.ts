import { describe, expect, test } from 'vitest';
import {
  currentProgress,
  defaultState,
  markDone,
  PENDING,
  readState,
  restart,
  STATE_VERSION,
  selectInvoice,
  setDone,
  setShown,
  skipStep,
  startNewRound,
} from '../../src/core/state.js';

describe('stored state', () => {
  test('nothing stored: defaults, no reset notice', () => {
    expect(readState(undefined)).toEqual({ state: defaultState(expect.any(Number) as unknown as number), reset: false });
  });

  test.each([['garbage'], [42], [{ version: 99, invoices: {} }], [{ version: STATE_VERSION, invoices: 'x' }], [[1, 2]]])(
    'a corrupt or unknown value %j is reset with a notice, never trusted',
    (raw) => {
      const { state, reset } = readState(raw);
      expect(reset).toBe(true);
      expect(state.invoices[PENDING]?.done).toEqual([]);
    },
  );

  test('bad entries are dropped, good ones kept, settings validated', () => {
    const { state, reset } = readState({
      version: STATE_VERSION,
      current: 'F-1',
      invoices: {
        'F-1': { done: [3, 1, 1, 99, 'x', 2.5], skipped: [9], updatedAt: 5, supplier: 'SARL', shown: 4 },
        broken: { done: 'nope' },
      },
      settings: { defaultCadre: 'A16', disabled: ['cadre', 'unknown'], language: 'en' },
    });
    expect(reset).toBe(false);
    expect(state.current).toBe('F-1');
    expect(state.invoices['F-1']).toEqual({
      number: 'F-1',
      done: [1, 3],
      skipped: [9],
      updatedAt: 5,
      supplier: 'SARL',
      shown: 4,
    });
    expect(state.invoices.broken).toBeUndefined();
    expect(state.settings).toEqual({ defaultCadre: 'A16', disabled: ['cadre'], language: 'en' });
    expect(readState({ ...state, settings: { language: 'de' } }).state.settings.language).toBe('auto');
    expect(readState({ ...state, settings: { defaultCadre: 'A1' } }).state.settings.defaultCadre).toBe('A15');
  });

  test('steps done before an invoice is known count for it once chosen', () => {
    let state = markDone(defaultState(0), [1, 2, 3, 4, 5], 1);
    state = selectInvoice(state, 'FT-1', { supplier: 'SARL', amount: '10,00 €', receivedAt: '24/11/2026' }, 2);
    expect(state.current).toBe('FT-1');
    expect(currentProgress(state)).toMatchObject({ number: 'FT-1', done: [1, 2, 3, 4, 5], supplier: 'SARL' });
    expect(state.invoices[PENDING]?.done).toEqual([]);
    // Turning to another invoice carries the search steps, not the rest.
    state = markDone(state, [6, 7, 8], 3);
    state = selectInvoice(state, 'FT-2', {}, 4);
    expect(currentProgress(state).done).toEqual([1, 2, 3, 4, 5]);
    expect(state.invoices['FT-1']?.done).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('ticking, skipping, restarting, and what the page shows', () => {
    let state = selectInvoice(defaultState(0), 'FT-1', {}, 1);
    state = setDone(state, 'FT-1', 6, true, 2);
    state = skipStep(state, 9, 3);
    expect(currentProgress(state)).toMatchObject({ done: [6], skipped: [9] });
    state = setDone(state, 'FT-1', 9, true, 4);
    expect(currentProgress(state)).toMatchObject({ done: [6, 9], skipped: [] });
    state = setDone(state, 'FT-1', 6, false, 5);
    expect(currentProgress(state).done).toEqual([9]);
    state = setShown(state, 10);
    expect(currentProgress(state).shown).toBe(10);
    expect(setShown(state, 10)).toBe(state);
    state = restart(state, 'FT-1', 6);
    expect(currentProgress(state)).toMatchObject({ done: [], skipped: [] });
  });

  test('after sending, a new round keeps the login and the works space', () => {
    const sent = markDone(
      selectInvoice(defaultState(0), 'FT-1', {}, 1),
      Array.from({ length: 23 }, (_, i) => i + 1),
      2,
    );
    const next = startNewRound(sent, 3);
    expect(next.current).toBe(PENDING);
    expect(currentProgress(next).done).toEqual([1, 2, 3]);
    expect(next.invoices['FT-1']?.done).toHaveLength(23);
  });
});
