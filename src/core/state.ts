// What the extension stores in storage.local (the settings also in storage.sync, see
// src/storage.ts): a small versioned schema, validated on read.
// A value that does not fit (corrupt, or from an unknown version) is reset, never trusted;
// a value from version 1 is migrated. Invoices are kept in a list, not keyed by their
// number: a number comes from the page, and "__proto__" or "constructor" must stay data.
import { DEFAULT_CADRE, MOE_CADRES, type MoeCadre } from './cadres.js';
import { clampMoeDays, MOE_DAYS, moeDeadline } from './deadline.js';
import { AUTOMATION_IDS, type AutomationId } from './features.js';
import { carriedSteps, isSent, STEP_COUNT } from './steps.js';

export const STATE_VERSION = 2;
export const STORAGE_KEY = 'moeState';
/** Progress made before an invoice is known (log in, search) waits under this number. */
export const PENDING = '';
/** Page text kept per field: an invoice number, a supplier's name or an amount fits easily. */
export const MAX_TEXT = 120;
/** Invoices kept: a year's work for a busy MOE, and a save that stays small. */
export const MAX_INVOICES = 200;
/** A sent invoice is forgotten after this long. */
export const SENT_KEPT_MS = 90 * 24 * 60 * 60 * 1000;

export interface InvoiceProgress {
  number: string;
  supplier?: string;
  amount?: string;
  /** Chorus Pro's « mise à disposition MOE » date, "dd/mm/yyyy [hh:mm]", when read. */
  receivedAt?: string;
  /** When the user last clicked « Enregistrer »: a draft, not sent (mistake n° 6). */
  draftSavedAt?: number;
  done: number[];
  /** Steps the user chose to pass over: not done, but no longer the next one. */
  skipped: number[];
  updatedAt: number;
}

export type Language = 'auto' | 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['auto', 'fr', 'en'];

export interface Settings {
  defaultCadre: MoeCadre;
  disabled: AutomationId[];
  language: Language;
  /** The MOE's delay in days, 1–15 (7 unless the contract sets another). */
  moeDays: number;
  /** Who helps the users of this organisation, shown at the foot of the card; unset when empty. */
  help?: HelpContact;
}

/** The organisation's help contact (issue 14): the tutorial ends by sending users to their purchasing service. */
export interface HelpContact {
  name: string;
  phone: string;
  email: string;
}

export interface StoredState {
  version: typeof STATE_VERSION;
  invoices: InvoiceProgress[];
  /** The invoice the user last acted on, PENDING when none yet. */
  current: string;
  settings: Settings;
  /** Elements the user showed the assistant with « Montrer l'élément » (issue 14). */
  picked: PickedElement[];
}

/**
 * How to find again an element the user showed: its id, the label of a field, a role and
 * name, a `name` attribute, or a short path of tags from an element with a stable id or a
 * landmark. Data only: src/chorus/picked.ts derives and resolves it.
 */
export type PickedLocator =
  | { by: 'id'; id: string }
  | { by: 'label'; text: string }
  | { by: 'role'; role: PickedRole; name: string }
  | { by: 'name'; tag: string; name: string; value?: string }
  | { by: 'path'; from: PathAnchor; steps: PathStep[] };

export type PickedRole = 'button' | 'link' | 'tab' | 'radio' | 'checkbox' | 'option';
export const PICKED_ROLES: readonly PickedRole[] = ['button', 'link', 'tab', 'radio', 'checkbox', 'option'];
/** Where a path starts: an element with a stable id, a landmark (`main`, `form`, …) or the body. */
export type PathAnchor = { id: string } | { landmark: string } | { body: true };
/** One step down: the n-th child of that tag (1-based, as :nth-of-type counts). */
export interface PathStep {
  tag: string;
  nth: number;
}
/** A path longer than this is too fragile to keep. */
export const MAX_PATH_STEPS = 6;
/** Picked elements kept: 23 steps on a few hosts. */
export const MAX_PICKED = 100;

export interface PickedElement {
  /** The page's host (the portal has several), e.g. portail.chorus-pro.gouv.fr. */
  host: string;
  step: number;
  locator: PickedLocator;
  at: number;
}

