// The replica's screens, built from shared/docs/portal.md and the seed tutorial. Ids follow
// the portal's <MODULE>_<Screen>_<Zone>_<Element> pattern; labels are the portal's.
import { PAGE_SCRIPT } from './client.js';
import { html, Raw } from './html.js';
import { ATTACHMENT_TYPES, CADRES, type Deposit, formatCents, type PortalModel, STRUCTURES, type WorksInvoice } from './model.js';

export const PORTAL = 'https://portail.chorus-pro.gouv.fr';
export const IDP = 'https://idp.chorus-pro.gouv.fr';
export const CPRO = 'https://cpro.chorus-pro.gouv.fr';
export const HOME_URL = `${PORTAL}/aife_csm/fr?id=aife_index`;
export const LOGIN_URL = `${IDP}/auth/realms/chorus-pro/protocol/openid-connect/auth?client_id=chorus-pro-portail&response_type=code&scope=openid`;
export const WORKS = `${CPRO}/cpp/facturesTravaux`;

const STYLE = `
body{font-family:Marianne,Arial,sans-serif;margin:0;color:#1e1e1e;background:#f6f6f6}
header.cpp{background:#000091;color:#fff;padding:10px 24px;display:flex;justify-content:space-between;align-items:center}
header.cpp a{color:#fff}
main{max-width:1100px;margin:0 auto;padding:16px 24px 80px}
.panel{background:#fff;border:1px solid #ddd;border-radius:4px;margin:16px 0}
.panel-heading{background:#eef;padding:8px 12px;font-weight:bold}
.panel-body{padding:12px}
.collapse{display:none}
.collapse.in{display:block}
.panel-heading[data-toggle]{cursor:pointer}
.btn{display:inline-block;padding:6px 14px;border:1px solid #000091;background:#000091;color:#fff;border-radius:3px;cursor:pointer;text-decoration:none;font-size:14px}
.btn-default{background:#fff;color:#000091}
.btn-icon{background:none;border:1px solid #ccc;border-radius:3px;cursor:pointer;padding:2px 6px;color:#000091}
.radio-custom{position:relative;display:inline-block;width:16px;height:16px;border:2px solid #000091;border-radius:50%;vertical-align:middle;margin-right:4px}
.radio-custom input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.radio-custom:has(input:checked)::after{content:"";position:absolute;inset:3px;background:#000091;border-radius:50%}
.radio-custom.disabled{opacity:.4}
.radio-line{margin-right:18px}
.select2-hidden-accessible{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}
.select2-container{position:relative;display:inline-block;min-width:320px;vertical-align:middle}
.select2-selection{display:block;border:1px solid #aaa;border-radius:3px;padding:4px 8px;background:#fff;cursor:pointer}
.select2-dropdown{position:absolute;left:0;right:0;background:#fff;border:1px solid #aaa;z-index:20}
.select2-results__option{padding:4px 8px;cursor:pointer;list-style:none}
.select2-results__option:hover{background:#000091;color:#fff}
ul.select2-results__options{margin:0;padding:0}
.form-row{margin:8px 0}
.form-row label{display:inline-block;min-width:200px}
.form-control-static{display:inline-block;margin:0 0 0 8px;font-weight:bold}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;font-size:14px}
caption{text-align:left;font-weight:bold;padding:6px 0}
.nav-tabs{display:flex;gap:4px;list-style:none;padding:0;border-bottom:1px solid #ccc}
.nav-tabs a{display:block;padding:8px 16px;text-decoration:none;color:#000091}
.nav-tabs li.active a{border:1px solid #ccc;border-bottom-color:#f6f6f6;background:#f6f6f6}
.modal{display:none;position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:1050}
.modal.in{display:block}
.modal-dialog{background:#fff;max-width:620px;margin:60px auto;border-radius:4px;padding:16px}
.alert{padding:10px 14px;border-radius:3px;margin:12px 0}
.alert-danger{background:#fde;border:1px solid #c00}
.alert-success{background:#dfd;border:1px solid #080}
.alert-info{background:#eef;border:1px solid #88a}
.tiles{display:flex;gap:16px;flex-wrap:wrap}
.tile{background:#fff;border:1px solid #ddd;padding:16px;width:230px;border-radius:4px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.file-input{position:absolute;opacity:0;width:1px;height:1px}
.amount{text-align:right;width:140px}
.text-danger{color:#c00}
dl.details{display:grid;grid-template-columns:260px 1fr;gap:4px 12px;background:#fff;padding:12px}
dt{font-weight:bold}
`;

