import { describe, expect, test } from 'vitest';
import { isFilled, locate } from '../../src/chorus/locate.js';
import { detectScreen } from '../../src/chorus/screens.js';
import type { Screen } from '../../src/core/screens.js';
import { page, ROLE_VARIANTS } from './fixtures.js';

const CASES: [Screen, string, string, string?][] = [
  [
    'login',
    'Keycloak form',
    '<form id="kc-form-login"><input id="username"><input id="password" type="password"></form>',
    'https://idp.chorus-pro.gouv.fr/auth/x',
  ],
  [
    'login',
    'second factor on the idp host',
    '<form><input name="otp" autocomplete="one-time-code"></form>',
    'https://idp.chorus-pro.gouv.fr/auth/y',
  ],
  [
    'login',
    'old Spring login',
    '<input id="username"><input id="password" type="password">',
    'https://chorus-pro.gouv.fr/cpp/utilisateur?execution=e1s1',
  ],
  [
    'portal-home',
    'logged out',
    '<a class="btn" href="/aife_csm/login">Se connecter</a>',
    'https://portail.chorus-pro.gouv.fr/aife_csm/fr?id=aife_index',
  ],
  [
    'portal-home',
    'tiles',
    '<div class="tile"><h3>FACTURES DE TRAVAUX</h3><a href="#">Accéder</a></div>',
    'https://portail.chorus-pro.gouv.fr/aife_csm/fr',
  ],
  [
    'works-space',
    'tabs as links',
    '<h1>Factures de travaux</h1><ul><li><a href="#" role="tab" aria-selected="true">Synthèse</a></li><li><a href="#" role="tab">Rechercher</a></li></ul>',
  ],
  [
    'works-space',
    'breadcrumb and buttons',
    '<nav class="breadcrumb">Accueil › Factures de Travaux</nav><button>Synthèse</button><button>Rechercher</button>',
  ],
  ['works-search', 'radios', `${ROLE_VARIANTS['radios wrapped in spans, label[for]']}<button type="submit">Rechercher</button>`],
  ['works-search', 'select', `${ROLE_VARIANTS['a select']}<input type="submit" value="Rechercher">`],
  [
    'works-search',
    'ARIA radio buttons',
    `${ROLE_VARIANTS['ARIA radio buttons with a hidden input the page keeps']}<button type="submit">Rechercher</button>`,
  ],
  [
    'works-results',
    'results under the form',
    `<h1>Factures de travaux</h1>${ROLE_VARIANTS['a select']}<button>Rechercher</button><table><caption>Résultats de la recherche</caption><tbody><tr><td><a href="#">F-1</a></td></tr></tbody></table>`,
  ],
  [
    'download-dialog',
    'Bootstrap modal',
    `<table><caption>Résultats de la recherche</caption></table><div class="modal in" role="dialog" aria-labelledby="t"><h4 id="t">Télécharger la facture</h4><label><input type="radio" name="format" value="PDF">PDF</label><button id="GDP_Telechargementfacture_BoutonTelecharger">Télécharger</button></div>`,
  ],
  [
    'download-dialog',
    'native dialog',
    '<dialog open><h2>Téléchargement de la facture</h2><select name="format"><option>PDF</option></select><button>Valider</button></dialog>',
  ],
  ['invoice-detail', 'buttons', '<h1>Facture F-1</h1><div role="toolbar"><button>Refuser</button><a href="#">Traiter</a></div>'],
  ['invoice-detail', 'other wording', '<h1>Facture F-1</h1><button>Ajouter un certificat de paiement</button>'],
  [
    'certificate-upload',
    'before import',
    '<fieldset><legend>Choix du fichier à importer</legend><input type="file" id="f"><label for="f">Parcourir</label><button>Importer</button></fieldset>',
  ],
  [
    'certificate-upload',
    'after import',
    '<input type="file" aria-label="Fichier"><label>Cadre de facturation<select name="cadre"><option value="">-</option></select></label>',
  ],
  [
    'invoice-form',
    'sections',
    '<section><h2>Références</h2><input name="numero"></section><section><h2>Montants totaux</h2><input name="montantHT"></section><button>Valider et envoyer</button>',
  ],
  [
    'attachment-dialog',
    'open over the form',
    '<section><h2>Références</h2></section><section><h2>Montants totaux</h2></section><div role="dialog" aria-label="Ajouter une pièce jointe"><input type="file"><label>Désignation<input name="designation"></label></div>',
  ],
  [
    'send-confirm',
    'open over the form',
    '<section><h2>Montants totaux</h2></section><div role="dialog"><h3>Confirmation d’envoi</h3><button>Confirmer et envoyer</button></div>',
  ],
  [
    'certificate-upload',
    'the « Déposer » tab: a deposit by association, file first (portal.md §3)',
    '<h1>Factures de travaux</h1><nav><a href="#">Synthèse</a> <a href="#">Rechercher</a> <a href="#" aria-current="page">Déposer</a></nav><h2>Dépôt d’un document</h2><label><input type="radio" name="mode" value="INITIAL"> Dépôt initial</label><label><input type="radio" name="mode" value="ASSOCIATION" checked> Association à une facture de travaux</label><label for="file">Fichier à déposer</label><input type="file" id="file" name="fichier">',
  ],
  [
    'works-results',
    'results announced by a heading, not a caption',
    '<h1>Factures de travaux</h1><label><input type="radio" name="role" value="MOE" checked> Maîtrise d’œuvre</label><button>Rechercher</button><h2>Résultats</h2><table><thead><tr><th>N°</th></tr></thead><tbody><tr><td><a href="#">F-1</a></td></tr></tbody></table>',
  ],
  [
    'attachment-dialog',
    'a window with another title, known by its file input and designation',
    '<section><h2>Montants totaux</h2></section><div class="modal" style="display:block"><h4>Joindre un document</h4><input type="file" name="f"><label>Intitulé <input name="lib"></label></div>',
  ],
  [
    'sent',
    'success message',
    '<div class="alert alert-success">La facture n° F-1-EA est validée, elle est en cours de transmission au service concerné.</div>',
  ],
  [
    'sent',
    'a message in a box of its own style, its number in bold (jQuery UI, a legacy page)',
    '<h1 class="titrePage">Dépôt d’un état d’acompte</h1><div class="ui-state-highlight ui-corner-all"><span class="ui-icon ui-icon-info"></span>La facture n&deg; <b>PDM-2026-11-021-EA</b> est valid&eacute;e, elle est en cours de transmission au service concern&eacute;.</div>',
  ],
  [
    'unknown',
    'the same words hidden (a template of the page), not said',
    '<h1>Dépôt d’un état d’acompte</h1><div style="display:none"><div>La facture n° X est validée, elle est en cours de transmission au service concerné.</div></div>',
  ],
  [
    'unknown',
    'another space of the portal',
    '<h1>Factures reçues</h1><table><caption>Résultats de la recherche</caption></table>',
  ],
  ['unknown', 'empty page', ''],
];

