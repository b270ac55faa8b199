// What the extension stores in storage.local: a small versioned schema, validated on read.
// A value that does not fit (corrupt, or from an unknown version) is reset, never trusted.
import { DEFAULT_CADRE, MOE_CADRES, type MoeCadre } from './cadres.js';
import { STEP_COUNT } from './steps.js';

export const STATE_VERSION = 1;
export const STORAGE_KEY = 'moeState';
/** Progress made before an invoice is known (log in, search) waits under this key. */
export const PENDING = '';

export interface InvoiceProgress {
  number: string;
  supplier?: string;
  amount?: string;
  /** Chorus Pro's « mise à disposition MOE » date, "dd/mm/yyyy [hh:mm]", when read. */
  receivedAt?: string;
  done: number[];
  /** Steps the user chose to pass over: not done, but no longer the next one. */
  skipped: number[];
  /** The step the assistant shows on the page now, for the popup to agree with it. */
  shown?: number;
  updatedAt: number;
}

export type AutomationId =
  | 'role-moe'
  | 'structure'
  | 'export-pdf'
  | 'export-no-attachments'
  | 'cadre'
  | 'attachment-designation'
  | 'attachment-type'
  | 'amount-check';

export type LanguageSetting = 'auto' | 'fr' | 'en';

export interface Settings {
  defaultCadre: MoeCadre;
  disabled: AutomationId[];
  language: LanguageSetting;
}

export interface StoredState {
  version: typeof STATE_VERSION;
  invoices: Record<string, InvoiceProgress>;
  /** The invoice the user is working on, PENDING when none yet. */
  current: string;
  settings: Settings;
}

export const AUTOMATION_IDS: AutomationId[] = [
  'role-moe',
  'structure',
  'export-pdf',
  'export-no-attachments',
  'cadre',
  'attachment-designation',
  'attachment-type',
  'amount-check',
];

export function emptyProgress(number: string, now: number): InvoiceProgress {
  return { number, done: [], skipped: [], updatedAt: now };
}

export function defaultState(now = 0): StoredState {
  return {
    version: STATE_VERSION,
    invoices: { [PENDING]: emptyProgress(PENDING, now) },
    current: PENDING,
    settings: { defaultCadre: DEFAULT_CADRE, disabled: [], language: 'auto' },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stepList(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= STEP_COUNT))].sort((a, b) => a - b);
}

function readProgress(key: string, v: unknown): InvoiceProgress | null {
  if (!isRecord(v) || !Array.isArray(v.done)) return null;
  const p: InvoiceProgress = {
    number: key,
    done: stepList(v.done),
    skipped: stepList(v.skipped),
    updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0,
  };
  if (typeof v.supplier === 'string') p.supplier = v.supplier;
  if (typeof v.amount === 'string') p.amount = v.amount;
  if (typeof v.receivedAt === 'string') p.receivedAt = v.receivedAt;
  if (typeof v.shown === 'number' && Number.isInteger(v.shown) && v.shown >= 1 && v.shown <= STEP_COUNT) p.shown = v.shown;
  return p;
}

export interface ReadResult {
  state: StoredState;
  /** True when what was stored could not be used and was replaced by defaults. */
  reset: boolean;
}

/** Validates a stored value. Unknown fields are dropped, bad entries skipped. */
export function readState(raw: unknown, now = Date.now()): ReadResult {
  if (raw === undefined || raw === null) return { state: defaultState(now), reset: false };
  if (!isRecord(raw) || raw.version !== STATE_VERSION || !isRecord(raw.invoices)) {
    return { state: defaultState(now), reset: true };
  }
  const state = defaultState(now);
  for (const [key, value] of Object.entries(raw.invoices)) {
    const progress = readProgress(key, value);
    if (progress) state.invoices[key] = progress;
  }
  if (typeof raw.current === 'string' && raw.current in state.invoices) state.current = raw.current;
  if (isRecord(raw.settings)) {
    const { defaultCadre, disabled, language } = raw.settings;
    if (typeof defaultCadre === 'string' && (MOE_CADRES as readonly string[]).includes(defaultCadre)) {
      state.settings.defaultCadre = defaultCadre as MoeCadre;
    }
    if (Array.isArray(disabled)) {
      state.settings.disabled = AUTOMATION_IDS.filter((id) => disabled.includes(id));
    }
    if (language === 'fr' || language === 'en') state.settings.language = language;
  }
  return { state, reset: false };
}