export function page(title: string, body: Raw, opts: { header?: 'cpp' | 'portal' | 'none' } = {}): string {
  const header = opts.header ?? 'cpp';
  const top =
    header === 'cpp'
      ? html`<header class="cpp"><strong>Chorus Pro</strong><nav><span>Camille Le Goff</span> · <a href="${HOME_URL}">Accueil</a></nav></header>`
      : header === 'portal'
        ? html`<header class="cpp"><strong>Chorus Pro — Portail de services</strong></header>`
        : html``;
  return html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${title}</title><style>${new Raw(STYLE)}</style></head>
<body>${top}<main>${body}</main><script>${new Raw(PAGE_SCRIPT)}</script></body></html>`.html;
}

export function homePage(model: PortalModel): string {
  if (!model.loggedIn) {
    return page(
      'Chorus Pro - Accueil',
      html`<h1>Bienvenue sur Chorus Pro</h1>
        <p>La solution mutualisée de facturation électronique.</p>
        <a class="btn" id="aife_login_button" href="${PORTAL}/aife_csm/login">Se connecter</a>
        <a class="btn btn-default" href="${PORTAL}/aife_csm/fr?id=aife_creation_compte">Créer un compte</a>`,
      { header: 'portal' },
    );
  }
  const disguised = (qa: string) => qa === 'open-works' && model.disguiseWorksAccess;
  const app = (name: string, href: string, qa = '') =>
    html`<div class="tile app-tile"><h3>${name}</h3><a class="btn" href="${href}" data-qa="${qa}">${disguised(qa) ? 'Ouvrir' : 'Accéder'}</a></div>`;
  const listen = model.disguiseWorksAccess
    ? html`<script>document.querySelector('[data-qa="open-works"]').addEventListener('click', function () { window.__moeHeard = (window.__moeHeard || 0) + 1; });</script>`
    : html``;
  return page(
    'Chorus Pro - Accueil',
    html`<h1>Mon espace</h1>
      <div class="tiles">
        <div class="tile domain-tile"><h2>Facturation</h2><p>Déposer, suivre et traiter vos factures.</p>
          <a class="btn" href="${PORTAL}/aife_csm/fr?id=aife_domaine&domaine=facturation">Accéder au domaine</a></div>
      </div>
      <section aria-label="Applications du domaine Facturation">
        <h2>Facturation</h2>
        <div class="tiles">
          ${app('Factures émises', `${CPRO}/cpp/facturesEmises`)}
          ${app('Factures reçues', `${CPRO}/cpp/rechercheFactures`)}
          ${app('Factures de Travaux', `${WORKS}/synthese`, 'open-works')}
        </div>
      </section>
      ${listen}`,
    { header: 'portal' },
  );
}

export function loginPage(error = ''): string {
  return page(
    'Connexion à Chorus Pro',
    html`<div id="kc-content"><h1 id="kc-page-title">Connexion à Chorus Pro</h1>
      ${error ? html`<div class="alert alert-danger">${error}</div>` : ''}
      <form id="kc-form-login" method="post" action="${IDP}/auth/realms/chorus-pro/login-actions/authenticate">
        <div class="form-row"><label for="username">Adresse électronique</label><input id="username" name="username" type="text" autocomplete="username"></div>
        <div class="form-row"><label for="password">Mot de passe</label><input id="password" name="password" type="password" autocomplete="current-password"></div>
        <input class="btn" type="submit" id="kc-login" name="login" value="Se connecter">
      </form></div>`,
    { header: 'none' },
  );
}

export function otpPage(): string {
  return page(
    'Connexion à Chorus Pro',
    html`<h1>Authentification à deux facteurs</h1>
      <p>Saisissez le code reçu par courriel.</p>
      <form id="kc-otp-login-form" method="post" action="${IDP}/auth/realms/chorus-pro/login-actions/authenticate?execution=otp">
        <div class="form-row"><label for="otp">Code de vérification</label><input id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric"></div>
        <input class="btn" type="submit" id="kc-login" value="Valider">
      </form>`,
    { header: 'none' },
  );
}

export function worksTabs(active: 'synthese' | 'recherche'): Raw {
  const tab = (key: string, label: string, href: string) =>
    html`<li class="${active === key ? 'active' : ''}" role="presentation"><a role="tab" aria-selected="${String(active === key)}" id="GFT_FacturesTravaux_Onglet_${label}" data-qa="tab-${key}" href="${href}">${label}</a></li>`;
  return html`<h1>Factures de travaux</h1>
    <ul class="nav nav-tabs" role="tablist">
      ${tab('synthese', 'Synthèse', `${WORKS}/synthese`)}
      ${tab('recherche', 'Rechercher', `${WORKS}/recherche`)}
      ${tab('deposer', 'Déposer', `${WORKS}/deposer`)}
    </ul>`;
}

export function worksSpacePage(model: PortalModel): string {
  const waiting = model.invoices.filter((i) => i.statut === 'Mise à disposition MOE').length;
  return page(
    'Factures de travaux - Synthèse',
    html`${worksTabs('synthese')}
      <div class="panel"><div class="panel-heading">Synthèse</div><div class="panel-body">
        <p><strong>${waiting}</strong> factures de travaux mises à disposition de la maîtrise d'œuvre.</p>
        <p>Utilisez l'onglet « Rechercher » pour les consulter.</p>
      </div></div>`,
  );
}

export function radio(name: string, id: string, value: string, label: string, checked: boolean, disabled = false, qa = ''): Raw {
  return html`<span class="radio-line"><span class="radio-custom${disabled ? ' disabled' : ''}"><input type="radio" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : ''}${disabled ? html` disabled` : ''}></span><label for="${id}" data-qa="${qa}">${label}</label></span>`;
}

export function select2(id: string, name: string, placeholder: string, options: [string, string][], selected: string): Raw {
  return html`<select id="${id}" name="${name}" class="select2-hidden-accessible" aria-hidden="true" tabindex="-1">
      <option value="">${placeholder}</option>
      ${options.map(([v, l]) => html`<option value="${v}"${v === selected ? html` selected` : ''}>${l}</option>`)}
    </select><span class="select2 select2-container" data-select-id="${id}" data-qa="structure-box">
      <span class="selection"><span class="select2-selection select2-selection--single" data-qa="structure-open" role="combobox" tabindex="0" aria-expanded="false" aria-labelledby="select2-${id}-container">
        <span class="select2-selection__rendered" id="select2-${id}-container">${placeholder}</span></span></span>
      <span class="select2-dropdown" hidden><ul class="select2-results__options" role="listbox" id="select2-${id}-results">
        ${options.map(([v, l]) => html`<li class="select2-results__option" role="option" data-value="${v}" data-qa="structure-${v}">${l}</li>`)}
      </ul></span></span>`;
}

export function searchPage(model: PortalModel, results: WorksInvoice[] | null, pageNo: number, errors: string[]): string {
  const c = model.criteria ?? { role: '', structure: '', numero: '', statut: '' };
  const P = 'GFT_RechercheFactureTravaux_Criteres';
  const roles: [string, string][] = [
    ['FOURNISSEUR', 'Fournisseur'],
    ['MOE', "Maîtrise d'oeuvre"],
    ['MOA', "Maîtrise d'ouvrage"],
  ];
  const statuses = ['Mise à disposition MOE', 'Prise en compte MOE', 'Transmise à la MOA', 'Mise à disposition MOA'];
  return page(
    'Factures de travaux - Rechercher',
    html`${worksTabs('recherche')}
      ${errors.length ? html`<div class="alert alert-danger" role="alert">${errors.map((e) => html`<p>${e}</p>`)}</div>` : ''}
      <form method="post" action="${WORKS}/recherche" id="GFT_RechercheFactureTravaux_Form">
      <div class="panel">
        <div class="panel-heading" data-toggle="collapse" data-target="#GFT_RechercheFactureTravaux_CriteresPanneau_Body" aria-expanded="true" data-qa="criteria-toggle">Critères de recherche</div>
        <div class="panel-body collapse in" id="GFT_RechercheFactureTravaux_CriteresPanneau_Body">
          <fieldset id="${P}_Role"><legend>Rôle</legend>
            ${roles.map(([v, l]) => radio('listeResultats.critere.role', `${P}_Role_${v}`, v, l, c.role === v, false, `role-${v}`))}
          </fieldset>
          <div class="form-row"><label for="${P}_Structure">Structure</label>
            ${select2(
              `${P}_Structure`,
              'listeStructures.critere.idStructure',
              'Sélectionnez une structure',
              STRUCTURES.map((s) => [s.id, `${s.name} (${s.siret})`]),
              c.structure,
            )}
          </div>
          <div class="form-row"><label for="${P}_NumeroFacture">Numéro de facture</label><input id="${P}_NumeroFacture" name="listeResultats.critere.numero" value="${c.numero}"></div>
          <div class="form-row"><label for="${P}_Statut">Statut</label><select id="${P}_Statut" name="listeResultats.critere.etatCourant"><option value="">Tous</option>
            ${statuses.map((s) => html`<option${c.statut === s ? html` selected` : ''}>${s}</option>`)}</select></div>
          <div class="form-row"><label for="${P}_DateDebut">Date de dépôt du</label><input id="${P}_DateDebut" name="listeResultats.critere.dateHeureEtatCourantDebut" placeholder="jj/mm/aaaa">
            <label for="${P}_DateFin">au</label><input id="${P}_DateFin" name="listeResultats.critere.dateHeureEtatCourantFin" placeholder="jj/mm/aaaa"></div>
          <button class="btn" type="submit" name="_action" value="rechercher" id="${P}_BoutonRechercher" data-qa="search">Rechercher</button>
          <button class="btn btn-default" type="reset" id="${P}_BoutonReinitialiser">Réinitialiser</button>
        </div>
      </div>
      ${results ? resultsTable(model, results, pageNo) : ''}
      </form>
      ${downloadDialogTemplate()}`,
  );
}

export function resultsTable(model: PortalModel, results: WorksInvoice[], pageNo: number): Raw {
  const R = 'GFT_RechercheFactureTravaux_Resultats';
  if (results.length === 0) {
    return html`<div class="alert alert-info" role="status">GFT_MSG_01.075 - La recherche n'a retourné aucun résultat</div>`;
  }
  const pages = Math.ceil(results.length / model.pageSize);
  const shown = results.slice((pageNo - 1) * model.pageSize, pageNo * model.pageSize);
  return html`<table id="${R}_Tableau" class="table">
    <caption>Résultats de la recherche</caption>
    <thead><tr><th>Numéro de facture</th><th>Date de dépôt</th><th>Fournisseur</th><th>Montant HT</th><th>Montant TTC</th><th>Montant à payer</th><th>Statut</th><th>Téléchargée</th><th><span class="sr-only">Actions</span></th></tr></thead>
    <tbody>
    ${shown.map(
      (i) => html`<tr data-id="${i.id}">
        <td><a id="${R}_LienNumero_${i.id}" data-qa="open-${i.id}" href="${WORKS}/consulter?idFactureTravaux=${i.id}">${i.numero}</a></td>
        <td>${i.dateDepot}</td><td>${i.fournisseur}</td>
        <td>${formatCents(i.montantHT)} €</td><td>${formatCents(i.montantTTC)} €</td><td>${formatCents(i.montantAPayer)} €</td>
        <td>${i.statut}</td><td>${i.telechargee ? 'Oui' : 'Non'}</td>
        <td><button type="button" class="btn-icon" name="Synthese_Btn_TelechargerUnitaire" data-value="${i.id}" data-download-id="${i.id}" data-qa="download-${i.id}" title="Télécharger la facture ${i.numero}"><span aria-hidden="true">⤓</span></button></td>
      </tr>`,
    )}
    </tbody></table>
    <nav class="pagination" aria-label="Pagination">
      Page ${pageNo} / ${pages}
      ${pageNo > 1 ? html`<button class="btn-icon" type="submit" name="listeResultats.page" value="${pageNo - 1}" title="Aller à la page précédente du tableau">‹</button>` : ''}
      ${pageNo < pages ? html`<button class="btn-icon" type="submit" name="listeResultats.page" value="${pageNo + 1}" title="Aller à la page suivante du tableau">›</button>` : ''}
    </nav>`;
}

