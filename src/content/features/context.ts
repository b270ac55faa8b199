// What a feature is given, built in one place for the engine and for the unit tests: a test
// that runs a feature through this factory runs it with the engine's own wiring (the user's
// touches, radio groups included).
import type { Located } from '../../chorus/locate.js';
import type { Screen } from '../../core/screens.js';
import type { InvoiceProgress, Settings } from '../../core/state.js';
import type { LocatorId } from '../../core/steps.js';
import { touchedByUser } from '../touch.js';
import type { AutoNotice, CardNote, FeatureContext, FeatureMemo, FieldAlert } from './types.js';

/** The page as this evaluation reads it. */
export interface FeaturePage {
  doc: Document;
  screen: Screen;
  settings: Settings;
  progress: InvoiceProgress;
  now: number;
  locate(id: LocatorId): Located | null;
  /** What is read across the page rather than through a locator, once per reading (Finder.acrossPage). */
  acrossPage<T>(key: string, read: () => T): T;
}

/** Where what a feature says goes. */
export interface FeatureSinks {
  notify(notice: AutoNotice): void;
  alert(alert: FieldAlert): void;
  note(note: CardNote): void;
  summary(lines: { label: string; value: string }[]): void;
  recheckSoon(ms: number): void;
}

/** What one feature keeps on this page: its memo, and the signal that takes down what it attached. */
export interface FeatureOwn {
  memo: FeatureMemo;
  signal: AbortSignal;
}

/** `touched`: the controls the user changed on this page, shared by every feature. */
export function featureContext(
  page: FeaturePage,
  own: FeatureOwn,
  touched: WeakSet<Element>,
  sinks: FeatureSinks,
): FeatureContext {
  return {
    ...page,
    ...own,
    touchedByUser: (el) => touchedByUser(touched, el),
    markTouched: (el) => touched.add(el),
    ...sinks,
  };
}