export function currentProgress(state: StoredState): InvoiceProgress {
  return state.invoices[state.current] ?? emptyProgress(state.current, 0);
}

/** Marks steps done for the current invoice; returns a new state (or the same if nothing changed). */
export function markDone(state: StoredState, steps: number[], now: number): StoredState {
  const progress = currentProgress(state);
  const added = steps.filter((n) => !progress.done.includes(n));
  if (added.length === 0) return state;
  const done = [...progress.done, ...added].sort((a, b) => a - b);
  return { ...state, invoices: { ...state.invoices, [state.current]: { ...progress, done, updatedAt: now } } };
}

/** The user ticks or unticks a step by hand (popup checkbox, « C'est fait »). */
export function setDone(state: StoredState, key: string, step: number, done: boolean, now: number): StoredState {
  const progress = state.invoices[key] ?? emptyProgress(key, now);
  const without = progress.done.filter((n) => n !== step);
  const next = done ? [...without, step].sort((a, b) => a - b) : without;
  const skipped = progress.skipped.filter((n) => n !== step);
  return { ...state, invoices: { ...state.invoices, [key]: { ...progress, done: next, skipped, updatedAt: now } } };
}

export function skipStep(state: StoredState, step: number, now: number): StoredState {
  const progress = currentProgress(state);
  if (progress.skipped.includes(step)) return state;
  const skipped = [...progress.skipped, step].sort((a, b) => a - b);
  return { ...state, invoices: { ...state.invoices, [state.current]: { ...progress, skipped, updatedAt: now } } };
}

export function restart(state: StoredState, key: string, now: number): StoredState {
  const progress = state.invoices[key] ?? emptyProgress(key, now);
  return { ...state, invoices: { ...state.invoices, [key]: { ...progress, done: [], skipped: [], updatedAt: now } } };
}

/**
 * The user turned to an invoice (downloading it, opening it): it becomes current, and the
 * steps done before any invoice was known (log in, search) count for it.
 */
export function selectInvoice(
  state: StoredState,
  number: string,
  facts: Pick<InvoiceProgress, 'supplier' | 'amount' | 'receivedAt'>,
  now: number,
): StoredState {
  if (!number) return state;
  const pending = state.invoices[PENDING] ?? emptyProgress(PENDING, now);
  const existing = state.invoices[number] ?? emptyProgress(number, now);
  const carried = state.current === number ? [] : currentProgress(state).done.filter((n) => n <= 5);
  const done = [...new Set([...existing.done, ...pending.done, ...carried])].sort((a, b) => a - b);
  const merged: InvoiceProgress = { ...existing, done, skipped: existing.skipped, updatedAt: now };
  if (facts.supplier) merged.supplier = facts.supplier;
  if (facts.amount) merged.amount = facts.amount;
  if (facts.receivedAt) merged.receivedAt = facts.receivedAt;
  const invoices = { ...state.invoices, [number]: merged, [PENDING]: emptyProgress(PENDING, now) };
  return { ...state, invoices, current: number };
}

/** After an invoice is sent, a new round starts: logging in and the works space stay done. */
export function startNewRound(state: StoredState, now: number): StoredState {
  const kept = currentProgress(state).done.filter((n) => n <= 3);
  return {
    ...state,
    current: PENDING,
    invoices: { ...state.invoices, [PENDING]: { ...emptyProgress(PENDING, now), done: kept } },
  };
}

/** Records the step the page shows (null: none), so the popup highlights the same one. */
export function setShown(state: StoredState, step: number | null): StoredState {
  const progress = currentProgress(state);
  if ((progress.shown ?? null) === step) return state;
  const next: InvoiceProgress = { ...progress };
  if (step === null) delete next.shown;
  else next.shown = step;
  return { ...state, invoices: { ...state.invoices, [state.current]: next } };
}
