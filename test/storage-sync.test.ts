// Issue 14: the settings follow the user through storage.sync where the browser has it.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultState, markDone, PENDING, STORAGE_KEY, type StoredState } from '../src/core/state.js';

let storage: typeof import('../src/storage.js');
beforeEach(async () => {
  vi.resetModules();
  storage = await import('../src/storage.js');
});

const withCadre = (s: StoredState, defaultCadre: StoredState['settings']['defaultCadre']): StoredState => ({
  ...s,
  settings: { ...s.settings, defaultCadre },
});

describe('settings in storage.sync', () => {
  test('a changed setting is written to sync; progress stays on this computer', async () => {
    await storage.loadState();
    await storage.updateState((s) => markDone(s, PENDING, [1], 1));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await storage.updateState((s) => withCadre(s, 'A17'));
    const synced = (await fakeBrowser.storage.sync.get(storage.SETTINGS_KEY))[storage.SETTINGS_KEY];
    expect(synced).toMatchObject({ defaultCadre: 'A17' });
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('invoices');
  });

  test('the synced settings win over this computer’s copy, and are validated', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: withCadre(defaultState(0), 'A16') });
    await fakeBrowser.storage.sync.set({ [storage.SETTINGS_KEY]: { defaultCadre: 'A18', disabled: ['cadre', 'nope'] } });
    const { state } = await storage.loadState();
    expect(state.settings).toMatchObject({ defaultCadre: 'A18', disabled: ['cadre'] });
  });

  test('a setting changed on another computer reaches this one', async () => {
    await storage.loadState();
    await storage.updateState((s) => markDone(s, 'FT-1', [1], 1));
    const seen: StoredState[] = [];
    storage.onStateChanged((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ [storage.SETTINGS_KEY]: { defaultCadre: 'A24' } });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.defaultCadre).toBe('A24'));
    expect(seen.at(-1)?.invoices.some((p) => p.number === 'FT-1')).toBe(true);
  });

  test('without a sync area, the settings are kept in storage.local', async () => {
    const sync = fakeBrowser.storage.sync;
    Object.assign(fakeBrowser.storage, { sync: undefined });
    try {
      await storage.loadState();
      await storage.updateState((s) => withCadre(s, 'A16'));
      const local = await fakeBrowser.storage.local.get(storage.SETTINGS_KEY);
      expect(local[storage.SETTINGS_KEY]).toMatchObject({ defaultCadre: 'A16' });
    } finally {
      Object.assign(fakeBrowser.storage, { sync });
    }
  });
});