type Facts = Pick<InvoiceProgress, 'supplier' | 'amount' | 'receivedAt'>;

/** Page text as stored: at most MAX_TEXT characters. */
export function capText(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

export function emptyProgress(number: string, now: number): InvoiceProgress {
  return { number: capText(number), done: [], skipped: [], updatedAt: now };
}

export function defaultSettings(): Settings {
  return { defaultCadre: DEFAULT_CADRE, disabled: [], language: 'auto', moeDays: MOE_DAYS };
}

export function defaultState(now = 0): StoredState {
  return {
    version: STATE_VERSION,
    invoices: [emptyProgress(PENDING, now)],
    current: PENDING,
    settings: defaultSettings(),
    picked: [],
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field of a stored object, never one inherited from Object.prototype. */
function own(v: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(v, key) ? v[key] : undefined;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? capText(v) : undefined;
}

function stepList(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= STEP_COUNT))].sort((a, b) => a - b);
}

function readProgress(number: unknown, v: unknown): InvoiceProgress | null {
  if (typeof number !== 'string' || !isRecord(v) || !Array.isArray(own(v, 'done'))) return null;
  const updatedAt = own(v, 'updatedAt');
  const p: InvoiceProgress = {
    number: capText(number),
    done: stepList(own(v, 'done')),
    skipped: stepList(own(v, 'skipped')),
    updatedAt: typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? updatedAt : 0,
  };
  const supplier = text(own(v, 'supplier'));
  const amount = text(own(v, 'amount'));
  const receivedAt = text(own(v, 'receivedAt'));
  if (supplier !== undefined) p.supplier = supplier;
  if (amount !== undefined) p.amount = amount;
  if (receivedAt !== undefined) p.receivedAt = receivedAt;
  const draftSavedAt = own(v, 'draftSavedAt');
  if (typeof draftSavedAt === 'number' && Number.isFinite(draftSavedAt)) p.draftSavedAt = draftSavedAt;
  return p;
}

/** Stored settings, validated: every unknown or bad value falls back to its default. */
export function readSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  const defaultCadre = own(raw, 'defaultCadre');
  const disabled = own(raw, 'disabled');
  const language = own(raw, 'language');
  if (typeof defaultCadre === 'string' && (MOE_CADRES as readonly string[]).includes(defaultCadre)) {
    settings.defaultCadre = defaultCadre as MoeCadre;
  }
  // Only the described automations: an id from an older or newer version is dropped.
  if (Array.isArray(disabled)) settings.disabled = AUTOMATION_IDS.filter((id) => disabled.includes(id));
  if (typeof language === 'string' && (LANGUAGES as readonly string[]).includes(language)) {
    settings.language = language as Language;
  }
  const help = readHelp(own(raw, 'help'));
  if (help) settings.help = help;
  // Added after version 2 shipped: absent or out of range reads as the default, 7.
  settings.moeDays = clampMoeDays(own(raw, 'moeDays'));
  return settings;
}

function readHelp(raw: unknown): HelpContact | undefined {
  if (!isRecord(raw)) return undefined;
  const contact = {
    name: (text(own(raw, 'name')) ?? '').trim(),
    phone: (text(own(raw, 'phone')) ?? '').trim(),
    email: (text(own(raw, 'email')) ?? '').trim(),
  };
  return contact.name || contact.phone || contact.email ? contact : undefined;
}

/** What « Exporter les réglages » writes: the settings, named so that an import can tell. */
export const SETTINGS_FILE_FORMAT = 'chorus-moe-settings/1';

