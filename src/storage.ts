// The one module that reads and writes the stored state, in every context (content script,
// popup, options, background). Each context keeps the last stored value, refreshed by
// storage.onChanged; a change is applied to that value and written only when the result
// differs from what is stored, so that a context that has nothing new writes nothing.
// The settings also go to storage.sync where the browser has it, so that they follow the user
// to their other computers; there they win over the local copy (issue 14).
import { browser, type Storage } from './browser.js';
import { prune, type ReadResult, readSettings, readState, type Settings, STORAGE_KEY, type StoredState } from './core/state.js';

/** Set when a stored value had to be reset, so that the popup tells the user once. */
export const RESET_FLAG = 'moeStateWasReset';
/** The settings, in storage.sync (else storage.local). */
export const SETTINGS_KEY = 'moeSettings';

function settingsArea(): Storage.StorageArea {
  // Some builds (Firefox for Android before 79, Chromium forks) have no sync area.
  return browser.storage.sync ?? browser.storage.local;
}

/** The last synced settings, as JSON, and read; null until the user changes a setting somewhere. */
let synced: { stored: string; settings: Settings } | null = null;

function rememberSynced(raw: unknown): void {
  synced = raw === undefined || raw === null ? null : { stored: JSON.stringify(raw), settings: readSettings(raw) };
}

interface Known {
  /** What storage holds, as JSON, to compare a change with. */
  stored: string;
  state: StoredState;
  reset: boolean;
}

let known: Known | null = null;
const listeners = new Set<(state: StoredState) => void>();

function remember(raw: unknown): Known {
  const read = readState(raw);
  const state = synced ? { ...read.state, settings: synced.settings } : read.state;
  known = { stored: JSON.stringify(raw ?? null), state, reset: read.reset };
  return known;
}

function onChanged(changes: Record<string, Storage.StorageChange>, area: string): void {
  const local = area === 'local' && Object.hasOwn(changes, STORAGE_KEY);
  const settings = Object.hasOwn(changes, SETTINGS_KEY) && (area === 'sync' || settingsArea() === browser.storage.local);
  if (!local && !settings) return;
  if (settings) rememberSynced(changes[SETTINGS_KEY]?.newValue);
  const raw = local ? changes[STORAGE_KEY]?.newValue : known ? JSON.parse(known.stored) : undefined;
  const { state } = remember(raw);
  for (const listener of listeners) listener(state);
}

/** Reads and validates the stored state; afterwards the context follows every change. */
export async function loadState(): Promise<ReadResult> {
  // Both areas at once: a page load waits for one round trip, not two.
  const [local, settings] = await Promise.all([browser.storage.local.get(STORAGE_KEY), settingsArea().get(SETTINGS_KEY)]);
  const raw = local[STORAGE_KEY];
  rememberSynced(settings[SETTINGS_KEY]);
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
  const writes: Promise<void>[] = [];
  const settingsText = JSON.stringify(next.settings);
  if (settingsText !== (synced?.stored ?? JSON.stringify(known.state.settings))) {
    synced = { stored: settingsText, settings: next.settings };
    writes.push(settingsArea().set({ [SETTINGS_KEY]: next.settings }));
  }
  const text = JSON.stringify(next);
  if (text !== known.stored) {
    const items: Record<string, unknown> = { [STORAGE_KEY]: next };
    if (known.reset) items[RESET_FLAG] = true;
    writes.push(browser.storage.local.set(items));
  }
  known = { stored: text, state: next, reset: writes.length > 0 ? false : known.reset };
  return Promise.all(writes).then(() => undefined);
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
