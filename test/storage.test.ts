import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultState, markDone, PENDING, STORAGE_KEY, type StoredState } from '../src/core/state.js';

// Each test gets a fresh module: what a context knows of storage starts empty.
let storage: typeof import('../src/storage.js');
beforeEach(async () => {
  vi.resetModules();
  storage = await import('../src/storage.js');
});

function countWrites(): () => number {
  let writes = 0;
  fakeBrowser.storage.onChanged.addListener(() => {
    writes += 1;
  });
  return () => writes;
}

describe('the storage module', () => {
  test('a change that changes nothing writes nothing', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: defaultState(0) });
    await storage.loadState();
    const writes = countWrites();
    await storage.updateState((s) => s);
    await storage.updateState((s) => markDone(s, PENDING, [], 1));
    expect(writes()).toBe(0);
    await storage.updateState((s) => markDone(s, PENDING, [1], 1));
    await storage.updateState((s) => markDone(s, PENDING, [1], 2));
    expect(writes()).toBe(1);
  });

  test('a change is applied to what another context stored last, not to an old copy', async () => {
    await storage.loadState();
    await storage.updateState((s) => markDone(s, 'FT-1', [1], 1));
    // Another tab stores progress on FT-2.
    const stored = (await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as StoredState;
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: markDone(stored, 'FT-2', [2], 2) });
    await storage.updateState((s) => markDone(s, 'FT-1', [3], 3));
    const after = (await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as StoredState;
    expect(after.invoices.map((p) => [p.number, p.done])).toEqual([
      [PENDING, []],
      ['FT-2', [2]],
      ['FT-1', [1, 3]],
    ]);
  });

  test('a value that had to be reset is replaced at the first write, with the flag for the popup', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: { version: 2, invoices: { __proto__: [] } } });
    expect((await storage.loadState()).reset).toBe(true);
    await storage.updateState((s) => s);
    const items = await fakeBrowser.storage.local.get(null);
    expect(items[storage.RESET_FLAG]).toBe(true);
    expect(items[STORAGE_KEY]).toEqual(defaultState(expect.any(Number) as unknown as number));
  });

  test('listeners get the validated state, whatever was written', async () => {
    await storage.loadState();
    const seen: StoredState[] = [];
    storage.onStateChanged((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: { version: 1, current: 'toString', invoices: {} } });
    expect(seen.map((s) => s.current)).toEqual([PENDING]);
  });
});