export function downloadDialogTemplate(): Raw {
  const D = 'GDP_Telechargementfacture';
  return html`<template id="${D}_Template"><div class="modal" id="${D}_Modal" data-qa="download-dialog" role="dialog" aria-modal="true" aria-labelledby="${D}_Titre" aria-hidden="true">
    <div class="modal-dialog"><form method="post" action="${WORKS}/telecharger">
      <input type="hidden" name="idFactureTravaux" value="">
      <h4 id="${D}_Titre">Télécharger la facture</h4>
      <fieldset id="${D}_Format"><legend>Format</legend>
        ${radio('format', `${D}_Format_PDF`, 'PDF', 'PDF', false, false, 'format-pdf')}
        ${radio('format', `${D}_Format_PIVOT`, 'PIVOT', 'XML (format pivot)', false)}
      </fieldset>
      <fieldset id="${D}_PiecesJointes"><legend>Pièces jointes complémentaires</legend>
        ${radio('avecPiecesJointesComplementaires', `${D}_PiecesJointes_Oui`, 'Oui', 'Oui', false, true)}
        ${radio('avecPiecesJointesComplementaires', `${D}_PiecesJointes_Non`, 'Non', 'Non', false, true, 'attachments-no')}
      </fieldset>
      <p class="text-danger" hidden>Veuillez choisir un format.</p>
      <button type="button" class="btn btn-default" data-dismiss="modal">Annuler</button>
      <button type="submit" class="btn" id="${D}_BoutonTelecharger" data-qa="download-confirm">Télécharger</button>
    </form></div></div></template>`;
}

