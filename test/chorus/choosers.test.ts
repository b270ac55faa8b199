// File choosers, the upload screen grown by a round trip to the server, and the form's block
// that holds the invoice number: markups other than the replica's.
import { describe, expect, test } from 'vitest';
import { visibleProxy } from '../../src/chorus/dom.js';
import { Finder, locate } from '../../src/chorus/locate.js';
import { DomFacts } from '../../src/chorus/readPage.js';
import { detectScreen } from '../../src/chorus/screens.js';
import { currentStep, stepsDoneOnPage } from '../../src/core/progress.js';
import { page } from './fixtures.js';

/** A download window whose format is a select labelled « Format du fichier », XML first. */
const DOWNLOAD_WITH_FORMAT_SELECT = (title: string) => `
  <div class="modal in" role="dialog" aria-labelledby="t" style="display:block">
    <div class="modal-header"><h4 id="t">${title}</h4></div>
    <div class="modal-body"><table><tbody>
      <tr><th scope="row">Format du fichier</th><td><select name="telechargement.format">
        <option value="PIVOT" selected>XML (format Pivot)</option><option value="PDF">PDF</option></select></td></tr>
      <tr><th scope="row">Pièces jointes complémentaires</th><td>
        <input type="radio" name="avecPJ" id="o" value="true" checked><label for="o">Oui</label>
        <input type="radio" name="avecPJ" id="n" value="false"><label for="n">Non</label></td></tr>
    </tbody></table></div>
    <div class="modal-footer"><button type="button">Annuler</button><button type="submit">Télécharger</button></div>
  </div>`;

describe('a file chooser is a file input, never a field that mentions a file', () => {
  test.each(['Télécharger la facture', 'Télécharger le document N° FT-2026-0042'])(
    'a download window « %s » with a « Format du fichier » select is the download window',
    (title) => {
      const doc = page(DOWNLOAD_WITH_FORMAT_SELECT(title));
      expect(locate(doc, 'attach.file')).toBeNull();
      expect(locate(doc, 'upload.file')).toBeNull();
      expect(detectScreen(doc)).toBe('download-dialog');
      expect(locate(doc, 'download.formatPdf')?.element).toBe(doc.querySelector('option[value="PDF"]'));
    },
  );

  test('beside a read-only « file name » field, the file input is found and shown through its label', () => {
    const doc = page(`
      <fieldset><legend>Choix du fichier à importer</legend>
        <input type="text" readonly aria-label="Fichier sélectionné" value="">
        <input type="file" id="f" name="fichier" style="display:none">
        <label for="f" title="Parcourir" class="btn"><span aria-hidden="true">📂</span></label>
        <button type="submit">Charger</button>
      </fieldset>`);
    const found = locate(doc, 'upload.file');
    expect(found?.element).toBe(doc.getElementById('f'));
    expect(visibleProxy(found?.element as Element)).toBe(doc.querySelector('label[for="f"]'));
    expect(detectScreen(doc)).toBe('certificate-upload');
  });

  test('a hidden file input opened by a button of the page’s own is shown through that button, not the submit beside it', () => {
    const doc = page(`
      <fieldset><legend>Choix du fichier à importer</legend><div class="input-group">
        <input type="text" readonly aria-label="Fichier sélectionné">
        <input type="file" id="f" name="fichier" style="display:none">
        <button type="button" class="btn" title="Parcourir">📂</button>
        <button type="submit">Charger</button></div>
      </fieldset>`);
    const found = locate(doc, 'upload.file');
    expect(found?.element).toBe(doc.getElementById('f'));
    expect(visibleProxy(found?.element as Element)).toBe(doc.querySelector('button[type="button"]'));
  });

  test('the attachment window’s file input, wrapped in its « Parcourir » label, beside a file-name field', () => {
    const doc = page(`
      <div class="modal in" role="dialog" style="display:block"><h4 class="modal-title">Ajouter une pièce jointe</h4>
        <label for="nom">Fichier</label><input type="text" id="nom" readonly>
        <label class="btn" title="Parcourir">📂<input type="file" name="pieceJointe.fichier" style="display:none"></label>
        <button type="button">Téléverser</button></div>`);
    const found = locate(doc, 'attach.file');
    expect(found?.element).toBe(doc.querySelector('input[type="file"]'));
    expect(visibleProxy(found?.element as Element)).toBe(doc.querySelector('label.btn'));
  });
});

