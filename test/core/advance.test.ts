import { describe, expect, test } from 'vitest';
import { type Advanced, advance, type PageSnapshot, stepOnPage, type Tab } from '../../src/core/advance.js';
import { mentions } from '../../src/core/normalize.js';
import type { PageFacts } from '../../src/core/progress.js';
import type { Screen } from '../../src/core/screens.js';
import { defaultState, markDone, PENDING, progressOf, type StoredState } from '../../src/core/state.js';
import { STEPS } from '../../src/core/steps.js';

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const ALL = STEPS.map((s) => s.n);

function snapshot(screen: Screen, more: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    screen,
    detail: null,
    text: () => {
      throw new Error('the page text is read only on the screens that name the invoice');
    },
    ...more,
  };
}

const tabOn = (state: StoredState, invoice = state.current, bound = false): Tab => ({ state, invoice, bound });

/** The changes, replayed on the state they started from, give the tab's state: storage gets what the tab has. */
function replayed(from: StoredState, result: Advanced): StoredState {
  return result.changes.reduce((s, change) => change(s), from);
}

describe('advance', () => {
  test('the detail page names the invoice: the tab works on it, with its facts and the search steps done before', () => {
    const state = markDone(defaultState(0), PENDING, upTo(7), 0);
    const detail = { number: 'FT-9', supplier: 'SARL TEST', receivedAt: '24/11/2026 09:12' };
    const result = advance(tabOn(state), snapshot('invoice-detail', { detail }), 5);
    expect(result.tab).toMatchObject({ invoice: 'FT-9', bound: true });
    expect(progressOf(result.tab.state, 'FT-9')).toMatchObject({
      supplier: 'SARL TEST',
      receivedAt: '24/11/2026 09:12',
      done: upTo(7),
    });
    // The stored current invoice changes only on the user's action.
    expect(result.tab.state.current).toBe(PENDING);
    expect(replayed(state, result)).toEqual(result.tab.state);
    // The input is left as it was: advance is pure.
    expect(state).toEqual(markDone(defaultState(0), PENDING, upTo(7), 0));
  });

  test('a detail page it cannot read changes nothing', () => {
    const tab = tabOn(defaultState(0));
    expect(advance(tab, snapshot('invoice-detail'), 5)).toEqual({ tab, changes: [] });
  });

  test('back to the search once the invoice is sent: a new round, the tab follows the stored current invoice again', () => {
    const sent = { ...markDone(defaultState(0), 'FT-1', ALL, 0), current: 'FT-1' };
    const result = advance(tabOn(sent, 'FT-1', true), snapshot('works-search'), 5);
    expect(result.tab).toMatchObject({ invoice: PENDING, bound: false });
    expect(result.tab.state.current).toBe(PENDING);
    // What carries to the next invoice (logging in, the works space) is done for it already.
    const carried = STEPS.filter((s) => s.carries === 'round').map((s) => s.n);
    expect(carried.length).toBeGreaterThan(0);
    expect(progressOf(result.tab.state, PENDING).done).toEqual(carried);
    expect(replayed(sent, result)).toEqual(result.tab.state);
  });

  test('an invoice not sent yet: the search starts no new round', () => {
    const tab = tabOn(markDone(defaultState(0), 'FT-1', upTo(20), 0), 'FT-1', true);
    expect(advance(tab, snapshot('works-search'), 5)).toEqual({ tab, changes: [] });
  });

  test('a page past the detail that names exactly one known invoice: the tab works on it, nothing stored changes', () => {
    const state = markDone(markDone(defaultState(0), 'FT-1', upTo(10), 0), 'FT-12', upTo(10), 0);
    const named = (text: string) => advance(tabOn(state), snapshot('invoice-form', { text: () => text }), 5);
    expect(named('Traiter la facture de travaux FT-12')).toEqual({ tab: tabOn(state, 'FT-12', true), changes: [] });
    expect(named('FT-1 et FT-12').tab).toEqual(tabOn(state));
    expect(named('aucune facture').tab).toEqual(tabOn(state));
    // A tab that knows its invoice does not read the text.
    expect(advance(tabOn(state, 'FT-1', true), snapshot('invoice-form'), 5).tab.invoice).toBe('FT-1');
  });
});

test('mentions: the number as a whole word', () => {
  expect(mentions('facture FT-1.', 'FT-1')).toBe(true);
  expect(mentions('facture FT-12', 'FT-1')).toBe(false);
  expect(mentions('facture FT-1-EA', 'FT-1')).toBe(true);
  expect(mentions('AFT-1', 'FT-1')).toBe(false);
});

describe('stepOnPage', () => {
  const facts = (screen: Screen, present: string[] = []): PageFacts => ({
    screen,
    filled: () => false,
    present: (id) => present.includes(id),
    clicked: () => false,
    totalsRight: () => false,
  });

  test('login pages show nothing done: step 1, no target, nothing stored', () => {
    const tab = tabOn(defaultState(0));
    const result = stepOnPage(tab, facts('login'), 5);
    expect(result).toMatchObject({ changes: [], target: null, notDownloaded: false });
    expect(result.step?.n).toBe(1);
  });

  test('the steps the screen shows done are stored, and the step to show is the first open one of the screen', () => {
    const tab = tabOn(markDone(defaultState(0), 'FT-9', upTo(7), 0), 'FT-9', true);
    const result = stepOnPage(tab, facts('invoice-detail'), 5);
    expect(result.progress.done).toEqual(upTo(8));
    expect(result.step?.n).toBe(9);
    expect(result.changes).toHaveLength(1);
    expect(result.notDownloaded).toBe(false);
  });

  test('no structure field (yet) once the role is chosen: step 4 is done on this page only, and kept once the search is', () => {
    const page = (screen: Screen, filled: string[], present: string[] = []): PageFacts => ({
      screen,
      filled: (id) => filled.includes(id),
      present: (id) => present.includes(id) || filled.includes(id),
      clicked: () => false,
      totalsRight: () => false,
    });
    const start = tabOn(markDone(defaultState(0), PENDING, upTo(3), 0));
    // The role chosen, the structures' list not there: the search is what the page asks now…
    const before = stepOnPage(start, page('works-search', ['search.roleMoe']), 5);
    expect(before.step?.n).toBe(5);
    expect(before.progress.done).toEqual(upTo(4));
    // …but nothing of it is stored,
    expect(progressOf(before.tab.state, PENDING).done).toEqual(upTo(3));
    // so the list rendered a moment later, nothing chosen in it, brings step 4 back.
    const listed = stepOnPage(before.tab, page('works-search', ['search.roleMoe'], ['search.structure']), 6);
    expect(listed.step?.n).toBe(4);
    expect(listed.target?.locator).toBe('search.structure');
    // A structure chosen: stored.
    const chosen = stepOnPage(listed.tab, page('works-search', ['search.roleMoe', 'search.structure']), 7);
    expect(progressOf(chosen.tab.state, PENDING).done).toEqual(upTo(4));
    expect(chosen.step?.n).toBe(5);
    // No field at all (a user with one structure): kept once the results show, step 5 done.
    const results = stepOnPage(before.tab, page('works-results', ['search.roleMoe']), 8);
    expect(progressOf(results.tab.state, PENDING).done).toEqual(upTo(5));
    expect(replayed(start.state, results)).toEqual(results.tab.state);
  });

  test('past the download without the invoice file: the card is to say so (mistake n° 1)', () => {
    const tab = tabOn(markDone(defaultState(0), 'FT-9', upTo(5), 0), 'FT-9', true);
    expect(stepOnPage(tab, facts('invoice-detail'), 5).notDownloaded).toBe(true);
  });
});
