import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  clearPicked,
  defaultState,
  dropPicked,
  findInvoice,
  findPicked,
  MAX_INVOICES,
  MAX_PICKED,
  MAX_TEXT,
  markDone,
  PENDING,
  progressOf,
  readPickedLocator,
  readState,
  recordFacts,
  restart,
  SENT_KEPT_MS,
  STATE_VERSION,
  type StoredState,
  selectInvoice,
  setDone,
  setPicked,
  skipStep,
  startNewRound,
} from '../../src/core/state.js';
import { storedJson } from './stored-json.js';

const ALL = Array.from({ length: 23 }, (_, i) => i + 1);
const DAY = 24 * 60 * 60 * 1000;

describe('stored state', () => {
  test('nothing stored: defaults, no reset notice', () => {
    expect(readState(undefined, 5)).toEqual({ state: defaultState(5), reset: false });
  });

  test.each([
    ['garbage'],
    [42],
    [{ version: 99, invoices: [] }],
    [{ version: STATE_VERSION, invoices: 'x' }],
    [{ version: 1, invoices: [] }],
    [[1, 2]],
    [{ invoices: {} }],
  ])('a corrupt or unknown value %j is reset with a notice, never trusted', (raw) => {
    const { state, reset } = readState(raw, 0);
    expect(reset).toBe(true);
    expect(state).toEqual(defaultState(0));
  });

  test('bad entries are dropped, good ones kept, settings validated', () => {
    const { state, reset } = readState({
      version: STATE_VERSION,
      current: 'F-1',
      invoices: [
        { number: 'F-1', done: [3, 1, 1, 99, 'x', 2.5], skipped: [9], updatedAt: 5, supplier: 'SARL', extra: 1, draftSavedAt: 4 },
        { number: 'F-2', done: [], skipped: [], updatedAt: 1, draftSavedAt: 'yesterday' },
        { number: 'broken', done: 'nope' },
        { done: [1] },
        'x',
      ],
      settings: { defaultCadre: 'A16', disabled: ['cadre', 'unknown'], language: 'en', moeDays: 10 },
    });
    expect(reset).toBe(false);
    expect(state.current).toBe('F-1');
    expect(findInvoice(state, 'F-1')).toEqual({
      number: 'F-1',
      done: [1, 3],
      skipped: [9],
      updatedAt: 5,
      supplier: 'SARL',
      draftSavedAt: 4,
    });
    expect(findInvoice(state, 'F-2')).toEqual({ number: 'F-2', done: [], skipped: [], updatedAt: 1 });
    expect(findInvoice(state, 'broken')).toBeUndefined();
    expect(state.invoices.map((p) => p.number)).toEqual([PENDING, 'F-1', 'F-2']);
    expect(state.settings).toEqual({ defaultCadre: 'A16', disabled: ['cadre'], language: 'en', moeDays: 10 });
    const other = readState({ ...state, settings: { defaultCadre: 'A1', language: 'de', moeDays: 16 } }).state.settings;
    expect(other).toEqual({ defaultCadre: 'A15', disabled: [], language: 'auto', moeDays: 7 });
  });

  test('version 1 is migrated: invoices keyed by number become a list, the shown step is dropped', () => {
    const { state, reset } = readState(
      {
        version: 1,
        current: 'FT-1',
        invoices: {
          '': { number: '', done: [1, 2], skipped: [], updatedAt: 3 },
          'FT-1': { number: 'FT-1', done: [1, 2, 3], skipped: [4], updatedAt: 4, shown: 5, receivedAt: '24/11/2026' },
        },
        settings: { defaultCadre: 'A17', disabled: ['structure'] },
      },
      10,
    );
    expect(reset).toBe(false);
    expect(state).toEqual({
      version: 2,
      current: 'FT-1',
      invoices: [
        { number: '', done: [1, 2], skipped: [], updatedAt: 3 },
        { number: 'FT-1', done: [1, 2, 3], skipped: [4], updatedAt: 4, receivedAt: '24/11/2026' },
      ],
      settings: { defaultCadre: 'A17', disabled: ['structure'], language: 'auto', moeDays: 7 },
      picked: [],
    });
  });

  test.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])(
    'an inherited name %s is data, never a way into Object.prototype',
    (name) => {
      const v1 = JSON.parse(`{"version":1,"current":"${name}","invoices":{"${name}":{"done":[1]}}}`);
      const { state } = readState(v1, 0);
      expect(state.current).toBe(name);
      expect(progressOf(state, name).done).toEqual([1]);
      expect(readState({ version: 1, current: name, invoices: {} }, 0).state.current).toBe(PENDING);
      expect(readState(JSON.parse(`{"version":2,"invoices":[],"${name}":1}`), 0).reset).toBe(false);
      // An invoice the supplier numbered so is tracked like any other.
      const chosen = selectInvoice(defaultState(0), name, { supplier: 'X' }, PENDING, 1);
      expect(progressOf(chosen, name)).toMatchObject({ number: name, supplier: 'X' });
      expect(Object.getPrototypeOf(readState(chosen, 2).state.invoices)).toBe(Array.prototype);
    },
  );

  test('page text is capped at 120 characters', () => {
    const long = 'S'.repeat(100_000);
    const state = selectInvoice(defaultState(0), long, { supplier: long, amount: long, receivedAt: long }, PENDING, 1);
    const stored = readState(JSON.parse(JSON.stringify(state)), 2).state;
    for (const p of [...state.invoices, ...stored.invoices]) {
      for (const v of [p.number, p.supplier, p.amount, p.receivedAt]) expect((v ?? '').length).toBeLessThanOrEqual(MAX_TEXT);
    }
    expect(JSON.stringify(stored).length).toBeLessThan(1000);
  });

  test('at most 200 invoices: sent ones go after 90 days, then the least recently touched', () => {
    const now = 1000 * DAY;
    const invoices = Array.from({ length: 250 }, (_, i) => ({
      number: `F-${i}`,
      done: i < 10 ? ALL : [1],
      skipped: [],
      updatedAt: i < 10 ? now - 91 * DAY : now - (250 - i) * 1000,
    }));
    const { state } = readState({ version: 2, current: 'F-0', invoices }, now);
    expect(state.invoices).toHaveLength(MAX_INVOICES);
    // The current one stays even when sent long ago; the other old sent ones went first.
    expect(findInvoice(state, 'F-0')).toBeDefined();
    expect(findInvoice(state, 'F-1')).toBeUndefined();
    expect(findInvoice(state, PENDING)).toBeDefined();
    // 249 others, 9 sent ones gone: 240 left, the 42 oldest unsent go too.
    expect(findInvoice(state, 'F-51')).toBeUndefined();
    expect(findInvoice(state, 'F-52')).toBeDefined();
    const recent = readState(
      { version: 2, invoices: [{ number: 'S', done: ALL, skipped: [], updatedAt: now - SENT_KEPT_MS + DAY }] },
      now,
    );
    expect(findInvoice(recent.state, 'S')).toBeDefined();
  });

  test('steps done before an invoice is known count for it once chosen', () => {
    let state = markDone(defaultState(0), PENDING, [1, 2, 3, 4, 5], 1);
    state = selectInvoice(state, 'FT-1', { supplier: 'SARL', amount: '10,00 €', receivedAt: '24/11/2026' }, PENDING, 2);
    expect(state.current).toBe('FT-1');
    expect(progressOf(state, 'FT-1')).toMatchObject({ number: 'FT-1', done: [1, 2, 3, 4, 5], supplier: 'SARL' });
    expect(progressOf(state, PENDING).done).toEqual([]);
    // Turning to another invoice carries the search steps, not the rest.
    state = markDone(state, 'FT-1', [6, 7, 8], 3);
    state = selectInvoice(state, 'FT-2', {}, 'FT-1', 4);
    expect(progressOf(state, 'FT-2').done).toEqual([1, 2, 3, 4, 5]);
    expect(progressOf(state, 'FT-1').done).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Choosing it again changes nothing.
    expect(selectInvoice(state, 'FT-2', {}, 'FT-1', 5)).toBe(state);
  });

  test('facts from a page are recorded once, and change nothing when already known', () => {
    const once = recordFacts(defaultState(0), 'FT-1', { supplier: 'SARL' }, 1);
    expect(progressOf(once, 'FT-1').supplier).toBe('SARL');
    expect(once.current).toBe(PENDING);
    expect(recordFacts(once, 'FT-1', { supplier: 'SARL' }, 2)).toBe(once);
  });

  test('ticking, skipping, restarting', () => {
    let state = selectInvoice(defaultState(0), 'FT-1', {}, PENDING, 1);
    state = setDone(state, 'FT-1', 6, true, 2);
    state = skipStep(state, 'FT-1', 9, 3);
    expect(progressOf(state, 'FT-1')).toMatchObject({ done: [6], skipped: [9] });
    state = setDone(state, 'FT-1', 9, true, 4);
    expect(progressOf(state, 'FT-1')).toMatchObject({ done: [6, 9], skipped: [] });
    state = setDone(state, 'FT-1', 6, false, 5);
    expect(progressOf(state, 'FT-1').done).toEqual([9]);
    state = restart(state, 'FT-1', 6);
    expect(progressOf(state, 'FT-1')).toMatchObject({ done: [], skipped: [] });
  });

  test('after sending, a new round keeps the login and the works space', () => {
    const sent = markDone(selectInvoice(defaultState(0), 'FT-1', {}, PENDING, 1), 'FT-1', ALL, 2);
    const next = startNewRound(sent, 'FT-1', 3);
    expect(next.current).toBe(PENDING);
    expect(progressOf(next, PENDING).done).toEqual([1, 2, 3]);
    expect(progressOf(next, 'FT-1').done).toHaveLength(23);
    expect(startNewRound(next, 'FT-1', 4)).toBe(next);
  });
});