/**
 * How the detail page's « Refuser » reacts, to prove the guard breaks none of the ways a page
 * may listen: the page script's listener on the document (the default), an inline onclick,
 * a listener on the button itself, or a button that submits a refusal form directly.
 */
export type RefuseWiring = 'document' | 'onclick' | 'listener' | 'submit';

const REFUSE_MODAL = 'GFT_RefusFactureTravaux_Modal';

function refuseButton(inv: WorksInvoice, wiring: RefuseWiring): Raw {
  const id = 'GFT_ConsulterFactureTravaux_Actions_BoutonRefuser';
  // The page counts what it heard, so that a test can tell it heard each click once.
  const heard = `document.documentElement.dataset.refuseHeard = String(Number(document.documentElement.dataset.refuseHeard || 0) + 1);`;
  const open = `var m = document.getElementById('${REFUSE_MODAL}'); m.style.display = 'block'; m.classList.add('in'); m.setAttribute('aria-hidden', 'false');`;
  if (wiring === 'onclick') {
    return html`<button type="button" class="btn btn-default" id="${id}" onclick="${`${heard} ${open}`}">Refuser</button>`;
  }
  if (wiring === 'listener') {
    return html`<button type="button" class="btn btn-default" id="${id}">Refuser</button>
      <script>document.getElementById('${id}').addEventListener('click', function () { ${new Raw(heard)} ${new Raw(open)} });</script>`;
  }
  if (wiring === 'submit') {
    return html`<form method="post" action="${WORKS}/refuser" style="display:inline">
      <input type="hidden" name="idFactureTravaux" value="${inv.id}"><input type="hidden" name="motifRefus" value="DOUBLON">
      <button type="submit" class="btn btn-default" id="${id}">Refuser</button></form>`;
  }
  return html`<button type="button" class="btn btn-default" id="${id}" data-qa="refuse" data-open-modal="#${REFUSE_MODAL}">Refuser</button>`;
}

