// The send checks of step 22 and the « Erreur de montant » line, on the replica's own pages
// (both markups): what blocks « Valider et envoyer » and what only informs.
import { describe, expect, test } from 'vitest';
import { PortalModel } from '../../e2e/portal/model.js';
import { detailPage, formPage } from '../../e2e/portal/pages.js';
import * as alt from '../../e2e/portal/pages-alt.js';
import { locate } from '../../src/chorus/locate.js';
import { refuseGuard } from '../../src/content/features/refuseGuard.js';
import { sendBlockers, sendChecks } from '../../src/content/features/sendGuard.js';
import { guardFor } from '../../src/content/guards.js';
import { emptyProgress } from '../../src/core/state.js';
import { page } from '../chorus/fixtures.js';
import { featureRunner } from './harness.js';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function form(variant: 'classic' | 'alt', change: (d: ReturnType<PortalModel['startDeposit']>) => void = () => undefined) {
  const model = new PortalModel(variant);
  const deposit = model.startDeposit('880101');
  deposit.cadre = 'A15_ETAT_ACOMPTE_MOE';
  deposit.numero = 'FT-2026-0142-EA';
  deposit.date = '26/11/2026';
  deposit.attachments.push({
    fileName: 'f.pdf',
    size: 1,
    designation: 'Facture',
    typeCode: 'DOCUMENT_ANNEXE',
    typeLabel: 'Document annexe',
  });
  change(deposit);
  const inv = model.invoice('880101');
  if (!inv) throw new Error('no invoice');
  return parse(variant === 'alt' ? alt.formPage(inv, deposit) : formPage(inv, deposit));
}

function checks(doc: Document, done: number[] = []) {
  const progress = { ...emptyProgress('FT-2026-0142', 0), done };
  return sendChecks(doc, progress, (id) => locate(doc, id)?.element ?? null);
}

const summary = (doc: Document, done: number[] = []) => Object.fromEntries(checks(doc, done).map((c) => [c.id, c.ok]));

describe('before « Valider et envoyer » (step 22)', () => {
  test.each(['classic', 'alt'] as const)('%s: a complete form is all ✓ (or unknown), and nothing blocks', (variant) => {
    const doc = form(variant);
    const result = summary(doc, [7]);
    expect(result).toMatchObject({ references: true, amounts: true, attachment: true, downloaded: true });
    // The alternative markup does not show the cadre on the form: unknown, never a block.
    expect(result.cadre).toBe(variant === 'classic' ? true : null);
    expect(sendBlockers(checks(doc))).toEqual([]);
  });

  test('no attachment « Facture » / « Document annexe »: blocks; the missing download only informs', () => {
    const missing = form('classic', (d) => {
      d.attachments = [];
    });
    expect(sendBlockers(checks(missing)).map((c) => c.id)).toEqual(['attachment']);
    expect(summary(missing).downloaded).toBe(false);
    const wrongType = form('classic', (d) => {
      d.attachments = [{ fileName: 'f.pdf', size: 1, designation: 'Facture', typeCode: 'AUTRE', typeLabel: 'Autre' }];
    });
    expect(sendBlockers(checks(wrongType)).map((c) => c.id)).toEqual(['attachment']);
    // An invoice already attached makes the missing download moot.
    expect(summary(form('classic')).downloaded).toBe(true);
  });

  test('amounts with a point, or that do not add up, block', () => {
    const point = form('classic', (d) => {
      d.amounts.ht = '12345.67';
    });
    expect(sendBlockers(checks(point)).map((c) => c.id)).toEqual(['amounts']);
    const sums = form('classic', (d) => {
      d.amounts.ttc = '1,00';
    });
    expect(sendBlockers(checks(sums)).map((c) => c.id)).toEqual(['amounts']);
  });

  test('a supplier’s cadre blocks; empty references only inform', () => {
    const a1 = form('classic', (d) => {
      d.cadre = 'A1_FACTURE_FOURNISSEUR';
      d.numero = '';
    });
    expect(summary(a1)).toMatchObject({ cadre: false, references: false });
    expect(sendBlockers(checks(a1)).map((c) => c.id)).toEqual(['cadre']);
  });

  test('the click guard: on « Valider et envoyer » only, and only with a blocking ✗', () => {
    const progress = emptyProgress('FT-2026-0142', 0);
    const missing = form('classic', (d) => {
      d.attachments = [];
    });
    const send = missing.getElementById('GFT_SaisieFacture_Actions_BoutonValiderEnvoyer') as Element;
    expect(guardFor(missing, 'invoice-form', progress, {}, send)?.id).toBe('send');
    const save = missing.getElementById('GFT_SaisieFacture_Actions_BoutonEnregistrer') as Element;
    expect(guardFor(missing, 'invoice-form', progress, {}, save)).toBeNull();
    const complete = form('classic');
    const sendOk = complete.getElementById('GFT_SaisieFacture_Actions_BoutonValiderEnvoyer') as Element;
    expect(guardFor(complete, 'invoice-form', progress, {}, sendOk)).toBeNull();
  });
});