describe('detectScreen', () => {
  test.each(CASES)('%s — %s', (screen, _variant, html, url) => {
    expect(detectScreen(page(html, url))).toBe(screen);
  });

  test('a dialog inserted later changes the screen; closing it changes it back', () => {
    const doc = page('<table><caption>Résultats de la recherche</caption></table><h1>Factures de travaux</h1>');
    expect(detectScreen(doc)).toBe('works-results');
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Télécharger la facture');
    doc.body.append(dialog);
    expect(detectScreen(doc)).toBe('download-dialog');
    dialog.hidden = true;
    expect(detectScreen(doc)).toBe('works-results');
  });

  test('a window is read with the page it opens over: one misread would mark every step before it done', () => {
    // A window that asks what an attachment window asks (a designation, a type) …
    const window = `<div role="dialog" aria-label="Filtrer la liste"><label for="d">Désignation</label><input id="d">
      <label for="t">Type</label><select id="t"><option>Tous</option></select><button>Appliquer</button></div>`;
    const results =
      '<h1>Factures de travaux</h1><table><caption>Résultats de la recherche</caption><tbody><tr><td>FT-1</td></tr></tbody></table>';
    const form =
      '<form><h2>Montants totaux</h2><input name="montantHtTotal"><h2>Pièces jointes</h2><button type="button">Valider et envoyer</button></form>';
    // … over the results list is not the form's attachment window;
    expect(detectScreen(page(`${results}${window}`))).toBe('works-results');
    // over the form it is, and over a page hidden from assistive technology behind it too.
    expect(detectScreen(page(`${form}${window}`))).toBe('attachment-dialog');
    expect(detectScreen(page(`<div aria-hidden="true">${results}</div>${window}`))).toBe('attachment-dialog');
    // The download window over the form is another window misread; over the list it is the one.
    const download = '<div role="dialog" aria-label="Télécharger la facture"><button>Télécharger</button></div>';
    expect(detectScreen(page(`${results}${download}`))).toBe('download-dialog');
    expect(detectScreen(page(`${form}${download}`))).toBe('invoice-form');
  });

  test('home tiles each one link (a ServiceNow portal): the works tile is its own « Accéder », and a tile’s line « Traiter les factures reçues » is no « Traiter »', () => {
    const tile = (title: string, line: string, href: string) =>
      `<div class="sp-widget"><a class="tile panel" href="${href}"><h3>${title}</h3><p>${line}</p><span class="btn">Accéder</span></a></div>`;
    const doc = page(`<header><span>Jeanne Le Bihan</span> · <a href="#">Se déconnecter</a></header>
      <main><div class="sp-widget"><h1>Facturation</h1></div>
      ${tile('Factures émises', 'Suivre les factures que vous avez émises.', '#')}
      ${tile('Factures reçues', 'Traiter les factures reçues.', '#')}
      ${tile('Factures de Travaux', 'Projets de décompte, états d’acompte, décomptes.', 'https://cpro.chorus-pro.gouv.fr/cpp/facturesTravaux/accueil')}</main>`);
    expect(detectScreen(doc)).toBe('portal-home');
    expect(locate(doc, 'home.worksAccess')?.element).toBe(doc.querySelector('a[href*="facturesTravaux"]'));
    expect(locate(doc, 'detail.process')).toBeNull();
  });

  test('a Bootstrap modal open that still says aria-hidden="true" (Bootstrap 3.3 and later never change it) is the window the user works in', () => {
    const results =
      '<h1>Factures de travaux</h1><table><caption>Résultats de la recherche</caption><tbody><tr><td>FT-1</td></tr></tbody></table>';
    const modal = (style: string, open = ' in') =>
      `<div class="modal fade${open}" id="m" tabindex="-1" role="dialog" aria-labelledby="t" aria-hidden="true" style="${style}">
        <div class="modal-dialog"><div class="modal-content"><h4 class="modal-title" id="t">Télécharger la facture</h4>
        <label><input type="radio" name="format" value="PDF"> PDF</label> <label><input type="radio" name="format" value="PIVOT"> XML</label>
        <button type="button" id="go">Télécharger</button></div></div></div>`;
    const open = page(`${results}${modal('display: block')}`);
    expect(detectScreen(open)).toBe('download-dialog');
    expect(locate(open, 'download.formatPdf')?.element).toBe(open.querySelector('input[value="PDF"]'));
    // Closed, as Bootstrap closes it (display: none): no window.
    const closed = page(`${results}${modal('display: none', '')}`);
    expect([detectScreen(closed), locate(closed, 'download.formatPdf')]).toEqual(['works-results', null]);
    // Kept on the page see-through or out of reach while it says it is hidden: nothing in it is chosen.
    for (const style of ['display: block; opacity: 0', 'display: block; pointer-events: none'])
      expect([style, locate(page(`${results}${modal(style, '')}`), 'download.formatPdf')]).toEqual([style, null]);
    // The page behind a window, marked aria-hidden by its framework, is still not read.
    const behind = page(
      `<div aria-hidden="true">${results}<div class="modal in" style="display: block">${modal('display: block')}</div></div>`,
    );
    expect(detectScreen(behind)).toBe('unknown');
  });

  test('the refusal window over the invoice detail is the detail, even when its framework hides the page behind it (CDK, MUI)', () => {
    const detail = `<h1>Consulter la facture de travaux</h1><div role="toolbar"><button>Refuser</button><button>Traiter</button></div>`;
    const refusal = (title: string) => `<div role="dialog" aria-modal="true" aria-label="${title}">
      <label for="r">Motif de refus</label><select id="r" name="motif"><option>Doublon</option><option>Erreur de montant</option></select>
      <button>Annuler</button><button>Confirmer le refus</button></div>`;
    for (const title of ['Refuser la facture', 'Motif']) {
      const open = page(`${detail}${refusal(title)}`);
      expect(detectScreen(open)).toBe('invoice-detail');
      expect(locate(open, 'refuse.dialog')?.element).toBe(open.querySelector('[role="dialog"]'));
      const hidden = page(`<div aria-hidden="true">${detail}</div>${refusal(title)}`);
      expect([title, detectScreen(hidden)]).toEqual([title, 'invoice-detail']);
      expect(locate(hidden, 'detail.process')).toBeNull();
    }
    // Closed, or a page of its own (no window): no refusal window.
    expect(locate(page(detail), 'refuse.dialog')).toBeNull();
    const own = page(
      `<h1>Refus de la facture</h1><label for="r">Motif de refus</label><select id="r"><option>Doublon</option></select>`,
    );
    expect(locate(own, 'refuse.dialog')).toBeNull();
    // A window of another kind with a « Motif » is not one: it holds no refusal reason.
    const other = page(
      `${detail}<div role="dialog" aria-label="Commentaire"><label for="c">Commentaire</label><textarea id="c"></textarea></div>`,
    );
    expect(locate(other, 'refuse.dialog')).toBeNull();
  });

  test('a select’s list open in a popover of its own that hides the rest of <body> (MUI’s Menu): the page is still read; a window beside it still hides it', () => {
    const upload = `<h1>Traiter la facture de travaux</h1><label for="f">Choix du fichier à importer</label><input type="file" id="f">
      <button>Importer</button><label id="cl">Cadre de facturation</label>
      <div role="combobox" aria-haspopup="listbox" aria-expanded="true" aria-labelledby="cl">\u200b</div><button>Continuer</button>`;
    const menu = `<div role="presentation" class="MuiPopover-root MuiMenu-root"><div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible"></div>
      <div class="MuiPaper-root MuiMenu-paper" tabindex="-1"><ul role="listbox" tabindex="-1"><li role="option" data-value="A15">A15 : Dépôt par une MOE d'un état d'acompte</li></ul></div></div>`;
    const open = page(`<div id="root" aria-hidden="true">${upload}</div>${menu}`);
    expect(detectScreen(open)).toBe('certificate-upload');
    expect(locate(open, 'upload.cadre')?.element.getAttribute('role')).toBe('combobox');
    // What it shows while nothing is chosen, a zero-width space, is no choice.
    expect(isFilled(open.querySelector('[role="combobox"]') as Element)).toBe(false);
    // A window open too (not hidden by the list): the page behind it stays hidden.
    const windowed = page(
      `<div id="root" aria-hidden="true">${upload}</div><div role="dialog" aria-modal="true" aria-label="Session"><button>Rester connecté</button></div>${menu}`,
    );
    expect(locate(windowed, 'upload.cadre')).toBeNull();
    // The same with a closed window before the open one in that part of the page.
    const second = page(
      `<div id="root" aria-hidden="true">${upload}</div><div class="overlays"><div class="modal" style="display:none">Ancienne</div><div role="dialog" aria-modal="true" aria-label="Session"><button>Rester connecté</button></div></div>${menu}`,
    );
    expect(locate(second, 'upload.cadre')).toBeNull();
    // The list closed (no list shown), the page hidden by something else: hidden.
    const closed = page(
      `<div id="root" aria-hidden="true">${upload}</div><div role="presentation"><ul role="listbox" hidden></ul></div>`,
    );
    expect(detectScreen(closed)).toBe('unknown');
  });
});