export function detailPage(inv: WorksInvoice, notice = '', wiring: RefuseWiring = 'document'): string {
  const A = 'GFT_ConsulterFactureTravaux';
  return page(
    `Facture de travaux ${inv.numero}`,
    html`<h1>Consulter la facture de travaux</h1>
      ${notice ? html`<div class="alert alert-info" role="status">${notice}</div>` : ''}
      <dl class="details" id="${A}_Identification">
        <dt>Numéro de facture</dt><dd id="${A}_Identification_Numero">${inv.numero}</dd>
        <dt>Cadre de facturation</dt><dd>A4 : Dépôt par un fournisseur d'un projet de décompte mensuel</dd>
        <dt>Fournisseur</dt><dd>${inv.fournisseur} (SIRET ${inv.siretFournisseur})</dd>
        <dt>Destinataire</dt><dd>${inv.destinataire} — ${inv.service}</dd>
        <dt>Date de dépôt</dt><dd>${inv.dateDepot}</dd>
        <dt>Date de mise à disposition MOE</dt><dd id="${A}_Identification_DateMiseADispositionMOE">${inv.miseADispositionMoe}</dd>
        <dt>Statut</dt><dd>${inv.statut}</dd>
        <dt>Montant HT</dt><dd>${formatCents(inv.montantHT)} €</dd>
        <dt>Montant TVA</dt><dd>${formatCents(inv.montantTVA)} €</dd>
        <dt>Montant TTC</dt><dd>${formatCents(inv.montantTTC)} €</dd>
        <dt>Montant à payer</dt><dd>${formatCents(inv.montantAPayer)} €</dd>
      </dl>
      <div class="btn-toolbar" role="toolbar" aria-label="Actions" id="${A}_Actions" data-qa="actions">
        <a class="btn btn-default" href="${WORKS}/recherche">Retour à la liste</a>
        ${refuseButton(inv, wiring)}
        <a class="btn" id="${A}_Actions_BoutonTraiter" data-qa="process" href="${WORKS}/traiter?idFactureTravaux=${inv.id}">Traiter</a>
      </div>
      <div class="modal" id="GFT_RefusFactureTravaux_Modal" data-qa="refuse-dialog" role="dialog" aria-modal="true" aria-labelledby="GFT_RefusFactureTravaux_Titre" aria-hidden="true">
        <div class="modal-dialog"><form method="post" action="${WORKS}/refuser">
          <input type="hidden" name="idFactureTravaux" value="${inv.id}">
          <h4 id="GFT_RefusFactureTravaux_Titre">Refuser la facture</h4>
          <div class="form-row"><label for="GFT_RefusFactureTravaux_Motif">Motif de refus</label>
            <select id="GFT_RefusFactureTravaux_Motif" data-qa="refuse-reason" name="motifRefus"><option value="">Sélectionnez un motif</option>
              <option value="ERREUR_ACHEMINEMENT">Erreur dans les données d'acheminement</option>
              <option value="DOUBLON">Doublon</option>
              <option value="ERREUR_MONTANT">Erreur de montant</option>
              <option value="AUTRE">Autre motif</option></select></div>
          <p class="alert alert-info" id="GFT_RefusFactureTravaux_MessageMontant" hidden>Un désaccord sur les montants ne permet pas de refuser la facture : traitez-la et indiquez les montants que vous acceptez.</p>
          <div class="form-row"><label for="GFT_RefusFactureTravaux_Commentaire">Commentaire</label><textarea id="GFT_RefusFactureTravaux_Commentaire" name="commentaire"></textarea></div>
          <button type="button" class="btn btn-default" data-qa="refuse-cancel" data-dismiss="modal">Annuler</button>
          <button type="submit" class="btn" id="GFT_RefusFactureTravaux_BoutonConfirmer">Confirmer le refus</button>
        </form></div></div>`,
  );
}