describe('refusal (step 9)', () => {
  const model = new PortalModel();
  const inv = model.invoice('880101');
  if (!inv) throw new Error('no invoice');

  test('the click on « Refuser » calls for the guard, whatever listens to it; « Traiter » does not', () => {
    for (const wiring of ['document', 'onclick', 'listener', 'submit'] as const) {
      const doc = parse(detailPage(inv, '', wiring));
      const refuse = doc.getElementById('GFT_ConsulterFactureTravaux_Actions_BoutonRefuser') as Element;
      const process = doc.getElementById('GFT_ConsulterFactureTravaux_Actions_BoutonTraiter') as Element;
      const progress = emptyProgress(inv.numero, 0);
      expect(guardFor(doc, 'invoice-detail', progress, {}, refuse)?.id).toBe('refuse');
      expect(guardFor(doc, 'invoice-detail', progress, {}, process)).toBeNull();
    }
    const other = parse(alt.detailPage(inv));
    const button = Array.from(other.querySelectorAll('button')).find((b) => b.textContent === 'Refuser la facture') as Element;
    expect(guardFor(other, 'invoice-detail', emptyProgress(inv.numero, 0), {}, button)?.id).toBe('refuse');
  });

  test('« Erreur de montant » chosen: one line beside the list; another reason: none', () => {
    // In the test window's own document, as a content script sees the page.
    const doc = page(detailPage(inv));
    const select = doc.getElementById('GFT_RefusFactureTravaux_Motif') as HTMLSelectElement;
    const modal = doc.getElementById('GFT_RefusFactureTravaux_Modal') as HTMLElement;
    // Opened as the page script does.
    modal.style.display = 'block';
    modal.classList.add('in');
    modal.setAttribute('aria-hidden', 'false');
    const r = featureRunner(refuseGuard, doc, 'invoice-detail');
    select.value = 'DOUBLON';
    r.run();
    expect(r.alerts).toEqual([]);
    // The window open: the card says what to choose, and how to leave it if not refusing.
    expect(r.notes.map((n) => n.key)).toEqual(['refusing']);
    select.value = 'ERREUR_MONTANT';
    r.run();
    expect(r.alerts.map((a) => a.field)).toEqual(['motifRefus']);
    // Closed: no note, no line.
    modal.style.display = 'none';
    modal.classList.remove('in');
    r.run();
    expect([r.notes, r.alerts]).toEqual([[], []]);
  });

  test('« Erreur de montant » shown by a select drawn by script (Angular Material’s): the same line', () => {
    const doc = page(`<div role="dialog" aria-modal="true"><h2>Refuser la facture</h2>
      <label id="l">Motif de refus</label>
      <div role="combobox" id="motif" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l v">
        <div class="mat-select-trigger"><span id="v"><span class="mat-select-placeholder">Sélectionner</span></span><span class="mat-select-arrow">▾</span></div>
      </div></div>`);
    const r = featureRunner(refuseGuard, doc, 'invoice-detail');
    const shown = doc.getElementById('v') as HTMLElement;
    shown.textContent = 'Doublon';
    r.run();
    expect(r.alerts).toEqual([]);
    shown.textContent = 'Erreur de montant';
    r.run();
    expect(r.alerts.map((a) => [a.field, a.anchor.id])).toEqual([['motif', 'motif']]);
  });
});

test('a form in steps whose attachments step is not rendered yet: the page does not say, nothing blocks on it', () => {
  const doc = page(`<h1>Saisie de l’état d’acompte</h1><div class="v-stepper"><div class="v-stepper-header">
    <button type="button" class="v-stepper-item"><div class="v-avatar">1</div><div class="v-stepper-item__title">Références</div></button>
    <button type="button" class="v-stepper-item"><div class="v-avatar">2</div><div class="v-stepper-item__title">Pièces jointes</div></button></div>
    <div class="v-window-item"><h2>Références</h2><label for="n">Numéro de facture</label><input id="n" value="X-1"></div></div>
    <button type="button">Valider et envoyer</button>`);
  const checks = sendChecks(doc, emptyProgress('FT-1', 0), (id) => locate(doc, id)?.element ?? null);
  expect(checks.find((c) => c.id === 'attachment')?.ok).toBeNull();
});