function expectValid(state: StoredState): void {
  expect(state.version).toBe(STATE_VERSION);
  expect(Array.isArray(state.invoices)).toBe(true);
  expect(state.invoices.length).toBeLessThanOrEqual(MAX_INVOICES);
  expect(new Set(state.invoices.map((p) => p.number)).size).toBe(state.invoices.length);
  expect(findInvoice(state, state.current)).toBeDefined();
  for (const p of state.invoices) {
    expect(p.number.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(p.done.every((n) => Number.isInteger(n) && n >= 1 && n <= 23)).toBe(true);
  }
  expect(state.picked.length).toBeLessThanOrEqual(MAX_PICKED);
  expect(new Set(state.picked.map((p) => `${p.host} ${p.step}`)).size).toBe(state.picked.length);
  for (const p of state.picked) {
    expect(Number.isInteger(p.step) && p.step >= 1 && p.step <= 23).toBe(true);
    // Every stored locator reads back as itself: nothing unknown or broken is kept.
    expect(readPickedLocator(p.locator)).toEqual(p.locator);
  }
}

test('any stored JSON: read, migrated or reset, bounded, and stable when read again (10 000 runs)', () => {
  fc.assert(
    fc.property(storedJson, (raw) => {
      const { state } = readState(raw, 1);
      expectValid(state);
      expect(readState(JSON.parse(JSON.stringify(state)), 1)).toEqual({ state, reset: false });
      // What the content script does with it: mark, choose, record, start again.
      let next = markDone(state, state.current, [1, 2], 2);
      next = selectInvoice(next, 'constructor', { supplier: '__proto__' }, state.current, 3);
      next = recordFacts(next, '__proto__', { receivedAt: 'toString' }, 4);
      next = startNewRound(markDone(next, 'constructor', ALL, 5), 'constructor', 6);
      next = setPicked(next, 'chorus-pro.gouv.fr', 2, { by: 'id', id: '__proto__' }, 7);
      next = dropPicked(next, state.picked[0]?.host ?? '', state.picked[0]?.step ?? 1);
      expectValid(next);
    }),
    { numRuns: 10_000 },
  );
  // 10 000 runs take seconds on a loaded 2-core machine: no time limit but the run's own.
}, 60_000);

describe('elements the user showed (issue 14)', () => {
  const HOST = 'portail.chorus-pro.gouv.fr';
  test('one per step and host: a new pick replaces the old, another host keeps its own', () => {
    let s = setPicked(defaultState(0), HOST, 2, { by: 'id', id: 'old' }, 1);
    s = setPicked(s, HOST, 2, { by: 'role', role: 'link', name: 'Ouvrir' }, 2);
    s = setPicked(s, 'chorus-pro.gouv.fr', 2, { by: 'label', text: 'Montant HT' }, 3);
    expect(findPicked(s, HOST, 2)?.locator).toEqual({ by: 'role', role: 'link', name: 'Ouvrir' });
    expect(findPicked(s, 'chorus-pro.gouv.fr', 2)?.locator).toEqual({ by: 'label', text: 'Montant HT' });
    expect(findPicked(s, HOST, 3)).toBeUndefined();
    expect(dropPicked(s, HOST, 2).picked.map((p) => p.host)).toEqual(['chorus-pro.gouv.fr']);
    expect(clearPicked(s).picked).toEqual([]);
  });

  test('stored picks survive a read; broken ones are skipped, the latest of two for a step wins', () => {
    const path = {
      by: 'path',
      from: { id: 'GFT_Form' },
      steps: [
        { tag: 'div', nth: 2 },
        { tag: 'button', nth: 1 },
      ],
    };
    const raw = {
      version: 2,
      invoices: [],
      picked: [
        { host: HOST, step: 7, locator: path, at: 5 },
        { host: HOST, step: 7, locator: { by: 'id', id: 'older' }, at: 4 },
        { host: HOST, step: 24, locator: { by: 'id', id: 'x' }, at: 1 },
        { host: 'a b', step: 3, locator: { by: 'id', id: 'x' }, at: 1 },
        { host: HOST, step: 3, locator: { by: 'role', role: 'menu', name: 'x' }, at: 1 },
        { host: HOST, step: 4, locator: { by: 'path', from: { body: true }, steps: [] }, at: 1 },
        {
          host: HOST,
          step: 5,
          locator: { by: 'path', from: { landmark: 'main' }, steps: Array(7).fill({ tag: 'div', nth: 1 }) },
        },
        { host: HOST, step: 6, locator: { by: 'name', tag: 'input', name: 'cadre', value: 'A15', extra: 1 }, at: 2 },
      ],
    };
    const { state } = readState(raw, 10);
    expect(state.picked).toEqual([
      { host: HOST, step: 7, locator: path, at: 5 },
      { host: HOST, step: 6, locator: { by: 'name', tag: 'input', name: 'cadre', value: 'A15' }, at: 2 },
    ]);
  });

  test('at most MAX_PICKED are kept', () => {
    const picked = Array.from({ length: MAX_PICKED + 20 }, (_, i) => ({
      host: `h${i}.chorus-pro.gouv.fr`,
      step: 1,
      locator: { by: 'id', id: 'GFT_Login' },
      at: i,
    }));
    expect(readState({ version: 2, invoices: [], picked }, 0).state.picked).toHaveLength(MAX_PICKED);
  });
});
