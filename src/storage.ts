// The one module that reads and writes the stored state, in every context (content script,
// popup, options, background). Each context keeps the last stored value, refreshed by
// storage.onChanged; a change is applied to that value and written only when the result
// differs from what is stored, so that a context that has nothing new writes nothing.
import browser from 'webextension-polyfill';
import { prune, type ReadResult, readState, STORAGE_KEY, type StoredState } from './core/state.js';

/** Set when a stored value had to be reset, so that the popup tells the user once. */
export const RESET_FLAG = 'moeStateWasReset';

interface Known {
  /** What storage holds, as JSON, to compare a change with. */
  stored: string;
  state: StoredState;
  reset: boolean;
}

let known: Known | null = null;
const listeners = new Set<(state: StoredState) => void>();

function remember(raw: unknown): Known {
  const { state, reset } = readState(raw);
  known = { stored: JSON.stringify(raw ?? null), state, reset };
  return known;
}

function onChanged(changes: Record<string, browser.Storage.StorageChange>, area: string): void {
  if (area !== 'local' || !Object.hasOwn(changes, STORAGE_KEY)) return;
  const { state } = remember(changes[STORAGE_KEY]?.newValue);
  for (const listener of listeners) listener(state);
}

/** Reads and validates the stored state; afterwards the context follows every change. */
export async function loadState(): Promise<ReadResult> {
  const raw = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  if (!browser.storage.onChanged.hasListener(onChanged)) browser.storage.onChanged.addListener(onChanged);
  const { state, reset } = remember(raw);
  return { state, reset };
}

/**
 * Applies a change to the stored state (loaded first) and writes the result if it differs
 * from what is stored. A value that was reset is written with the flag for the popup.
 */
export function updateState(change: (state: StoredState) => StoredState): Promise<void> {
  if (!known) return Promise.reject(new Error('updateState before loadState'));
  const next = prune(change(known.state), Date.now());
  const text = JSON.stringify(next);
  if (text === known.stored) return Promise.resolve();
  const items: Record<string, unknown> = { [STORAGE_KEY]: next };
  if (known.reset) items[RESET_FLAG] = true;
  known = { stored: text, state: next, reset: false };
  return browser.storage.local.set(items);
}

export function onStateChanged(listener: (state: StoredState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a reset is still to be told to the user; the flag is cleared once read. */
export async function takeResetNotice(): Promise<boolean> {
  const flag = (await browser.storage.local.get(RESET_FLAG))[RESET_FLAG] === true;
  if (flag) await browser.storage.local.remove(RESET_FLAG);
  return flag || known?.reset === true;
}
