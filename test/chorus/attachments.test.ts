// Steps 18–21 on markups the replica does not draw by itself: a list of attachments that shows
// a line while empty, a window that shows every field at once, its file input hidden in the
// label that opens the picker, no upload button, and a <ul> of what was added.
import { describe, expect, test } from 'vitest';
import { isEntry } from '../../src/chorus/entries.js';
import { Finder } from '../../src/chorus/locate.js';
import { DomFacts } from '../../src/chorus/readPage.js';
import { sendChecks } from '../../src/content/features/sendGuard.js';
import { activeTarget, currentStep, stepsDoneOnPage } from '../../src/core/progress.js';
import type { Screen } from '../../src/core/screens.js';
import { emptyProgress } from '../../src/core/state.js';
import { page } from './fixtures.js';

const EMPTY_LINES: Record<string, string> = {
  'one cell across the table': '<tr><td colspan="3" class="text-muted">Aucune pièce jointe complémentaire</td></tr>',
  'DataTables’ empty line':
    '<tr class="odd"><td valign="top" colspan="3" class="dataTables_empty">Aucune donnée disponible dans le tableau</td></tr>',
  'a text that says there is none, cell by cell': '<tr><td>Pas de pièce jointe</td><td></td><td></td></tr>',
  'a header row in the body': '<tr><th>Fichier</th><th>Désignation</th><th>Type</th></tr>',
  'an empty row': '<tr><td></td><td></td><td></td></tr>',
};

function formWith(rows: string): Document {
  return page(`<h1>Saisie de la facture</h1><form>
    <section class="panel"><h2>Montants totaux</h2><label for="ht">Montant HT</label><input id="ht" name="montantHT" value="100,00"></section>
    <section class="panel" id="pj"><h2>Pièces jointes</h2>
      <table><thead><tr><th>Fichier</th><th>Désignation</th><th>Type</th></tr></thead><tbody>${rows}</tbody></table>
      <button type="button">Ajouter</button></section>
    <button type="button">Valider et envoyer</button></form>`);
}

const INVOICE_ROW = '<tr><td>FT-1.pdf</td><td>Facture</td><td>Document annexe</td></tr>';

function facts(doc: Document, screen: Screen): DomFacts {
  return new DomFacts(screen, new Finder(doc), new Set());
}

describe('the form’s « Pièces jointes » table (step 18, the send guard)', () => {
  test.each(Object.entries(EMPTY_LINES))('%s is no attachment, for the steps and the guard alike', (_, line) => {
    const doc = formWith(line);
    const f = facts(doc, 'invoice-form');
    expect(f.present('form.attachmentListed')).toBe(false);
    // After the amounts, the next step is to add the invoice, not to send.
    expect(currentStep('invoice-form', [...Array.from({ length: 17 }, (_, i) => i + 1), ...stepsDoneOnPage(f)])?.n).toBe(18);
    const attachment = sendChecks(doc, emptyProgress('FT-1', 0), (id) => f.find(id)?.element ?? null).find(
      (c) => c.id === 'attachment',
    );
    expect(attachment?.ok).toBe(false);
  });

  test('a line listed, or two, is an attachment; the invoice among them satisfies the guard', () => {
    for (const rows of [INVOICE_ROW, `<tr><td>BC.pdf</td><td>Bon</td><td>Bon de commande</td></tr>${INVOICE_ROW}`]) {
      const doc = formWith(rows);
      const f = facts(doc, 'invoice-form');
      expect(f.present('form.attachmentListed')).toBe(true);
      expect(stepsDoneOnPage(f)).toContain(18);
      const attachment = sendChecks(doc, emptyProgress('FT-1', 0), (id) => f.find(id)?.element ?? null).find(
        (c) => c.id === 'attachment',
      );
      expect(attachment?.ok).toBe(true);
    }
  });

  test('a page’s navigation list is no entry; a line with a checkbox to select it is one', () => {
    const doc = page(`<ul class="pagination"><li><a href="#">Précédent</a></li></ul><ul><li>Aucun élément</li><li>f.pdf</li></ul>
      <table><tbody><tr><td><input type="checkbox"></td><td>f.pdf</td></tr><tr><td><label>Désignation <input></label></td></tr></tbody></table>`);
    expect(Array.from(doc.querySelectorAll('li')).map(isEntry)).toEqual([false, false, true]);
    expect(Array.from(doc.querySelectorAll('tr')).map(isEntry)).toEqual([true, false]);
  });

  test('the payment certificate listed (on the form, or on its own upload screen under « Pièces jointes ») is not the invoice: steps 18 and 21 stay open', () => {
    const block = (
      rows: string,
    ) => `<fieldset><legend>Pièces jointes</legend><table><thead><tr><th>Désignation</th><th>Type</th><th>Fichier</th></tr></thead>
      <tbody>${rows}</tbody></table><button type="button">Ajouter une pièce jointe</button></fieldset>`;
    const certificate = '<tr><td>Certificat de paiement</td><td>Pièce principale</td><td>certificat_paiement_0213.pdf</td></tr>';
    const form =
      page(`<h1>Saisie de la facture</h1><form><fieldset><legend>Références</legend><label>Numéro de facture <input value="EA-1"></label></fieldset>
      <fieldset><legend>Montants totaux</legend><label>Montant HT <input value="1 000,00"></label></fieldset>${block(certificate)}<button type="submit">Valider et envoyer</button></form>`);
    const onForm = stepsDoneOnPage(new DomFacts('invoice-form', new Finder(form), new Set()));
    expect([onForm.includes(18), onForm.includes(21)]).toEqual([false, false]);
    // The upload screen listing what it imported under the same heading, in words that never say « certificat ».
    const upload =
      page(`<h1>Ajouter un certificat de paiement</h1>${block('<tr><td>etat_acompte_0213</td><td>Pièce principale</td><td>etat_acompte_0213.pdf</td></tr>')}
      <label for="c">Cadre de facturation</label><select id="c"><option value="">—</option><option value="A15">A15</option></select><button type="submit">Continuer</button>`);
    const onUpload = stepsDoneOnPage(new DomFacts('certificate-upload', new Finder(upload), new Set()));
    expect([onUpload.includes(18), onUpload.includes(21)]).toEqual([false, false]);
    // The invoice listed beside it: done.
    const attached = page(
      form.documentElement.outerHTML.replace(
        certificate,
        `${certificate}<tr><td>Facture</td><td>Document annexe</td><td>facture.pdf</td></tr>`,
      ),
    );
    expect(stepsDoneOnPage(new DomFacts('invoice-form', new Finder(attached), new Set()))).toContain(18);
  });

  test('a form’s line with a field drawn by script (a select showing its placeholder) is no entry', () => {
    const doc = page(`<table><tbody>
      <tr><th>Type de document</th><td><div role="combobox" tabindex="0"><span class="mat-select-placeholder">Sélectionnez un type</span></div></td></tr>
      <tr><th>Désignation</th><td><div role="textbox" contenteditable="true">Facture</div></td></tr>
      <tr><td>facture.pdf</td><td>Document annexe</td></tr></tbody></table>`);
    expect(Array.from(doc.querySelectorAll('tr')).map(isEntry)).toEqual([false, false, true]);
  });
});

