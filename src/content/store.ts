// The stored state, as the content script sees it: read once, validated, written back only
// when it changed, and refreshed when the popup changes it.
import browser from 'webextension-polyfill';
import { readState, STORAGE_KEY, type StoredState } from '../core/state.js';

export async function loadState(): Promise<StoredState> {
  const raw = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return readState(raw).state;
}

export async function saveState(state: StoredState): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: state });
}

export function onStateChanged(listener: (state: StoredState) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(STORAGE_KEY in changes)) return;
    listener(readState(changes[STORAGE_KEY]?.newValue).state);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