export function uploadPage(inv: WorksInvoice, d: Deposit): string {
  const U = 'GFT_DepotFactureTravaux';
  const imported = d.certificate.length > 0;
  return page(
    'Traiter la facture de travaux',
    html`<h1>Traiter la facture de travaux ${inv.numero}</h1>
      ${d.errors.length ? html`<div class="alert alert-danger" role="alert">${d.errors.map((e) => html`<p>${e}</p>`)}</div>` : ''}
      <form method="post" enctype="multipart/form-data" action="${WORKS}/depot?idDepot=${d.id}" id="${U}_Form">
        <fieldset class="panel" id="${U}_ChoixFichier"><legend class="panel-heading">Choix du fichier à importer</legend>
          <div class="panel-body">
            <input type="file" class="file-input" id="${U}_ChoixFichier_Fichier" data-qa="certificate-file" name="fichier" multiple accept=".pdf,.xml">
            <span data-file-name-for="${U}_ChoixFichier_Fichier">Aucun fichier sélectionné</span>
            <label for="${U}_ChoixFichier_Fichier" data-qa="certificate-picker" class="btn-icon" title="Parcourir"><span aria-hidden="true">📂</span><span class="sr-only">Parcourir</span></label>
            <button class="btn" type="submit" name="_action" value="importer" id="${U}_ChoixFichier_BoutonImporter" data-qa="import">Importer</button>
          </div>
        </fieldset>
        ${
          imported
            ? html`<table id="${U}_FichiersImportes"><caption>Fichiers importés</caption>
                <tbody>${d.certificate.map((f) => html`<tr><td>${f.fileName}</td><td>${Math.ceil(f.size / 1024)} Ko</td></tr>`)}</tbody></table>
              <div class="panel"><div class="panel-body">
                <div class="form-row"><span>Format de dépôt</span> <p class="form-control-static" id="${U}_FormatDepot">PDF</p></div>
                <div class="form-row"><label for="${U}_CadreFacturation">Cadre de facturation</label>
                  <select id="${U}_CadreFacturation" data-qa="cadre" name="cadreFacturation.code"><option value="">Sélectionnez un cadre de facturation</option>
                    ${CADRES.map(([v, l]) => html`<option value="${v}"${d.cadre === v ? html` selected` : ''}>${l}</option>`)}</select></div>
                <div class="form-row"><label for="${U}_Structure">Structure destinataire</label>
                  <select id="${U}_Structure" name="destinataire.structure"><option selected>${d.structure}</option></select></div>
                <div class="form-row"><label for="${U}_Service">Service destinataire</label>
                  <select id="${U}_Service" name="destinataire.service"><option value="">Aucun</option><option${d.service === 'SERVICE TECHNIQUE' ? html` selected` : ''}>SERVICE TECHNIQUE</option><option>SERVICE FINANCES</option></select></div>
                <button class="btn" type="submit" name="_action" value="continuer" id="${U}_BoutonContinuer" data-qa="continue">Continuer</button>
              </div></div>`
            : ''
        }
      </form>`,
  );
}

function amountRow(id: string, name: string, label: string, value: string): Raw {
  return html`<tr><th><label for="${id}">${label}</label></th><td><input class="amount" id="${id}" name="${name}" data-qa="${name}" value="${value}" inputmode="decimal"> €</td></tr>`;
}

