// Another plausible markup of the same screens (portal.md marks most of it [G]): a role
// <select> spelt « Maîtrise d’œuvre », one structure, native <dialog>s, a format <select>
// and a checkbox for supplementary attachments, cadres as "A15 - …" with short values,
// fieldsets and table-cell labels, other button wordings, and none of the GFT_ ids.
// The extension must guide the same walk on it; the server model is the same.
import { html, type Raw } from './html.js';
import { ATTACHMENT_TYPES, CADRES, type Deposit, formatCents, type PortalModel, STRUCTURES, type WorksInvoice } from './model.js';
import { page, WORKS } from './pages.js';

function tabs(): Raw {
  return html`<h1>Factures de Travaux</h1>
    <nav class="onglets"><a href="${WORKS}/synthese">Synthèse</a> · <a href="${WORKS}/recherche" data-qa="tab-recherche">Rechercher</a> · <a href="${WORKS}/deposer">Déposer</a></nav>`;
}

export function worksSpacePage(): string {
  return page('Factures de Travaux', html`${tabs()}<p>Bienvenue dans l’espace Factures de Travaux.</p>`);
}

export function searchPage(model: PortalModel, results: WorksInvoice[] | null, pageNo: number, errors: string[]): string {
  const c = model.criteria ?? { role: '', structure: '', numero: '', statut: '' };
  const only = STRUCTURES[0];
  const roles: [string, string][] = [
    ['FOURNISSEUR', 'Fournisseur'],
    ['MOE', 'Maîtrise d’œuvre'],
    ['MOA', 'Maîtrise d’ouvrage'],
  ];
  const shown = results ? results.slice((pageNo - 1) * model.pageSize, pageNo * model.pageSize) : [];
  return page(
    'Factures de Travaux - Recherche',
    html`${tabs()}
      ${errors.map((e) => html`<p class="text-danger" role="alert">${e}</p>`)}
      <form method="post" action="${WORKS}/recherche">
        <fieldset><legend>Critères</legend>
          <div class="form-row"><label for="role-select">Rôle</label>
            <select id="role-select" name="listeResultats.critere.role" data-qa="role"><option value="">Sélectionnez</option>
              ${roles.map(([v, l]) => html`<option value="${v}"${c.role === v ? html` selected` : ''}>${l}</option>`)}</select></div>
          <div class="form-row"><label>Structure MOE
            <select name="listeStructures.critere.idStructure" data-qa="structure"><option value="">—</option>
              <option value="${only?.id}"${c.structure === only?.id ? html` selected` : ''}>${only?.name}</option></select></label></div>
          <input class="btn" type="submit" value="Rechercher" data-qa="search">
        </fieldset>
        ${
          results
            ? html`<table><caption>Résultats de la recherche</caption>
              <thead><tr><th>N°</th><th>Fournisseur</th><th>Date de dépôt</th><th>Montant TTC</th><th>Statut</th><th></th></tr></thead>
              <tbody>${shown.map(
                (
                  i,
                ) => html`<tr><td><a href="${WORKS}/consulter?idFactureTravaux=${i.id}" data-qa="open-${i.id}">${i.numero}</a></td>
                  <td>${i.fournisseur}</td><td>${i.dateDepot}</td><td>${formatCents(i.montantTTC)} €</td><td>${i.statut}</td>
                  <td><button type="button" class="btn-icon" aria-label="Télécharger la facture ${i.numero}" data-download-id="${i.id}" data-qa="download-${i.id}"><span aria-hidden="true">⤓</span></button></td></tr>`,
              )}</tbody></table>`
            : ''
        }
      </form>
      <dialog id="dl-dialog" aria-labelledby="dl-title" data-qa="download-dialog">
        <form method="post" action="${WORKS}/telecharger">
          <input type="hidden" name="idFactureTravaux" value="">
          <h2 id="dl-title">Téléchargement de la facture</h2>
          <div class="form-row"><label for="dl-format">Format</label>
            <select id="dl-format" name="format" data-qa="format"><option value="">Choisir</option><option value="PDF">PDF</option><option value="PIVOT">XML</option></select></div>
          <div class="form-row"><label><input type="checkbox" name="avecPiecesJointesComplementaires" value="Oui" checked disabled data-qa="attachments-box"> Inclure les pièces jointes complémentaires</label></div>
          <button type="button" class="btn btn-default" data-close-dialog>Annuler</button>
          <button type="submit" class="btn" data-qa="download-confirm">Valider</button>
        </form>
      </dialog>`,
  );
}

export function detailPage(inv: WorksInvoice, notice = ''): string {
  return page(
    `Facture ${inv.numero}`,
    html`<h1>Facture de travaux ${inv.numero}</h1>
      ${notice ? html`<p role="status">${notice}</p>` : ''}
      <table class="details"><tbody>
        <tr><th>Numéro de la facture</th><td>${inv.numero}</td></tr>
        <tr><th>Fournisseur</th><td>${inv.fournisseur}</td></tr>
        <tr><th>Mise à disposition MOE</th><td>${inv.miseADispositionMoe}</td></tr>
        <tr><th>Montant à payer</th><td>${formatCents(inv.montantAPayer)} €</td></tr>
      </tbody></table>
      <div class="actions" data-qa="actions">
        <button type="button" class="btn btn-default">Refuser la facture</button>
        <a class="btn" href="${WORKS}/traiter?idFactureTravaux=${inv.id}" data-qa="process">Ajouter un certificat de paiement</a>
      </div>`,
  );
}

