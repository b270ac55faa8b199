import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FeaturePage } from '../../src/content/features/context.js';
import { FeatureManager } from '../../src/content/features/manager.js';
import { RUNS } from '../../src/content/features/registry.js';
import type { FeatureContext } from '../../src/content/features/types.js';
import type { Screen } from '../../src/core/screens.js';
import { defaultState, emptyProgress, type Settings } from '../../src/core/state.js';
import { page } from '../chorus/fixtures.js';

/** A feature that listens to the page with its run's signal, as any feature that attaches something must. */
function listening(doc: Document) {
  const heard: string[] = [];
  const attach = (ctx: FeatureContext) => {
    if (ctx.memo.settled) return;
    ctx.memo.settled = true;
    doc.addEventListener('moe-test', () => heard.push(ctx.screen), { signal: ctx.signal });
  };
  return { heard, attach };
}

function pageOn(doc: Document, screen: Screen, settings: Settings = defaultState().settings): FeaturePage {
  return {
    doc,
    screen,
    settings,
    progress: emptyProgress('FT-1', 0),
    now: 0,
    locate: () => null,
    acrossPage: <T>(_key: string, read: () => T) => read(),
  };
}

const fire = (doc: Document) => doc.dispatchEvent(new Event('moe-test'));

/** A manager whose « rôle MOE » feature is `listening` on a page. */
function roleMoeListening() {
  const doc = page('<p>Factures de travaux</p>');
  const { heard, attach } = listening(doc);
  vi.spyOn(RUNS, 'role-moe').mockImplementation(attach);
  const manager = new FeatureManager(
    () => undefined,
    () => undefined,
  );
  return { doc, heard, manager };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a feature's signal takes down what it attached", () => {
  test('while its screen stays, what it attached stays', () => {
    const { doc, heard, manager } = roleMoeListening();
    manager.run(pageOn(doc, 'works-search'));
    manager.run(pageOn(doc, 'works-search'));
    fire(doc);
    expect(heard).toEqual(['works-search']);
  });

  test('the screen changes', () => {
    const { doc, heard, manager } = roleMoeListening();
    manager.run(pageOn(doc, 'works-search'));
    manager.run(pageOn(doc, 'invoice-detail'));
    fire(doc);
    expect(heard).toEqual([]);
  });

  test('the user turns the feature off in the settings', () => {
    const { doc, heard, manager } = roleMoeListening();
    manager.run(pageOn(doc, 'works-search'));
    manager.run(pageOn(doc, 'works-search', { ...defaultState().settings, disabled: ['role-moe'] }));
    fire(doc);
    expect(heard).toEqual([]);
  });

  test('the page is left: the engine stops (pagehide)', async () => {
    const { Engine } = await import('../../src/content/engine.js');
    const doc = page('<h1>Factures de travaux</h1><button>Rechercher</button>');
    const { heard, attach } = listening(doc);
    vi.spyOn(RUNS, 'facturx-note').mockImplementation(attach);
    const engine = new Engine(doc, defaultState(0), {
      render: () => undefined,
      persist: () => undefined,
      stepChanged: () => undefined,
      setScreen: () => undefined,
      isOwnEvent: () => false,
    });
    engine.evaluate();
    fire(doc);
    expect(heard).toHaveLength(1);
    engine.stop();
    fire(doc);
    expect(heard).toHaveLength(1);
  });
});

describe('the notices of the choices made on this page', () => {
  test('a choice made in a window that has closed shows no notice (its undo would act on nothing shown)', () => {
    const doc = page(
      '<div id="w" role="dialog" aria-label="Télécharger la facture"><label><input type="radio" id="pdf"> PDF</label></div><p id="p">Factures de travaux</p>',
    );
    const pdf = doc.getElementById('pdf') as HTMLElement;
    const label = pdf.closest('label') as HTMLElement;
    vi.spyOn(RUNS, 'export-pdf').mockImplementation((ctx) => {
      if (ctx.memo.settled) return;
      ctx.memo.settled = true;
      ctx.notify({ id: 'export-pdf', text: 'J’ai choisi le format PDF.', anchor: label, undo: () => undefined });
    });
    const manager = new FeatureManager(
      () => undefined,
      () => undefined,
    );
    manager.run(pageOn(doc, 'download-dialog'));
    expect(manager.shownNotices().map((n) => n.id)).toEqual(['export-pdf']);
    (doc.getElementById('w') as HTMLElement).hidden = true;
    expect(manager.shownNotices()).toEqual([]);
    (doc.getElementById('w') as HTMLElement).hidden = false;
    label.remove();
    expect(manager.shownNotices()).toEqual([]);
  });
});

describe('the notices of the choices made for the user', () => {
  /** A manager whose « rôle MOE » feature tells of a choice once, anchored on a shown radio. */
  function told() {
    const doc = page('<label><input type="radio" id="moe" checked> Maîtrise d’œuvre</label>');
    vi.spyOn(RUNS, 'role-moe').mockImplementation((ctx) => {
      if (ctx.memo.settled) return;
      ctx.memo.settled = true;
      ctx.notify({ id: 'role-moe', text: 'J’ai choisi « Maîtrise d’œuvre ».', anchor: doc.getElementById('moe') ?? undefined });
    });
    const manager = new FeatureManager(
      () => undefined,
      () => undefined,
    );
    return { doc, manager };
  }

  test('stay on their screen, through a reading that knows no screen for a moment', () => {
    const { doc, manager } = told();
    manager.run(pageOn(doc, 'works-search'));
    expect(manager.shownNotices().map((n) => n.id)).toEqual(['role-moe']);
    manager.run(pageOn(doc, 'unknown'));
    manager.run(pageOn(doc, 'works-search'));
    expect(manager.shownNotices().map((n) => n.id)).toEqual(['role-moe']);
  });

  test('go with it: the search form kept above its results, its « Choix annulé » is past', () => {
    const { doc, manager } = told();
    manager.run(pageOn(doc, 'works-search'));
    manager.run(pageOn(doc, 'works-results'));
    expect(manager.shownNotices()).toEqual([]);
  });
});