export function formPage(inv: WorksInvoice, d: Deposit): string {
  const F = 'GFT_SaisieFacture';
  const J = 'GFT_AjoutPieceJointe';
  const moe = STRUCTURES.find((s) => s.id === inv.structureMoeId);
  const cadreLabel = CADRES.find(([v]) => v === d.cadre)?.[1] ?? '';
  const attachmentRows = d.attachments.map(
    (a) => html`<tr><td>${a.fileName}</td><td>${a.designation}</td><td>${a.typeLabel}</td></tr>`,
  );
  return page(
    'Saisie de la facture',
    html`<h1>Compléter la facture</h1>
      ${d.errors.length ? html`<div class="alert alert-danger" role="alert" id="${F}_Erreurs">${d.errors.map((e) => html`<p>${e}</p>`)}</div>` : ''}
      ${d.notice ? html`<div class="alert alert-success" role="status">${d.notice}</div>` : ''}
      <form method="post" enctype="multipart/form-data" action="${WORKS}/saisie?idDepot=${d.id}" id="${F}_Form">
        <section class="panel" id="${F}_Fournisseur"><h2 class="panel-heading">Fournisseur de la facture</h2>
          <div class="panel-body">${moe?.name} — SIRET ${moe?.siret}</div></section>
        <section class="panel" id="${F}_Destinataire"><h2 class="panel-heading">Destinataire de la facture</h2>
          <div class="panel-body">${d.structure} — ${d.service}</div></section>
        <section class="panel" id="${F}_Cadre"><h2 class="panel-heading">Cadre de facturation</h2>
          <div class="panel-body" id="${F}_Cadre_Libelle">${cadreLabel}</div></section>
        <section class="panel" id="${F}_References"><h2 class="panel-heading">Références</h2><div class="panel-body">
          <div class="form-row"><label for="${F}_References_NumeroFacture">Numéro de facture</label><input id="${F}_References_NumeroFacture" data-qa="number" name="references.numeroFacture" value="${d.numero}"></div>
          <div class="form-row"><label for="${F}_References_DateFacture">Date de facture</label><input id="${F}_References_DateFacture" data-qa="date" name="references.dateFacture" placeholder="jj/mm/aaaa" value="${d.date}"></div>
          <div class="form-row"><label for="${F}_References_NumeroMarche">Numéro de marché</label><input id="${F}_References_NumeroMarche" name="references.numeroMarche" value="2026-TRV-014" readonly></div>
          <div class="form-row"><span>Facture de travaux associée</span> <strong>${inv.numero}</strong></div>
        </div></section>
        <section class="panel" id="${F}_MontantsTotaux" data-qa="amounts"><h2 class="panel-heading">Montants totaux</h2><div class="panel-body">
          <table><tbody>
            ${amountRow(`${F}_MontantsTotaux_MontantHT`, 'montants.montantHtTotal', 'Montant HT', d.amounts.ht)}
            ${amountRow(`${F}_MontantsTotaux_MontantTVA`, 'montants.montantTVA', 'Montant TVA', d.amounts.tva)}
            ${amountRow(`${F}_MontantsTotaux_MontantTTC`, 'montants.montantTtcTotal', 'Montant TTC', d.amounts.ttc)}
            ${amountRow(`${F}_MontantsTotaux_MontantAPayer`, 'montants.montantAPayer', 'Montant à payer', d.amounts.apayer)}
          </tbody></table></div></section>
        <section class="panel" id="${F}_PiecesJointes"><h2 class="panel-heading">Pièces jointes</h2><div class="panel-body">
          ${
            d.attachments.length
              ? html`<table id="${F}_PiecesJointes_Tableau"><caption>Pièces jointes</caption><thead><tr><th>Fichier</th><th>Désignation</th><th>Type</th></tr></thead><tbody>${attachmentRows}</tbody></table>`
              : html`<p>Aucune pièce jointe.</p>`
          }
          <button type="button" class="btn btn-default" id="${F}_PiecesJointes_BoutonAjouter" data-qa="add-attachment" data-open-modal="#${J}_Modal">Ajouter</button>
        </div></section>
        <div class="modal${d.attachmentDialogOpen ? ' in' : ''}" id="${J}_Modal" role="dialog" aria-modal="true" aria-labelledby="${J}_Titre" aria-hidden="${String(!d.attachmentDialogOpen)}">
          <div class="modal-dialog">
            <h4 id="${J}_Titre">Ajouter des pièces jointes</h4>
            <div class="form-row">
              <input type="file" class="file-input" id="${J}_Fichier" data-qa="attachment-file" name="pieceJointe.fichier">
              <span data-file-name-for="${J}_Fichier">Aucun fichier sélectionné</span>
              <label for="${J}_Fichier" data-qa="attachment-picker" class="btn-icon" title="Parcourir"><span aria-hidden="true">📂</span><span class="sr-only">Parcourir</span></label>
              <button type="submit" class="btn" name="_action" value="televerserPJ" id="${J}_BoutonTeleverser" data-qa="attachment-upload">Téléverser</button>
            </div>
            ${
              d.pendingAttachment
                ? html`<div class="panel" id="${J}_Qualification"><div class="panel-body">
                    <p>Fichier téléversé : <strong>${d.pendingAttachment.fileName}</strong></p>
                    <div class="form-row"><label for="${J}_Designation">Désignation</label><input id="${J}_Designation" data-qa="designation" name="pieceJointe.designation" maxlength="100"></div>
                    <div class="form-row"><label for="${J}_Type">Type de pièce jointe</label><select id="${J}_Type" data-qa="type" name="pieceJointe.typeCode"><option value="">Sélectionnez un type</option>
                      ${ATTACHMENT_TYPES.map(([v, l]) => html`<option value="${v}">${l}</option>`)}</select></div>
                    <button type="submit" class="btn" name="_action" value="ajouterPJ" id="${J}_BoutonAjouter" data-qa="attachment-add">Ajouter</button>
                  </div></div>`
                : ''
            }
            ${d.attachments.length ? html`<table id="${J}_Liste"><caption>Pièces jointes ajoutées</caption><tbody>${attachmentRows}</tbody></table>` : ''}
            <button type="button" class="btn btn-default" data-dismiss="modal" id="${J}_BoutonFermer" data-qa="attachment-close">Fermer</button>
          </div>
        </div>
        <div class="btn-toolbar" id="${F}_Actions">
          <button type="submit" class="btn btn-default" name="_action" value="enregistrer" id="${F}_Actions_BoutonEnregistrer" data-qa="save">Enregistrer</button>
          <button type="button" class="btn" id="${F}_Actions_BoutonValiderEnvoyer" data-qa="send" data-open-modal="#${F}_Confirmation_Modal">Valider et envoyer</button>
        </div>
        <div class="modal" id="${F}_Confirmation_Modal" role="dialog" aria-modal="true" aria-labelledby="${F}_Confirmation_Titre" aria-hidden="true">
          <div class="modal-dialog">
            <h4 id="${F}_Confirmation_Titre">Confirmation d'envoi</h4>
            <p>Confirmez-vous l'envoi de la facture ? Une fois envoyée, elle ne pourra plus être modifiée.</p>
            <button type="button" class="btn btn-default" data-dismiss="modal">Annuler</button>
            <button type="submit" class="btn" name="_action" value="envoyer" id="${F}_Confirmation_BoutonConfirmer" data-qa="confirm">Confirmer et envoyer</button>
          </div>
        </div>
      </form>`,
  );
}

