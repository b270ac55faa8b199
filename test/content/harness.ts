import { locate } from '../../src/chorus/locate.js';
import { featureContext } from '../../src/content/features/context.js';
import type { AutoNotice, CardNote, FeatureMemo, FeatureRun, FieldAlert } from '../../src/content/features/types.js';
import type { Screen } from '../../src/core/screens.js';
import { defaultState, emptyProgress, type InvoiceProgress, type Settings } from '../../src/core/state.js';
import type { LocatorId } from '../../src/core/steps.js';

/** Runs one feature the way the engine does, with a clock the test moves. */
export function featureRunner(
  run: FeatureRun,
  doc: Document,
  screen: Screen,
  settings: Settings = defaultState().settings,
  progress: InvoiceProgress = emptyProgress('FT-1', 0),
) {
  const memo: FeatureMemo = {};
  const { signal } = new AbortController();
  const notices = new Map<string, AutoNotice>();
  const touched = new WeakSet<Element>();
  let notes: CardNote[] = [];
  let alerts: FieldAlert[] = [];
  let summary: { label: string; value: string }[] = [];
  let now = 0;
  let rechecks = 0;
  const evaluate = () => {
    notes = [];
    alerts = [];
    const page = {
      doc,
      screen,
      settings,
      progress,
      now,
      locate: (id: LocatorId) => locate(doc, id),
      acrossPage: <T>(_key: string, read: () => T) => read(),
    };
    const ctx = featureContext(page, { memo, signal }, touched, {
      notify: (n) => notices.set(n.id, n),
      alert: (a) => alerts.push(a),
      note: (n) => notes.push(n),
      summary: (lines) => {
        summary = lines;
      },
      recheckSoon: () => {
        rechecks += 1;
      },
    });
    run(ctx);
  };
  return {
    run: evaluate,
    advance(ms: number) {
      now += ms;
    },
    userTouched(el: Element) {
      touched.add(el);
    },
    get notices() {
      return [...notices.values()];
    },
    get notes() {
      return notes;
    },
    get alerts() {
      return alerts;
    },
    get summary() {
      return summary;
    },
    get rechecks() {
      return rechecks;
    },
  };
}