/** A window that asks for everything at once: no upload button, a <ul> of what was added. */
function oneStepWindow(listed: string): Document {
  return page(`<h1>Saisie de la facture</h1><form>
    <section class="panel"><h2>Pièces jointes</h2><table><tbody>${listed ? INVOICE_ROW : EMPTY_LINES['one cell across the table']}</tbody></table>
      <button type="button">Ajouter</button></section>
    <div class="modal in" role="dialog" aria-labelledby="t" style="display:block"><div class="modal-dialog">
      <div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-label="Fermer">×</button><h4 id="t">Ajout de pièces jointes</h4></div>
      <div class="modal-body">
        <span>Fichier</span> <span class="form-control">Aucun fichier sélectionné</span>
        <label class="btn" title="Parcourir">📂<input type="file" id="f" name="pieceJointe.fichier" style="display:none"></label>
        <label for="d">Désignation</label><input id="d" name="pieceJointe.designation" value="Facture">
        <label for="ty">Type de pièce jointe</label><select id="ty" name="pieceJointe.typeCode"><option value="">Choisir</option><option value="03" selected>Document annexe</option><option value="05">Facture</option></select>
        <button type="button" id="add">Ajouter la pièce jointe</button>
        <h5>Pièces jointes ajoutées</h5><ul>${listed}</ul>
      </div>
      <div class="modal-footer"><button type="button" class="btn" data-dismiss="modal" id="close">Fermer</button></div>
    </div></div></form>`);
}

function chooseFile(doc: Document): void {
  const input = doc.getElementById('f') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['%PDF'], 'FT-1.pdf')], configurable: true });
}

/** The step shown in the window, steps 1–18 done, and what it points at. */
function shownInWindow(doc: Document): { step: number | undefined; target: string | undefined; on: Element | undefined } {
  const f = facts(doc, 'attachment-dialog');
  const step = currentStep('attachment-dialog', [...Array.from({ length: 18 }, (_, i) => i + 1), ...stepsDoneOnPage(f)]);
  const target = step ? activeTarget(step, f) : null;
  return { step: step?.n, target: target?.locator, on: target ? f.find(target.locator)?.element : undefined };
}