export function settingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings }, null, 2)}\n`;
}

/** A settings file read back and validated as stored settings are; null when it is not one. */
export function readSettingsFile(content: string): Settings | null {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return null;
  }
  if (!isRecord(raw) || own(raw, 'format') !== SETTINGS_FILE_FORMAT || !isRecord(own(raw, 'settings'))) return null;
  return readSettings(own(raw, 'settings'));
}

/** « Effacer la progression »: every invoice forgotten, the settings kept. */
export function resetProgress(state: StoredState, now: number): StoredState {
  return { ...state, invoices: [emptyProgress(PENDING, now)], current: PENDING };
}

export interface ReadResult {
  state: StoredState;
  /** True when what was stored could not be used and was replaced by defaults. */
  reset: boolean;
}

/** Version 1 kept invoices in an object keyed by number, and the step each page showed. */
function invoicesOfVersion1(raw: Record<string, unknown>): [unknown, unknown][] | null {
  const invoices = own(raw, 'invoices');
  return isRecord(invoices) ? Object.entries(invoices) : null;
}

function invoicesOfVersion2(raw: Record<string, unknown>): [unknown, unknown][] | null {
  const invoices = own(raw, 'invoices');
  if (!Array.isArray(invoices)) return null;
  return invoices.map((v) => [isRecord(v) ? own(v, 'number') : undefined, v]);
}

/** Validates (and migrates) a stored value. Unknown fields are dropped, bad entries skipped. */
export function readState(raw: unknown, now = Date.now()): ReadResult {
  if (raw === undefined || raw === null) return { state: defaultState(now), reset: false };
  const version = isRecord(raw) ? own(raw, 'version') : undefined;
  const entries = !isRecord(raw)
    ? null
    : version === 1
      ? invoicesOfVersion1(raw)
      : version === STATE_VERSION
        ? invoicesOfVersion2(raw)
        : null;
  if (!isRecord(raw) || !entries) return { state: defaultState(now), reset: true };
  const byNumber = new Map<string, InvoiceProgress>([[PENDING, emptyProgress(PENDING, now)]]);
  for (const [number, value] of entries) {
    const progress = readProgress(number, value);
    const known = progress && byNumber.get(progress.number);
    if (progress && (!known || known.number === PENDING || known.updatedAt <= progress.updatedAt)) {
      byNumber.set(progress.number, progress);
    }
  }
  const current = own(raw, 'current');
  const state: StoredState = {
    version: STATE_VERSION,
    invoices: [...byNumber.values()],
    current: typeof current === 'string' && byNumber.has(current) ? current : PENDING,
    settings: readSettings(own(raw, 'settings')),
    // Added after version 2 shipped: absent reads as none.
    picked: readPickedList(own(raw, 'picked')),
  };
  return { state: prune(state, now), reset: false };
}

/** Two states that would be stored alike. */
export function sameState(a: StoredState, b: StoredState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function findInvoice(state: StoredState, number: string): InvoiceProgress | undefined {
  return state.invoices.find((p) => p.number === number);
}

export function progressOf(state: StoredState, number: string): InvoiceProgress {
  return findInvoice(state, number) ?? emptyProgress(number, 0);
}

function withProgress(state: StoredState, progress: InvoiceProgress): StoredState {
  const others = state.invoices.filter((p) => p.number !== progress.number);
  return { ...state, invoices: [...others, progress] };
}

/**
 * Sent invoices older than SENT_KEPT_MS go first, then the least recently touched ones
 * beyond MAX_INVOICES. The current invoice and the pending progress always stay.
 */
export function prune(state: StoredState, now: number): StoredState {
  const keep = (p: InvoiceProgress) => p.number === PENDING || p.number === state.current;
  const fresh = state.invoices.filter((p) => keep(p) || !isSent(p.done) || now - p.updatedAt < SENT_KEPT_MS);
  if (fresh.length <= MAX_INVOICES) return fresh.length === state.invoices.length ? state : { ...state, invoices: fresh };
  const byAge = fresh.filter((p) => !keep(p)).sort((a, b) => a.updatedAt - b.updatedAt);
  const dropped = new Set(byAge.slice(0, fresh.length - MAX_INVOICES));
  return { ...state, invoices: fresh.filter((p) => !dropped.has(p)) };
}

/** Marks steps done for an invoice; returns the same state if nothing changed. */
export function markDone(state: StoredState, number: string, steps: number[], now: number): StoredState {
  const progress = progressOf(state, number);
  const added = [...new Set(steps)].filter((n) => !progress.done.includes(n));
  if (added.length === 0) return state;
  const done = [...progress.done, ...added].sort((a, b) => a - b);
  return withProgress(state, { ...progress, done, updatedAt: now });
}

/** The user ticks or unticks a step by hand (popup checkbox, « C'est fait »). */
export function setDone(state: StoredState, number: string, step: number, done: boolean, now: number): StoredState {
  const progress = progressOf(state, number);
  const without = progress.done.filter((n) => n !== step);
  const next = done ? [...without, step].sort((a, b) => a - b) : without;
  const skipped = progress.skipped.filter((n) => n !== step);
  return withProgress(state, { ...progress, done: next, skipped, updatedAt: now });
}

export function skipStep(state: StoredState, number: string, step: number, now: number): StoredState {
  const progress = progressOf(state, number);
  if (progress.skipped.includes(step)) return state;
  const skipped = [...progress.skipped, step].sort((a, b) => a - b);
  return withProgress(state, { ...progress, skipped, updatedAt: now });
}

export function restart(state: StoredState, number: string, now: number): StoredState {
  return withProgress(state, { ...progressOf(state, number), done: [], skipped: [], updatedAt: now });
}

/** What a page says of an invoice (supplier, amount, date), kept when it adds something. */
export function recordFacts(state: StoredState, number: string, facts: Facts, now: number): StoredState {
  const progress = progressOf(state, number);
  const next: InvoiceProgress = { ...progress };
  for (const key of ['supplier', 'amount', 'receivedAt'] as const) {
    const value = facts[key];
    if (value) next[key] = capText(value);
  }
  if (next.supplier === progress.supplier && next.amount === progress.amount && next.receivedAt === progress.receivedAt) {
    return findInvoice(state, number) ? state : withProgress(state, next);
  }
  return withProgress(state, { ...next, updatedAt: now });
}

/**
 * The user turned to an invoice (downloading it, opening it): it becomes current, and the
 * steps done before any invoice was known (log in, search), or for the invoice `from` this
 * tab worked on, count for it.
 */
export function selectInvoice(state: StoredState, number: string, facts: Facts, from: string, now: number): StoredState {
  const key = capText(number);
  if (!key) return state;
  const pending = progressOf(state, PENDING);
  const existing = progressOf(recordFacts(state, key, facts, now), key);
  const carried = from === key ? [] : carriedSteps(progressOf(state, from).done, 'search');
  const done = [...new Set([...existing.done, ...pending.done, ...carried])].sort((a, b) => a - b);
  let next = state;
  if (pending.done.length > 0 || pending.skipped.length > 0) next = withProgress(next, emptyProgress(PENDING, now));
  const merged: InvoiceProgress = { ...existing, done };
  if (!findInvoice(state, key) || JSON.stringify(merged) !== JSON.stringify(findInvoice(state, key))) {
    next = withProgress(next, { ...merged, updatedAt: now });
  }
  return next.current === key ? next : { ...next, current: key };
}

/** After an invoice is sent, a new round starts: logging in and the works space stay done. */
export function startNewRound(state: StoredState, sent: string, now: number): StoredState {
  const kept = carriedSteps(progressOf(state, sent).done, 'round');
  const next = markDone(state, PENDING, kept, now);
  return next.current === sent ? { ...next, current: PENDING } : next;
}

/** The user clicked « Enregistrer »: the état d'acompte is a draft until it is sent. */
export function markDraftSaved(state: StoredState, number: string, now: number): StoredState {
  return withProgress(state, { ...progressOf(state, number), draftSavedAt: now, updatedAt: now });
}

/** An invoice in progress is past the MOE's delay (mistake n° 7): the badge says « ! ». */
export function anyInvoiceLate(state: StoredState, now: number): boolean {
  return state.invoices.some(
    (p) => p.number !== PENDING && !isSent(p.done) && moeDeadline(p.receivedAt, now, state.settings.moeDays)?.late,
  );
}

// —— elements the user showed (issue 14) ——

const TAG = /^[a-z][a-z0-9-]{0,30}$/;
const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/;

function word(v: unknown): string | undefined {
  const s = text(v);
  return s !== undefined && s.trim() !== '' ? s : undefined;
}

function readPathStep(raw: unknown): PathStep | null {
  if (!isRecord(raw)) return null;
  const tag = own(raw, 'tag');
  const nth = own(raw, 'nth');
  if (typeof tag !== 'string' || !TAG.test(tag) || !Number.isInteger(nth) || (nth as number) < 1 || (nth as number) > 999) {
    return null;
  }
  return { tag, nth: nth as number };
}

function readAnchor(raw: unknown): PathAnchor | null {
  if (!isRecord(raw)) return null;
  const id = word(own(raw, 'id'));
  if (id !== undefined) return { id };
  const landmark = own(raw, 'landmark');
  if (typeof landmark === 'string' && TAG.test(landmark)) return { landmark };
  return own(raw, 'body') === true ? { body: true } : null;
}

/** A stored locator, validated; null when any part of it does not fit. */
export function readPickedLocator(raw: unknown): PickedLocator | null {
  if (!isRecord(raw)) return null;
  switch (own(raw, 'by')) {
    case 'id': {
      const id = word(own(raw, 'id'));
      return id === undefined ? null : { by: 'id', id };
    }
    case 'label': {
      const label = word(own(raw, 'text'));
      return label === undefined ? null : { by: 'label', text: label };
    }
    case 'role': {
      const role = own(raw, 'role');
      const name = word(own(raw, 'name'));
      if (typeof role !== 'string' || !(PICKED_ROLES as readonly string[]).includes(role) || name === undefined) return null;
      return { by: 'role', role: role as PickedRole, name };
    }
    case 'name': {
      const tag = own(raw, 'tag');
      const name = word(own(raw, 'name'));
      const value = text(own(raw, 'value'));
      if (typeof tag !== 'string' || !TAG.test(tag) || name === undefined) return null;
      return value === undefined ? { by: 'name', tag, name } : { by: 'name', tag, name, value };
    }
    case 'path': {
      const from = readAnchor(own(raw, 'from'));
      const list = own(raw, 'steps');
      if (!from || !Array.isArray(list) || list.length === 0 || list.length > MAX_PATH_STEPS) return null;
      const steps = list.map(readPathStep);
      return steps.every((p): p is PathStep => p !== null) ? { by: 'path', from, steps } : null;
    }
    default:
      return null;
  }
}

function readPicked(raw: unknown): PickedElement | null {
  if (!isRecord(raw)) return null;
  const host = own(raw, 'host');
  const step = own(raw, 'step');
  const at = own(raw, 'at');
  const locator = readPickedLocator(own(raw, 'locator'));
  if (typeof host !== 'string' || !HOST.test(host) || !Number.isInteger(step)) return null;
  if ((step as number) < 1 || (step as number) > STEP_COUNT || !locator) return null;
  return { host, step: step as number, locator, at: typeof at === 'number' && Number.isFinite(at) ? at : 0 };
}

/** The stored list, validated: bad entries skipped, one per step and host (the latest), at most MAX_PICKED. */
function readPickedList(raw: unknown): PickedElement[] {
  if (!Array.isArray(raw)) return [];
  let out: PickedElement[] = [];
  for (const entry of raw.slice(0, MAX_PICKED * 2)) {
    const picked = readPicked(entry);
    if (picked) out = withPicked(out, picked);
  }
  return out.slice(-MAX_PICKED);
}

function withPicked(list: PickedElement[], picked: PickedElement): PickedElement[] {
  const kept = list.filter((p) => p.host !== picked.host || p.step !== picked.step);
  const latest = list.find((p) => p.host === picked.host && p.step === picked.step);
  return latest && latest.at > picked.at ? list : [...kept, picked];
}

export function findPicked(state: StoredState, host: string, step: number): PickedElement | undefined {
  return state.picked.find((p) => p.host === host && p.step === step);
}

/** The user showed the element of a step on this host: it replaces any earlier one. */
export function setPicked(state: StoredState, host: string, step: number, locator: PickedLocator, now: number): StoredState {
  const others = state.picked.filter((p) => p.host !== host || p.step !== step);
  return { ...state, picked: [...others, { host, step, locator, at: now }].slice(-MAX_PICKED) };
}

/** Forgets the element shown for a step on a host (reset in the options, or no longer found). */
export function dropPicked(state: StoredState, host: string, step: number): StoredState {
  if (!findPicked(state, host, step)) return state;
  return { ...state, picked: state.picked.filter((p) => p.host !== host || p.step !== step) };
}

/** « Tout réinitialiser » in the options: every element shown is forgotten. */
export function clearPicked(state: StoredState): StoredState {
  return state.picked.length === 0 ? state : { ...state, picked: [] };
}