export function uploadPage(inv: WorksInvoice, d: Deposit): string {
  return page(
    'Dépôt',
    html`<h1>Traitement de la facture ${inv.numero}</h1>
      ${d.errors.map((e) => html`<p class="text-danger" role="alert">${e}</p>`)}
      <form method="post" enctype="multipart/form-data" action="${WORKS}/depot?idDepot=${d.id}">
        <section class="panel"><h2 class="panel-heading">Choix du fichier à importer</h2><div class="panel-body">
          <label class="btn btn-default" data-qa="certificate-picker">Parcourir <input type="file" name="fichier" class="file-input" data-qa="certificate-file"></label>
          <button class="btn" type="submit" name="_action" value="importer" data-qa="import">Charger</button>
        </div></section>
        ${
          d.certificate.length
            ? html`<table><caption>Fichier importé</caption><tbody>${d.certificate.map((f) => html`<tr><td>${f.fileName}</td></tr>`)}</tbody></table>
              <p>Format de dépôt : PDF</p>
              <div class="form-row"><label>Cadre de facturation *
                <select name="cadreFacturation.code" data-qa="cadre"><option value=""></option>
                  ${CADRES.map(([code, label]) => {
                    const short = code.split('_')[0] ?? code;
                    return html`<option value="${short}">${label.replace(' : ', ' - ')}</option>`;
                  })}</select></label></div>
              <button class="btn" type="submit" name="_action" value="continuer" data-qa="continue">Suivant</button>`
            : ''
        }
      </form>`,
  );
}

export function formPage(inv: WorksInvoice, d: Deposit): string {
  const rows = d.attachments.map((a) => html`<tr><td>${a.fileName}</td><td>${a.designation}</td><td>${a.typeLabel}</td></tr>`);
  const amount = (label: string, name: string, value: string) =>
    html`<tr><th>${label}</th><td><input name="${name}" value="${value}" data-qa="${name}"> €</td></tr>`;
  return page(
    'Saisie',
    html`<h1>Facture ${inv.numero} : état d’acompte</h1>
      ${d.errors.map((e) => html`<p class="text-danger" role="alert">${e}</p>`)}
      ${d.notice ? html`<p role="status">${d.notice}</p>` : ''}
      <form method="post" enctype="multipart/form-data" action="${WORKS}/saisie?idDepot=${d.id}">
        <fieldset><legend>Références</legend>
          <div class="form-row"><label>N° de facture <input name="references.numeroFacture" value="${d.numero}" data-qa="number"></label></div>
          <div class="form-row"><label>Date de la facture (jj/mm/aaaa) <input name="references.dateFacture" value="${d.date}" data-qa="date"></label></div>
        </fieldset>
        <fieldset data-qa="amounts"><legend>Montants totaux</legend><table><tbody>
          ${amount('Montant HT', 'montants.montantHtTotal', d.amounts.ht)}
          ${amount('Montant TVA', 'montants.montantTVA', d.amounts.tva)}
          ${amount('Montant TTC', 'montants.montantTtcTotal', d.amounts.ttc)}
          ${amount('Montant à payer', 'montants.montantAPayer', d.amounts.apayer)}
        </tbody></table></fieldset>
        <fieldset><legend>Pièces jointes</legend>
          ${rows.length ? html`<table><tbody>${rows}</tbody></table>` : html`<p>Aucune.</p>`}
          <button type="button" class="btn btn-default" data-open-dialog="#pj-dialog" data-qa="add-attachment">Ajouter une pièce jointe</button>
        </fieldset>
        <dialog id="pj-dialog" aria-label="Ajouter une pièce jointe"${d.attachmentDialogOpen ? html` open` : ''}>
          <label class="btn btn-default" data-qa="attachment-picker">Sélectionner un fichier <input type="file" name="pieceJointe.fichier" class="file-input" data-qa="attachment-file"></label>
          <button type="submit" class="btn" name="_action" value="televerserPJ" data-qa="attachment-upload">Joindre</button>
          ${
            d.pendingAttachment
              ? html`<p>${d.pendingAttachment.fileName}</p>
                <div class="form-row"><label>Libellé <input name="pieceJointe.designation" data-qa="designation"></label></div>
                <div class="form-row"><label>Type de document <select name="pieceJointe.typeCode" data-qa="type"><option value=""></option>
                  ${ATTACHMENT_TYPES.map(([code, label]) => html`<option value="${code.replace(/^DOCUMENT_/, '')}">${label}</option>`)}</select></label></div>
                <button type="submit" class="btn" name="_action" value="ajouterPJ" data-qa="attachment-add">Ajouter la pièce jointe</button>`
              : ''
          }
          ${rows.length ? html`<table><caption>Pièces jointes</caption><tbody>${rows}</tbody></table>` : ''}
          <button type="button" class="btn btn-default" data-close-dialog data-qa="attachment-close">Terminer</button>
        </dialog>
        <p><button type="submit" class="btn btn-default" name="_action" value="enregistrer" data-qa="save">Enregistrer</button>
          <button type="button" class="btn" data-open-dialog="#send-dialog" data-qa="send">Valider et envoyer</button></p>
        <dialog id="send-dialog" aria-labelledby="send-title">
          <h2 id="send-title">Confirmer l’envoi</h2>
          <button type="button" class="btn btn-default" data-close-dialog>Annuler</button>
          <button type="submit" class="btn" name="_action" value="envoyer" data-qa="confirm">Confirmer</button>
        </dialog>
      </form>`,
  );
}
