// A legacy page's certificate upload (a seventh unseen markup): its chooser laid out in a table
// under « Choix du fichier à importer », the file input moved off the page and opened by an icon
// link « Parcourir », the name shown in a read-only field.
import { afterEach, describe, expect, test } from 'vitest';
import { visibleProxy } from '../../src/chorus/dom.js';
import { Finder } from '../../src/chorus/locate.js';
import { DomFacts } from '../../src/chorus/readPage.js';
import { detectScreen } from '../../src/chorus/screens.js';
import { activeTarget, currentStep, stepsDoneOnPage } from '../../src/core/progress.js';
import { page } from './fixtures.js';

const CHOOSER = `<h1 class="titrePage">Traitement de la facture n&deg; FT-1 &ndash; Ajout du certificat de paiement</h1>
  <form method="post" enctype="multipart/form-data"><fieldset><legend>Choix du fichier &agrave; importer</legend>
  <table class="formulaire"><tr><td class="libelle">Fichier(s) :</td><td><input type="text" id="nomFichier" readonly size="45" value="">
    <a href="#" class="icone" id="parcourir" title="Parcourir"><img src="p.svg" alt="Parcourir" width="16" height="16"></a>
    <input type="file" name="fichier" id="fichier" multiple style="position:absolute;left:-5000px"></td>
    <td><input type="submit" value="Importer" id="importer"></td></tr></table></form>`;

const IMPORTED = `<table class="formulaire" id="fichiersImportes"><tr><td class="libelle">Fichier import&eacute; :</td><td>certificat.pdf</td></tr>
  <tr><td class="libelle">Format de d&eacute;p&ocirc;t :</td><td><b>PDF</b></td></tr></table></fieldset>
  <form><table class="formulaire"><tr><td class="libelle">Cadre de facturation * :</td><td><select name="cadreFacturation"><option value=""></option><option value="A15">A15 - MOE</option></select></td></tr></table>
  <input type="submit" value="Continuer"></form>`;

/** The screen, the step shown with steps 1 to `before` done, and the element it points at. */
function shown(doc: Document, before = 10) {
  const finder = new Finder(doc);
  const facts = new DomFacts(detectScreen(doc), finder, new Set());
  const step = currentStep(facts.screen, [...Array.from({ length: before }, (_, i) => i + 1), ...stepsDoneOnPage(facts)]);
  const target = step ? activeTarget(step, facts) : null;
  return { screen: facts.screen, step: step?.n, on: target ? finder.find(target.locator)?.element : undefined };
}

describe('a legacy certificate upload', () => {
  test('the chooser’s layout table under « Choix du fichier à importer » lists no imported file: step 11, on what opens the chooser', () => {
    const doc = page(CHOOSER.replace('</form>', '</fieldset></form>'));
    const now = shown(doc);
    expect([now.screen, now.step]).toEqual(['certificate-upload', 11]);
    // The file input is off the page: the user clicks the icon link that opens it.
    expect(visibleProxy(now.on as Element)).toBe(doc.getElementById('parcourir'));
  });

  test('once imported, the file named in its table: the cadre next', () => {
    const doc = page(CHOOSER.replace('</form>', `</form>${IMPORTED}`));
    expect(shown(doc)).toMatchObject({ screen: 'certificate-upload', step: 13 });
  });
});

/** The attachment window as a jQuery UI dialog of the parent page, its form the page of an <iframe> in it. */
function framedInWindow(inner: string): Document {
  const parent = new DOMParser().parseFromString(
    `<form><h2>Pièces jointes</h2><a href="#" id="ajouter"><img alt="Ajouter une pièce jointe"></a></form>
    <div class="ui-dialog ui-widget" role="dialog" aria-labelledby="ui-id-1" style="display:block">
      <div class="ui-dialog-titlebar"><span id="ui-id-1" class="ui-dialog-title">Ajout de pièces jointes</span>
        <button type="button" class="ui-dialog-titlebar-close" title="Close">×</button></div>
      <div class="ui-dialog-content"><iframe id="cadrePJ" name="cadrePJ"></iframe></div>
      <div class="ui-dialog-buttonpane"><button type="button" id="fermer">Fermer</button></div></div>`,
    'text/html',
  );
  const doc = page(`<div class="page">${inner}</div>`);
  const view = doc.defaultView as Window;
  // The frame's own window: a frame of the parent page's <iframe>.
  Object.defineProperty(view, 'parent', { value: {}, configurable: true });
  Object.defineProperty(view, 'frameElement', { value: parent.querySelector('#cadrePJ'), configurable: true });
  return doc;
}

afterEach(() => {
  const view = window as unknown as Record<string, unknown>;
  delete view.parent;
  delete view.frameElement;
});

const FILE_PHASE = `<form method="post" enctype="multipart/form-data"><fieldset><legend>Choix du fichier &agrave; importer</legend>
  <table class="formulaire"><tr><td class="libelle">Fichier :</td><td><input type="file" name="fichier" id="f"></td>
  <td><input type="submit" value="Charger" id="charger"></td></tr></table></fieldset></form>`;

const DETAILS_PHASE = `<form method="post"><table class="formulaire"><tr><td class="libelle">Fichier :</td><td>facture.pdf (45 Ko)</td></tr>
  <tr><td class="libelle">D&eacute;signation * :</td><td><input type="text" id="d" name="pieceJointeDesignation"></td></tr>
  <tr><td class="libelle">Type de pi&egrave;ce jointe * :</td><td><select id="t" name="pieceJointeTypeCode"><option value="">-- S&eacute;lectionner --</option>
    <option value="03">Facture</option><option value="05">Document annexe</option></select></td></tr></table>
  <div class="boutons"><input type="submit" value="Ajouter" id="ajouter-pj"></div></form>`;

describe('a window whose form is the page of a frame in it (a jQuery UI dialog holding an <iframe>)', () => {
  const inWindow = (doc: Document) => shown(doc, 18);

  test('its file phase is the attachment window, not the certificate’s upload (the same legend): step 19 on its file input', () => {
    const doc = framedInWindow(FILE_PHASE);
    const now = inWindow(doc);
    expect([now.screen, now.step]).toEqual(['attachment-dialog', 19]);
    expect(now.on).toBe(doc.getElementById('f'));
  });

  test('the same page loaded on its own (no window around its frame) is what it says: the certificate’s upload', () => {
    expect(detectScreen(page(`<div class="page">${FILE_PHASE}</div>`))).toBe('certificate-upload');
  });

  test('its details phase: the designation and the type to give, then « Ajouter »', () => {
    const doc = framedInWindow(DETAILS_PHASE);
    const first = inWindow(doc);
    expect([first.screen, first.step]).toEqual(['attachment-dialog', 21]);
    expect(first.on).toBe(doc.getElementById('d'));
    // Both given: « Ajouter ». The file named in the form's first line is the one being added, not one added.
    (doc.getElementById('d') as HTMLInputElement).value = 'Facture';
    (doc.getElementById('t') as HTMLSelectElement).value = '05';
    const now = inWindow(doc);
    expect(now.step).toBe(21);
    expect(now.on).toBe(doc.getElementById('ajouter-pj'));
  });
});