describe('a window that asks for everything at once (steps 19–21)', () => {
  test('its fields filled at opening, the file is still to choose: step 19, on the file picker', () => {
    const doc = oneStepWindow('');
    const shown = shownInWindow(doc);
    expect([shown.step, shown.target]).toEqual([19, 'attach.file']);
    // The very element (toEqual compares elements by their markup).
    expect(shown.on).toBe(doc.getElementById('f'));
    // « Ajouter la pièce jointe » is no upload button, and the empty <ul> lists nothing.
    const f = facts(doc, 'attachment-dialog');
    expect(f.present('attach.upload')).toBe(false);
    expect(f.present('attach.listed')).toBe(false);
  });

  test('the file chosen: no upload to make, « Ajouter » next', () => {
    const doc = oneStepWindow('');
    chooseFile(doc);
    const shown = shownInWindow(doc);
    expect([shown.step, shown.target]).toEqual([21, 'attach.add']);
    // The very element (toEqual compares elements by their markup).
    expect(shown.on).toBe(doc.getElementById('add'));
  });

  test('once the window lists the file as added, close it, with its footer’s « Fermer »', () => {
    // The page empties its file input after adding, as such windows do.
    const doc = oneStepWindow('<li>FT-1.pdf – Facture (Document annexe)</li>');
    const shown = shownInWindow(doc);
    expect([shown.step, shown.target]).toEqual([21, 'attach.close']);
    // The very element (toEqual compares elements by their markup).
    expect(shown.on).toBe(doc.getElementById('close'));
  });

  test('a line « Aucune pièce jointe » in its list is not a file added', () => {
    const doc = oneStepWindow('<li class="text-muted">Aucune pièce jointe ajoutée</li>');
    chooseFile(doc);
    expect(shownInWindow(doc)).toMatchObject({ step: 21, target: 'attach.add' });
  });
});

describe('what the attachment window lists is not its title’s, nor an open list of choices', () => {
  /** A window whose every field follows its title closely, in rows of a form. */
  const window = (between: string, labelled = true) =>
    page(`<h1>Saisie de la facture</h1>
    <div class="modal in" role="dialog"${labelled ? ' aria-labelledby="t"' : ''} style="display:block"><div class="modal-dialog">
      <h4 id="t">Ajout d’une pièce jointe</h4>
      ${between}
      <div class="row"><label>📂<input type="file" id="f" name="pieceJointe.fichier" hidden></label></div>
      <div class="row"><span id="l">Libellé</span><input aria-labelledby="l" name="pieceJointe.designation" value="Facture"></div>
      <div class="row"><span id="ty">Type de document</span><div role="combobox" aria-labelledby="ty" aria-expanded="true" tabindex="0">Document annexe</div>
        <div class="panel"><ul role="listbox"><li role="option">Bon de commande</li><li role="option">Document annexe</li><li role="option">Autre</li></ul></div></div>
      <button type="button" id="add">Ajouter la pièce jointe</button>
      <h5>Pièces jointes ajoutées</h5><ul id="added"></ul>
      <button type="button" data-dismiss="modal">Terminer</button>
    </div></div>`);

  test('a select’s options, open just below the title « Ajout d’une pièce jointe », are no file added: step 19 stays', () => {
    const doc = window('');
    expect(facts(doc, 'attachment-dialog').present('attach.listed')).toBe(false);
    const shown = shownInWindow(doc);
    expect([shown.step, shown.target]).toEqual([19, 'attach.file']);
    // The very element (toEqual compares elements by their markup).
    expect(shown.on).toBe(doc.getElementById('f'));
  });

  test('the same options drawn without ARIA roles on their list, but on its lines, are no file added either', () => {
    const doc = window('');
    doc.querySelector('[role="listbox"]')?.removeAttribute('role');
    expect(facts(doc, 'attachment-dialog').present('attach.listed')).toBe(false);
  });

  test('the window’s own messages right below its title (« Le type est obligatoire ») are no file added', () => {
    for (const labelled of [true, false]) {
      const doc = window('<ul class="errors"><li>Le type de document est obligatoire</li></ul>', labelled);
      expect(facts(doc, 'attachment-dialog').present('attach.listed')).toBe(false);
      expect(shownInWindow(doc).step).toBe(19);
    }
  });

  test('what the window lists under its own heading is still a file added, with or without a title of the window', () => {
    for (const labelled of [true, false]) {
      const doc = window('', labelled);
      const added = doc.getElementById('added') as Element;
      added.innerHTML = '<li>Facture : FT-1</li>';
      expect(facts(doc, 'attachment-dialog').find('attach.listed')?.element).toBe(added);
    }
    // A window with no title at all: its list's heading below the fields is the list's, not the window's.
    const doc = window('');
    doc.getElementById('t')?.remove();
    doc.querySelector('[role="dialog"]')?.removeAttribute('aria-labelledby');
    const added = doc.getElementById('added') as Element;
    added.innerHTML = '<li>Facture : FT-1</li>';
    expect(facts(doc, 'attachment-dialog').find('attach.listed')?.element).toBe(added);
  });
});

describe('what is no file chosen for the attachment window', () => {
  test('a download window’s « Format du fichier », filled, marks neither step 19 nor 20', () => {
    const doc = page(`<h1>Factures de travaux</h1>
      <div class="modal in" role="dialog" aria-labelledby="dt" style="display:block"><div class="modal-dialog"><form>
        <h4 id="dt">Télécharger le document</h4>
        <table><tbody><tr><th><label for="fmt">Format du fichier</label></th><td><select id="fmt" name="telechargement.format"><option value="PIVOT" selected>XML (format Pivot)</option><option value="PDF">PDF</option></select></td></tr></tbody></table>
        <button type="button" data-dismiss="modal">Annuler</button><button type="submit">Télécharger</button></form></div></div>`);
    const done = stepsDoneOnPage(facts(doc, 'download-dialog'));
    expect(done).not.toContain(19);
    expect(done).not.toContain(20);
  });
});