export function sentPage(d: Deposit): string {
  return page(
    'Facture envoyée',
    html`<h1>Dépôt de facture</h1>
      <div class="alert alert-success" role="status" id="GFT_SaisieFacture_Succes">La facture n° ${d.numero} est validée, elle est en cours de transmission au service concerné.</div>
      <a class="btn" href="${WORKS}/recherche">Retour aux factures de travaux</a>`,
  );
}

/**
 * The application shown in frames, as older intranet applications are: a top page holding a
 * header, the space's title and a menu whose links open in the frame (the top page reads as the
 * works space), and the screen itself in an <iframe> (`src`, a path of the application).
 */
export function framesPage(src: string): string {
  const works = new URL(WORKS).pathname;
  return html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Chorus Pro</title><style>${new Raw(STYLE)}
body{margin:0}.frames{display:flex;height:calc(100vh - 48px)}.frames nav{width:180px;padding:12px}.frames iframe{flex:1;border:0}</style></head>
<body><header class="cpp"><strong>Chorus Pro</strong><nav><span>Camille Le Goff</span> · <a href="${HOME_URL}" target="_top">Accueil</a></nav></header>
<div class="frames"><nav aria-label="Menu"><h1>Factures de travaux</h1><ul class="nav-tabs">
  <li><a href="${works}/synthese" target="contenu">Synthèse</a></li>
  <li><a href="${works}/recherche" target="contenu">Rechercher</a></li>
  <li><a href="${works}/deposer" target="contenu">Déposer</a></li></ul></nav>
<iframe name="contenu" title="Application" src="${src}"></iframe></div></body></html>`.html;
}

export function otherPage(title: string): string {
  return page(
    title,
    html`<h1>${title}</h1><form method="post"><table><caption>Résultats de la recherche</caption><thead><tr><th>Numéro</th><th>Statut</th></tr></thead>
      <tbody><tr><td>F-0001</td><td>Mise à disposition</td></tr></tbody></table></form>`,
  );
}

export function notFoundPage(): string {
  return page('Page introuvable', html`<h1>Page introuvable</h1>`);
}
