import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PortalModel } from '../../e2e/portal/model.js';
import { formPage } from '../../e2e/portal/pages.js';
import * as alt from '../../e2e/portal/pages-alt.js';
import { Engine } from '../../src/content/engine.js';
import type { ViewModel } from '../../src/content/viewModel.js';
import {
  defaultState,
  findPicked,
  markDone,
  PENDING,
  progressOf,
  readState,
  type StoredState,
  setPicked,
} from '../../src/core/state.js';
import { t } from '../../src/i18n.js';
import { page } from '../chorus/fixtures.js';
import { storedJson } from '../core/stored-json.js';

const DETAIL = `<h1>Consulter la facture de travaux</h1>
  <dl><dt>Numéro de facture</dt><dd>FT-9</dd><dt>Fournisseur</dt><dd>SARL TEST</dd>
  <dt>Date de mise à disposition MOE</dt><dd>24/11/2026 09:12</dd><dt>Montant à payer</dt><dd>1 200,00 €</dd></dl>
  <div role="toolbar" aria-label="Actions"><button id="refuse">Refuser</button><a id="go" href="/traiter">Traiter</a></div>`;

let engine: Engine | undefined;
afterEach(() => engine?.stop());

function run(html: string, state: StoredState) {
  const doc = page(html);
  const views: ViewModel[] = [];
  const saved: StoredState[] = [];
  engine = new Engine(doc, state, {
    render: (vm) => views.push(vm),
    persist: (change) => saved.push(change(saved.at(-1) ?? state)),
    stepChanged: () => undefined,
    setScreen: () => undefined,
    isOwnEvent: () => false,
  });
  engine.evaluate();
  return { doc, vm: views.at(-1) as ViewModel, views, saved };
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the engine', () => {
  test('reads the invoice from its detail page: number, supplier, the date that starts the 7 days', () => {
    const { vm, saved } = run(DETAIL, markDone(defaultState(0), PENDING, upTo(7), 0));
    expect(vm.screen).toBe('invoice-detail');
    expect(vm.step?.n).toBe(9);
    expect(vm.invoice).toMatchObject({ number: 'FT-9', supplier: 'SARL TEST', receivedAt: '24/11/2026 09:12', done: upTo(8) });
    // The tab works on FT-9; the stored current invoice changes only on the user's action.
    expect(saved.at(-1)?.current).toBe(PENDING);
    expect(progressOf(saved.at(-1) as StoredState, 'FT-9')).toMatchObject({ supplier: 'SARL TEST', done: upTo(8) });
  });

  test('tells the background its step and what the page shows, once per change, and that the page is left', () => {
    const told: string[] = [];
    const hooks = {
      render: () => undefined,
      persist: () => undefined,
      stepChanged: (n: number | null, shown: string) => told.push(`${n}:${shown}`),
      setScreen: () => undefined,
      isOwnEvent: () => false,
    };
    const state = markDone(defaultState(0), PENDING, upTo(7), 0);
    engine = new Engine(page(DETAIL), state, hooks);
    engine.evaluate();
    engine.evaluate();
    engine.stop();
    // A page of no screen of the flow (a top page that holds the application's frames).
    const other = new Engine(page('<h1>Chorus Pro</h1><p>Bienvenue</p>'), state, hooks);
    other.evaluate();
    other.stop();
    expect(told).toEqual(['9:invoice-detail', 'null:left', 'null:unknown', 'null:left']);
  });

  test('a frame that does not speak for its tab (an application in frames) rings nothing and shows no card, until it speaks', () => {
    const { doc, views } = run(DETAIL, markDone(defaultState(0), PENDING, upTo(9), 0));
    const ringed = () => Array.from(doc.querySelectorAll('[data-moe-step]')).map((e) => e.id);
    expect([ringed(), views.at(-1)?.speaks]).toEqual([['go'], true]);
    vi.useFakeTimers();
    try {
      engine?.setSpeaks(false);
      vi.runAllTimers();
      expect([ringed(), views.at(-1)?.speaks]).toEqual([[], false]);
      engine?.setSpeaks(true);
      vi.runAllTimers();
      expect([ringed(), views.at(-1)?.speaks]).toEqual([['go'], true]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('marks the target for the step, one element at a time', () => {
    const { doc } = run(DETAIL, markDone(defaultState(0), PENDING, upTo(9), 0));
    expect(Array.from(doc.querySelectorAll('[data-moe-step]')).map((e) => [e.id, e.getAttribute('data-moe-step')])).toEqual([
      ['go', '10'],
    ]);
  });

  test('the card gives the highlighted button’s own words when the page calls it otherwise than the tutorial', () => {
    const state = markDone(defaultState(0), PENDING, upTo(9), 0);
    expect(run(DETAIL, state).vm.pageName).toBeNull();
    const other = run(DETAIL.replace('>Traiter</a>', '>Déposer un état d’acompte</a>'), state);
    expect(other.doc.querySelector('[data-moe-step]')?.id).toBe('go');
    expect(other.vm.pageName).toBe('Déposer un état d’acompte');
    // The same words, cased or spelt otherwise, or more of them, are not another name.
    expect(run(DETAIL.replace('>Traiter</a>', '>TRAITER LA FACTURE</a>'), state).vm.pageName).toBeNull();
  });

  test('a step whose target is described, not quoted, compares the button with the instruction’s quotes', () => {
    // Step 7's target is « la fenêtre de téléchargement »; its instruction says « Télécharger ».
    const results = `<h1>Rechercher des factures de travaux</h1>
      <table><caption>Résultats de la recherche</caption><thead><tr><th>N°</th><th>Fournisseur</th><th>Date de dépôt</th><th>Statut</th><th></th></tr></thead>
      <tbody><tr><td><a href="/consulter?id=9">FT-9</a></td><td>SARL TEST</td><td>24/11/2026</td><td>Mise à disposition</td>
      <td><button type="button" aria-label="Télécharger la facture FT-9">⤓</button></td></tr></tbody></table>
      <div role="dialog" aria-label="Téléchargement de la facture"><label>Format <select name="format"><option value="PDF" selected>PDF</option><option value="PIVOT">XML</option></select></label>
      <fieldset><legend>Pièces jointes complémentaires</legend><label><input type="radio" name="pj" value="O">Oui</label><label><input type="radio" name="pj" value="N" checked>Non</label></fieldset>
      <button id="ok">Valider</button></div>`;
    const state = markDone(defaultState(0), PENDING, upTo(6), 0);
    const { doc, vm } = run(results, state);
    expect(vm.screen).toBe('download-dialog');
    expect(doc.querySelector('[data-moe-step]')?.id).toBe('ok');
    expect(vm.pageName).toBe('Valider');
    expect(run(results.replace('>Valider<', '>Télécharger<'), state).vm.pageName).toBeNull();
  });

  test('the download window closed without a download: the list points at the row’s icon again, and says why', () => {
    const results = `<h1>Rechercher des factures de travaux</h1>
      <table><caption>Résultats de la recherche</caption><thead><tr><th>N°</th><th>Fournisseur</th><th>Date de dépôt</th><th>Statut</th><th></th></tr></thead>
      <tbody><tr><td><a href="/consulter?id=9">FT-9</a></td><td>SARL TEST</td><td>24/11/2026</td><td>Mise à disposition</td>
      <td><button type="button" id="dl" aria-label="Télécharger la facture FT-9">⤓</button></td></tr></tbody></table>`;
    const { doc, vm } = run(results, markDone(defaultState(0), PENDING, upTo(6), 0));
    expect([vm.step?.n, doc.querySelector('[data-moe-step]')?.id, vm.targetText]).toEqual([
      7,
      'dl',
      'l’icône de téléchargement au bout de la ligne',
    ]);
    expect(vm.notes.map((n) => n.key)).toContain('download-closed');
    const downloaded = run(results, markDone(defaultState(0), PENDING, upTo(7), 0)).vm;
    expect([downloaded.step?.n, downloaded.notes.map((n) => n.key)]).toEqual([8, []]);
  });

  test('a format select drawn by script (no PDF option until opened): pointed at until it shows a format', () => {
    const dialog = (shown: string) => `<h1>Rechercher des factures de travaux</h1>
      <table><caption>Résultats de la recherche</caption><thead><tr><th>N°</th><th>Statut</th><th></th></tr></thead>
      <tbody><tr><td><a href="/consulter?id=9">FT-9</a></td><td>Mise à disposition</td>
      <td><button type="button" aria-label="Télécharger la facture FT-9">⤓</button></td></tr></tbody></table>
      <div role="dialog" aria-label="Téléchargement de la facture"><label id="fl">Format du fichier</label>
      <div role="combobox" id="fmt" tabindex="0" aria-haspopup="listbox" aria-labelledby="fl fv"><span id="fv">${shown}</span></div>
      <fieldset><legend>Pièces jointes complémentaires</legend><label><input type="radio" name="pj" value="O" checked>Oui</label><label><input type="radio" name="pj" value="N" id="non">Non</label></fieldset>
      <button id="ok">Télécharger</button></div>`;
    const state = markDone(defaultState(0), PENDING, upTo(6), 0);
    const empty = run(dialog('<span class="mat-select-placeholder">Choisir un format</span>'), state);
    expect([empty.vm.screen, empty.doc.querySelector('[data-moe-step]')?.id]).toEqual(['download-dialog', 'fmt']);
    // Shown as chosen: on to « Non », which the assistant chooses, then the button.
    const chosen = run(dialog('PDF'), state);
    expect((chosen.doc.getElementById('non') as HTMLInputElement).checked).toBe(true);
    expect(chosen.doc.querySelector('[data-moe-step]')?.id).toBe('ok');
  });

  test('step 9, a warning to read, points at « Traiter », named so, or at the action bar when the page shows none', () => {
    const state = markDone(defaultState(0), PENDING, upTo(8), 0);
    const shown = run(DETAIL, state);
    expect([shown.vm.step?.n, shown.doc.querySelector('[data-moe-step]')?.id]).toEqual([9, 'go']);
    expect(shown.doc.querySelector('[data-moe-step]')?.getAttribute('data-moe-step')).toBe('9');
    expect(shown.vm.targetText).toBe('le bouton « Traiter »');
    expect(run(DETAIL.replace('>Traiter</a>', '>Déposer un état d’acompte</a>'), state).vm.pageName).toBe(
      'Déposer un état d’acompte',
    );
    const none = run(DETAIL.replace('<a id="go" href="/traiter">Traiter</a>', ''), state);
    expect([none.vm.step?.n, none.vm.targetMissing, none.doc.querySelector('[data-moe-step]')?.getAttribute('role')]).toEqual([
      9,
      false,
      'toolbar',
    ]);
    expect(none.vm.targetText).toBe('les actions de la facture');
  });

  test.each(['classic', 'alt'] as const)(
    'the form (%s): 15 points at the number, 17 at the amounts while wrong, then at « Ajouter »',
    (variant) => {
      const model = new PortalModel(variant);
      const deposit = model.startDeposit('880101');
      deposit.cadre = variant === 'alt' ? 'A15' : 'A15_ETAT_ACOMPTE_MOE';
      const inv = model.invoice('880101');
      if (!inv) throw new Error('no invoice');
      const html = () => (variant === 'alt' ? alt.formPage(inv, deposit) : formPage(inv, deposit));
      const marked = (doc: Document) => doc.querySelector('[data-moe-step]');
      const reading = run(html(), markDone(defaultState(0), PENDING, upTo(14), 0));
      expect([reading.vm.step?.n, marked(reading.doc)?.getAttribute('data-qa')]).toEqual([15, 'number']);
      expect(reading.vm.targetText).toBe('le champ « Numéro de facture »');
      deposit.numero = 'FT-2026-0142-EA';
      deposit.date = '26/11/2026';
      const state = markDone(defaultState(0), PENDING, upTo(16), 0);
      const right = run(html(), state);
      expect([right.vm.step?.n, marked(right.doc)?.getAttribute('data-qa'), right.vm.targetText]).toEqual([
        17,
        'add-attachment',
        'le bouton « Ajouter » des pièces jointes',
      ]);
      // The alternative markup's button says more than « Ajouter »: the same word, no other name.
      expect(right.vm.pageName).toBeNull();
      deposit.amounts.ttc = '1234.56';
      const wrong = run(html(), state);
      expect([wrong.vm.step?.n, marked(wrong.doc)?.getAttribute('data-qa'), wrong.vm.targetText]).toEqual([
        17,
        'amounts',
        'le cadre « Montants totaux »',
      ]);
    },
  );

  test('a window fading in is read once its fade ends, and a fade never puts the reading off for more than a second', () => {
    vi.useFakeTimers();
    const doc = page(DETAIL);
    try {
      let left = 300;
      (doc as unknown as { getAnimations: () => unknown[] }).getAnimations = () =>
        left > 0
          ? [
              {
                playState: 'running',
                pending: false,
                transitionProperty: 'visibility',
                effect: {
                  target: doc.querySelector('[role="toolbar"]'),
                  getKeyframes: () => [],
                  getComputedTiming: () => ({ endTime: 300, localTime: 300 - left }),
                },
              },
            ]
          : [];
      const views: ViewModel[] = [];
      engine = new Engine(doc, markDone(defaultState(0), PENDING, upTo(8), 0), {
        render: (vm) => views.push(vm),
        persist: () => undefined,
        stepChanged: () => undefined,
        setScreen: () => undefined,
        isOwnEvent: () => false,
      });
      engine.evaluate();
      expect(views).toHaveLength(0);
      left = 0;
      vi.advanceTimersByTime(400);
      expect(views.at(-1)?.screen).toBe('invoice-detail');
      // A fade that starts again and again: read all the same, a second after the first put off.
      left = 300;
      const before = views.length;
      engine.evaluate();
      vi.advanceTimersByTime(900);
      expect(views.length).toBe(before);
      vi.advanceTimersByTime(500);
      expect(views.length).toBeGreaterThan(before);
    } finally {
      // The fixtures' pages share one window: the page's animations go with this test.
      delete (doc as unknown as { getAnimations?: unknown }).getAnimations;
      vi.useRealTimers();
    }
  });

  test('a missing target: the step stays, the card says so, nothing is marked, nothing throws', () => {
    const { doc, vm } = run(
      DETAIL.replace('<a id="go" href="/traiter">Traiter</a>', ''),
      markDone(defaultState(0), PENDING, upTo(9), 0),
    );
    expect(vm.step?.n).toBe(10);
    expect(vm.targetMissing).toBe(true);
    expect(doc.querySelector('[data-moe-step]')).toBeNull();
  });

  test('the invoice at hand not in the list (another page of results): no other row is pointed at, the card says where to look', () => {
    const list = (numbers: string[]) => `<h1>Factures de travaux</h1><table><caption>Résultats de la recherche</caption>
      <thead><tr><th>Numéro</th><th>Statut</th><th></th></tr></thead><tbody>${numbers
        .map(
          (n) =>
            `<tr><td><a href="/c?n=${n}">${n}</a></td><td>Mise à disposition MOE</td><td><button title="Télécharger la facture ${n}">⤓</button></td></tr>`,
        )
        .join('')}</tbody></table>`;
    const state = { ...markDone(defaultState(0), 'FT-7', upTo(7), 0), current: 'FT-7' };
    const away = run(list(['FT-70', 'FT-8']), state);
    expect([away.vm.step?.n, away.vm.targetMissing, away.doc.querySelector('[data-moe-step]')]).toEqual([8, false, null]);
    expect(away.vm.notes.map((n) => n.text)).toContain(t('noteNotListed', { NUMBER: 'FT-7' }));
    const here = run(list(['FT-70', 'FT-7']), state);
    expect([here.vm.step?.n, here.doc.querySelector('[data-moe-step]')?.textContent]).toEqual([8, 'FT-7']);
    expect(here.vm.notes.map((n) => n.key)).not.toContain('not-listed');
  });

  test('search criteria folded away: what opens them is marked, the card says so, no choice is made unseen', () => {
    const { doc, vm } = run(
      `<h1>Factures de travaux</h1><form><details><summary id="open">Critères de recherche</summary>
        <fieldset><legend>Rôle</legend>
          <label><input type="radio" name="role" value="FOURNISSEUR"> Fournisseur</label>
          <label><input type="radio" name="role" value="MOE"> Maîtrise d'oeuvre</label></fieldset>
        <button type="submit">Rechercher</button></details></form>`,
      markDone(defaultState(0), PENDING, upTo(3), 0),
    );
    expect(vm.screen).toBe('works-search');
    expect(vm.step?.n).toBe(4);
    expect(vm.openFirst).toBe('Critères de recherche');
    expect(vm.targetMissing).toBe(false);
    expect(Array.from(doc.querySelectorAll('[data-moe-step]')).map((e) => e.id)).toEqual(['open']);
    expect(vm.notices).toEqual([]);
    expect(doc.querySelector<HTMLInputElement>('input[value="MOE"]')?.checked).toBe(false);
    // Opened: the choice is made where the user sees it, and the card goes on with the step.
    (doc.querySelector('details') as HTMLDetailsElement).open = true;
    engine?.evaluate();
    const next = engine?.view();
    expect(doc.querySelector<HTMLInputElement>('input[value="MOE"]')?.checked).toBe(true);
    expect(next?.notices.map((n) => n.id)).toContain('role-moe');
    expect(next?.openFirst).toBeNull();
    expect(doc.getElementById('open')?.hasAttribute('data-moe-step')).toBe(false);
  });

  test('a <details> with no summary of its own: marked, and the card does not read its content as a name', () => {
    const { doc, vm } = run(
      `<h1>Factures de travaux</h1><form><details id="d"><fieldset><legend>Rôle</legend>
        <label><input type="radio" name="role" value="MOE"> Maîtrise d'oeuvre</label></fieldset>
        <button type="submit">Rechercher</button></details></form>`,
      markDone(defaultState(0), PENDING, upTo(3), 0),
    );
    expect(vm.step?.n).toBe(4);
    expect(vm.openFirst).toBe('');
    expect(doc.querySelector('[data-moe-step]')?.id).toBe('d');
  });

  test('past the download without having downloaded: the card warns (mistake n° 1)', () => {
    expect(run(DETAIL, markDone(defaultState(0), PENDING, upTo(5), 0)).vm.notes.map((n) => n.key)).toEqual(['not-downloaded']);
    expect(run(DETAIL, markDone(defaultState(0), PENDING, upTo(7), 0)).vm.notes).toEqual([]);
  });

  test('login pages: step 1, nothing read, nothing marked, nothing stored', () => {
    const { vm, saved, doc } = run('<form id="kc-form-login"><input id="password" type="password"></form>', defaultState(0));
    expect(vm.screen).toBe('login');
    expect(vm.step?.n).toBe(1);
    expect(vm.target).toBeNull();
    expect(doc.querySelector('[data-moe-step]')).toBeNull();
    expect(saved).toEqual([]);
  });

  test('another tab on another invoice: this tab keeps its own, and writes nothing back (a fixed point)', async () => {
    const { saved } = run(DETAIL, markDone(defaultState(0), PENDING, upTo(7), 0));
    expect(saved).toHaveLength(1);
    const stored = saved[0] as StoredState;
    // Another tab made FT-10 current and stored its progress.
    const elsewhere = { ...markDone(stored, 'FT-10', [1, 2, 3], 1), current: 'FT-10' };
    engine?.replaceState(elsewhere);
    await new Promise((r) => setTimeout(r, 50));
    expect(saved).toHaveLength(1);
    expect(engine?.shown()).toMatchObject({ invoice: 'FT-9', step: 9 });
  });
});

test('any stored JSON, as the content script receives it: read, evaluated on a detail page, never throws (10 000 runs)', () => {
  const { saved } = run(DETAIL, defaultState(0));
  fc.assert(
    fc.property(storedJson, (raw) => {
      engine?.replaceState(readState(raw, 0).state);
      engine?.evaluate();
      expect(engine?.shown().invoice).toBe('FT-9');
    }),
    { numRuns: 10_000 },
  );
  expect(saved.length).toBeGreaterThan(0);
}, 120_000);

test('« Annuler » of an automatic choice goes once the user changed the value', () => {
  const { doc, views } = run(
    `<div role="dialog" aria-label="Ajouter des pièces jointes">
      <label for="d">Désignation</label><input id="d" name="pieceJointe.designation">
      <label for="t">Type de pièce jointe</label><select id="t" name="pieceJointe.typeCode"><option value="">-</option>
      <option value="BON_COMMANDE">Bon de commande</option><option value="DOCUMENT_ANNEXE">Document annexe</option></select>
      <input type="file" name="pieceJointe.fichier"></div>`,
    defaultState(0),
  );
  engine?.evaluate();
  const notice = () => views.at(-1)?.notices.find((n) => n.id === 'attachment-designation');
  expect(views.at(-1)?.screen).toBe('attachment-dialog');
  expect(notice()?.undo).toBeTypeOf('function');
  (doc.getElementById('d') as HTMLInputElement).value = 'Situation n° 3';
  engine?.evaluate();
  expect(notice()).toMatchObject({ id: 'attachment-designation' });
  expect(notice()?.undo).toBeUndefined();
});

test('the page changing many times before a frame is read once, at that frame, and then sees what came', async () => {
  const { doc, views } = run(DETAIL, markDone(defaultState(0), PENDING, upTo(9), 0));
  const view = doc.defaultView as Window;
  const before = views.length;
  const late = doc.createElement('a');
  late.href = '/traiter';
  late.textContent = 'Traiter';
  doc.getElementById('go')?.remove();
  for (let i = 0; i < 5; i++) engine?.pageChanged();
  doc.querySelector('[role="toolbar"]')?.append(late);
  expect(views.length).toBe(before);
  await new Promise((r) => view.requestAnimationFrame(r));
  await new Promise((r) => view.requestAnimationFrame(r));
  expect(views.length).toBe(before + 1);
  expect(late.getAttribute('data-moe-step')).toBe('10');
});

describe('elements the user showed (issue 14)', () => {
  const HOST = 'cpro.chorus-pro.gouv.fr';
  const WITH_OTHER = DETAIL.replace('</div>', '<a id="autre" href="/autre">Autre action</a></div>');
  const atStep10 = () => markDone(defaultState(0), PENDING, upTo(9), 0);
  afterEach(() => {
    vi.useRealTimers();
  });

  test('the element shown for the step on this host is used before our own locators', () => {
    const { doc, vm } = run(WITH_OTHER, setPicked(atStep10(), HOST, 10, { by: 'id', id: 'autre' }, 1));
    expect(vm.target?.id).toBe('autre');
    expect(Array.from(doc.querySelectorAll('[data-moe-step]')).map((e) => e.id)).toEqual(['autre']);
  });

  test('shown on another host, or for another step: not used', () => {
    const elsewhere = setPicked(atStep10(), 'portail.chorus-pro.gouv.fr', 10, { by: 'id', id: 'autre' }, 1);
    expect(
      run(WITH_OTHER, setPicked(elsewhere, HOST, 11, { by: 'id', id: 'autre' }, 1)).doc.querySelector('[data-moe-step]')?.id,
    ).toBe('go');
  });

  test('no longer on the page: our own locator serves, then the stored one is dropped with a notice', () => {
    vi.useFakeTimers();
    const { doc, views, saved } = run(WITH_OTHER, setPicked(atStep10(), HOST, 10, { by: 'id', id: 'disparu' }, 1));
    expect(doc.querySelector('[data-moe-step]')?.id).toBe('go');
    expect(views.at(-1)?.pickedLost).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(views.at(-1)?.pickedLost).toBe(true);
    expect(findPicked(saved.at(-1) as StoredState, HOST, 10)).toBeUndefined();
    expect(doc.querySelector('[data-moe-step]')?.id).toBe('go');
  });
});