/** The upload screen as the server sends it back once the certificate is loaded: the file input empty again. */
const GROWN_UPLOAD = (cadre: string) => `
  <form method="post" enctype="multipart/form-data">
    <div class="panel"><div class="panel-heading"><h2>Choix du fichier à importer</h2></div><div class="panel-body">
      <input type="text" readonly aria-label="Fichier sélectionné" value="certificat.pdf">
      <input type="file" id="f" name="fichier" style="display:none">
      <label for="f" title="Parcourir">📂</label>
      <button type="submit" name="_eventId_charger">Charger</button></div></div>
    <div class="panel"><div class="panel-heading"><h2>Paramètres du dépôt</h2></div><div class="panel-body"><table><tbody>
      <tr><th scope="row">Fichier chargé</th><td>certificat.pdf</td></tr>
      <tr><td colspan="2"><label>Cadre de facturation <select name="cadreFacturation.idCadre">
        <option value="">-- Sélectionner un cadre de facturation --</option>
        <option value="2001"${cadre === '2001' ? ' selected' : ''}>A1 : Dépôt par un fournisseur d’une facture</option>
        <option value="2015"${cadre === '2015' ? ' selected' : ''}>A15 : Dépôt par une MOE d’un état d’acompte</option></select></label></td></tr>
    </tbody></table>
    <button type="submit" name="_eventId_continuer">Continuer</button></div></div>
  </form>`;

function stepShown(doc: Document, done: number[]): number | undefined {
  const finder = new Finder(doc);
  const screen = detectScreen(doc, {}, (id) => finder.find(id));
  const facts = new DomFacts(screen, finder, new Set());
  return currentStep(screen, [...done, ...stepsDoneOnPage(facts)])?.n;
}

describe('the upload screen grown by a round trip to the server', () => {
  const before = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  test('loaded fresh with the cadre field, steps 11 and 12 are done: the cadre is next', () => {
    const doc = page(GROWN_UPLOAD(''));
    expect(detectScreen(doc)).toBe('certificate-upload');
    expect(stepShown(doc, before)).toBe(13);
  });

  test('with the cadre already chosen, « Continuer » is next', () => {
    expect(stepShown(page(GROWN_UPLOAD('2015')), before)).toBe(14);
  });

  test('before the upload, the file is the step', () => {
    const doc = page(`<div class="panel"><h2>Choix du fichier à importer</h2>
      <input type="file" id="f" name="fichier"><button type="submit">Importer</button></div>`);
    expect(stepShown(doc, before)).toBe(11);
  });
});

describe('the form’s block with the invoice number', () => {
  const FORM = `
    <div class="panel"><div class="panel-heading"><h2>Cadre de facturation</h2></div><div class="panel-body">A15</div></div>
    <div class="panel" id="ident"><div class="panel-heading"><h2>Identification</h2></div><div class="panel-body"><table><tbody>
      <tr><th scope="row">Type de document</th><td>État d’acompte</td></tr>
      <tr><th scope="row">Numéro de la facture *</th><td><input type="text" name="identification.numeroFacture"></td></tr>
      <tr><th scope="row">Date de la facture *</th><td><input type="text" name="identification.dateFacture"></td></tr>
    </tbody></table></div></div>
    <div class="panel" id="refs"><div class="panel-heading"><h2>Références</h2></div><div class="panel-body"><table><tbody>
      <tr><th scope="row">Numéro de marché</th><td><input type="text" name="references.numeroMarche" value="2025-TRV-014"></td></tr>
      <tr><th scope="row">Numéro d’engagement</th><td><input type="text" name="references.numeroEngagement" value="EJ-1"></td></tr>
    </tbody></table></div></div>
    <div class="panel"><div class="panel-heading"><h2>Montants totaux</h2></div><div class="panel-body">
      <label for="ht">Montant HT</label><input id="ht" value="1 000,00"></div></div>
    <button type="submit">Valider et envoyer</button>`;

  test('number and date in « Identification », other references beside: the target is the Identification block', () => {
    const doc = page(FORM);
    expect(locate(doc, 'form.number')?.element).toBe(doc.querySelector('[name="identification.numeroFacture"]'));
    expect(locate(doc, 'form.date')?.element).toBe(doc.querySelector('[name="identification.dateFacture"]'));
    expect(locate(doc, 'form.references')?.element).toBe(doc.getElementById('ident'));
  });

  test('the block is the one with the number whatever its title', () => {
    const doc = page(FORM.replace('Identification', 'Informations générales'));
    expect(locate(doc, 'form.references')?.element).toBe(doc.getElementById('ident'));
  });
});
