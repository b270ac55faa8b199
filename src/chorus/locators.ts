// Everything the extension knows of Chorus Pro's markup, as data (shared/docs/portal.md).
// Each locator lists its ways of finding an element, most trusted first: the label a user
// reads → role and accessible name → name/value → the <MODULE>_<Screen>_<Zone>_<Element>
// id pattern. When the portal changes, this file changes. [C]/[I]/[G] say how sure we are.
// Texts are compared word by word (src/chorus/words.ts): accents, case, œ, apostrophes,
// plurals and verb forms, a few synonyms; extra words on the page lower the score, they do
// not rule a candidate out. Cues add up; the best candidate above a threshold wins.
import type { LocatorId } from '../core/steps.js';

export type Strategy =
  /** A form control (or a radio/option for a choice) by the text that labels it. */
  | { by: 'label'; text: string[] }
  /** A button, link or tab by its role and accessible name. */
  | { by: 'role'; roles: ('button' | 'link' | 'tab')[]; name: string[] }
  /** A control by its Spring binding name, a choice by name and value. */
  | { by: 'name'; name: RegExp; value?: RegExp }
  /** The portal's id pattern. */
  | { by: 'id'; pattern: RegExp }
  /** A region (panel, fieldset, table, dialog) by its heading, legend or caption. */
  | { by: 'heading'; text: string[] }
  /** A table by its caption, label, or the heading just before it; `lists`: a <ul> or <ol> too. */
  | { by: 'table'; text: string[]; lists?: true }
  /** A table by its column headings: one of each list's words among them. */
  | { by: 'columns'; all: string[][] }
  /** A choice or control by what its group (legend, the line around it) is about. */
  | { by: 'group'; text: string[] }
  /** A region or window by what it holds (each inner locator scoring at least `min`). */
  | { by: 'contains'; all: LocatorId[]; any?: LocatorId[]; min?: number }
  /** A known CSS hook, when nothing better exists. */
  | { by: 'css'; selector: string }
  /** A list or a table whose entries name files (what an upload lists, whatever its title). */
  | { by: 'files' }
  /** The element that holds another located element (e.g. the bar around « Refuser »). */
  | { by: 'around'; locator: LocatorId }
  /** The titled block (a panel, a fieldset, a section with its heading) that holds another located element. */
  | { by: 'block'; locator: LocatorId };

export type LocatorKind = 'action' | 'control' | 'choice' | 'region' | 'dialog';

export interface LocatorSpec {
  kind: LocatorKind;
  /** Look inside this element only. */
  within?: LocatorId;
  /** Inside a results table: look in the row of the invoice at hand. */
  row?: true;
  /** If `within` is not found, look in the whole page rather than give up. */
  withinIfFound?: true;
  /** Several equally good finds are fine (rows of a list): take the first. */
  many?: true;
  /** The winner must have matched one of these cues, whatever its score from the others. */
  needs?: Strategy['by'][];
  /**
   * What the element must be, whatever its cues: a file chooser is a file input (shown through
   * its label or its button), never a select or a text field whose label mentions a file.
   */
  only?: string;
  /**
   * A list, or a line of one: found only while it lists something — not the line a table shows
   * while empty (« Aucune pièce jointe »), nor a header row (src/chorus/entries.ts).
   */
  entries?: true;
  /**
   * Lines that are not what this list is looked at for: the payment certificate, which a
   * portal may list among the attachments from step 12 on, is not the invoice steps 18–21 add.
   */
  notEntries?: RegExp;
  /** Never what this other locator finds better (« Ajouter la pièce jointe » is not an upload button). */
  unlike?: LocatorId;
  strategies: Strategy[];
}

const FILE_INPUT = 'input[type="file"]';

/** A listed line that is the payment certificate (normalised text), not the invoice. */
export const CERTIFICATE_LINE = /certificat/;

export const LOCATORS: Record<LocatorId, LocatorSpec> = {
  // Portal home (ServiceNow). "Se connecter", tiles and "Accéder" [C].
  'home.login': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button', 'link'], name: ['Se connecter', 'Connexion'] },
      { by: 'id', pattern: /login_button/i },
    ],
  },
  'home.worksTile': {
    kind: 'region',
    strategies: [{ by: 'heading', text: ['Factures de travaux'] }],
  },
  'home.worksAccess': {
    kind: 'action',
    within: 'home.worksTile',
    strategies: [
      { by: 'role', roles: ['link', 'button'], name: ['Accéder', "Accéder à l'application", 'Accéder au service'] },
      // A tile whose title is its link, « Accéder » plain text under it (DSFR's fr-tile).
      { by: 'role', roles: ['link', 'button'], name: ['Factures de travaux'] },
    ],
  },
  // The domains' tiles, before their applications': « Facturation », « Accéder au domaine » [C].
  'home.domainTile': {
    kind: 'region',
    strategies: [{ by: 'heading', text: ['Facturation'] }],
  },
  'home.domainAccess': {
    kind: 'action',
    within: 'home.domainTile',
    strategies: [
      { by: 'role', roles: ['link', 'button'], name: ['Accéder au domaine', 'Accéder'] },
      { by: 'role', roles: ['link', 'button'], name: ['Facturation'] },
    ],
  },

  // Works space: tabs "Synthèse" / "Rechercher" [I].
  'space.searchTab': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['tab', 'link', 'button'], name: ['Rechercher', 'Recherche'] },
      { by: 'id', pattern: /^GFT_.*Onglet_?Recherch/i },
    ],
  },

  // Works search: role and structure [G: radio or select, spelling].
  'search.roleMoe': {
    kind: 'choice',
    strategies: [
      { by: 'label', text: ["Maîtrise d'œuvre", 'MOE', "Maître d'œuvre"] },
      { by: 'name', name: /role/i, value: /^MOE$/ },
      { by: 'id', pattern: /^GFT_.*Role_?MOE$/i },
    ],
  },
  'search.structure': {
    kind: 'control',
    strategies: [
      { by: 'label', text: ['Structure', 'Structure MOE', 'Structure de la maîtrise d’œuvre'] },
      { by: 'name', name: /structure/i },
      { by: 'id', pattern: /^GFT_.*Structure$/i },
    ],
  },
  'search.submit': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Rechercher'] },
      { by: 'id', pattern: /^GFT_.*BoutonRechercher$/ },
    ],
  },

  // Results: caption [C], per-row download button [C on "Factures reçues"].
  'results.table': {
    kind: 'region',
    strategies: [
      { by: 'table', text: ['Résultats de la recherche', 'Résultats', 'Liste des factures de travaux', 'Factures trouvées'] },
      { by: 'heading', text: ['Résultats de la recherche'] },
      // Untitled, or titled otherwise (« Factures à traiter (5) »): its columns say what it lists
      // (portal.md §5: the API fields behind them; their wording is a guess).
      {
        by: 'columns',
        all: [
          ['N° de facture', 'Numéro de facture', 'Numéro', 'N°'],
          ['Statut', 'Montant TTC', 'Montant à payer', 'Montant HT', 'Fournisseur', 'Date de dépôt', 'Déposée le'],
        ],
      },
    ],
  },
  'results.download': {
    kind: 'action',
    within: 'results.table',
    row: true,
    strategies: [
      { by: 'name', name: /^Synthese_Btn_TelechargerUnitaire$/ },
      { by: 'role', roles: ['button', 'link'], name: ['Télécharger'] },
      { by: 'id', pattern: /Telecharg/i },
    ],
  },
  'results.numberLink': {
    kind: 'action',
    within: 'results.table',
    row: true,
    many: true,
    strategies: [
      { by: 'css', selector: 'a[href]' },
      { by: 'id', pattern: /LienNumero/i },
    ],
  },

  // Download dialog: PDF / PIVOT and Oui / Non [C API; G on screen].
  'download.dialog': {
    kind: 'dialog',
    strategies: [
      { by: 'heading', text: ['Télécharger la facture', 'Téléchargement de la facture', 'Téléchargement'] },
      // Whatever its title, the window that asks for the PDF format is the download window.
      { by: 'contains', all: ['download.formatPdf'], min: 5 },
      { by: 'css', selector: '#GDP_Telechargementfacture_Modal' },
    ],
  },
  'download.formatPdf': {
    kind: 'choice',
    within: 'download.dialog',
    strategies: [
      { by: 'label', text: ['PDF'] },
      { by: 'name', name: /format/i, value: /^PDF$/i },
      { by: 'id', pattern: /Format_?PDF$/i },
    ],
  },
  // The format as a field (a select drawn by script shows no PDF option until it is opened).
  'download.format': {
    kind: 'control',
    within: 'download.dialog',
    strategies: [{ by: 'label', text: ['Format', 'Format du fichier', 'Format de téléchargement'] }],
  },
  'download.attachmentsNo': {
    kind: 'choice',
    within: 'download.dialog',
    // A « Non » alone may answer another question (a copy by e-mail), or be the only one shown
    // while the attachments question is not rendered yet: it must say what it is about.
    needs: ['group', 'name', 'id'],
    // A checkbox about the attachments is the question asked otherwise (attachmentsBox), not its « Non ».
    only: ':not(input[type="checkbox"])',
    strategies: [
      { by: 'label', text: ['Non'] },
      // Another Oui/Non question may share the window: its group must be about the attachments.
      { by: 'group', text: ['Pièces jointes complémentaires', 'Avec pièces jointes', 'Pièces jointes'] },
      { by: 'name', name: /piecesJointes|pj/i, value: /^(Non|false|N|0)$/i },
      { by: 'id', pattern: /PiecesJointes_?Non$/i },
    ],
  },
  // Some versions ask with one checkbox, « Inclure les pièces jointes complémentaires » [G].
  'download.attachmentsBox': {
    kind: 'choice',
    within: 'download.dialog',
    strategies: [
      { by: 'label', text: ['Pièces jointes complémentaires', 'Inclure les pièces jointes complémentaires'] },
      { by: 'name', name: /piecesJointes/i },
    ],
  },
  'download.confirm': {
    kind: 'action',
    within: 'download.dialog',
    strategies: [
      { by: 'css', selector: '#GDP_Telechargementfacture_BoutonTelecharger' },
      { by: 'role', roles: ['button'], name: ['Télécharger', 'Valider'] },
    ],
  },

  // Invoice detail [I].
  'detail.actions': {
    kind: 'region',
    strategies: [
      { by: 'css', selector: '[role="toolbar"]' },
      { by: 'id', pattern: /^GFT_.*Actions$/ },
      { by: 'around', locator: 'detail.refuse' },
    ],
  },
  'detail.refuse': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button', 'link'], name: ['Refuser', 'Refuser la facture'] },
      { by: 'id', pattern: /^GFT_.*BoutonRefuser$/ },
    ],
  },
  'detail.process': {
    kind: 'action',
    strategies: [
      {
        by: 'role',
        roles: ['button', 'link'],
        name: [
          'Traiter',
          'Traiter la facture',
          'Ajouter un certificat de paiement',
          'Ajouter le certificat de paiement',
          'Déposer un état d’acompte',
          'Compléter la facture',
          'Associer un état d’acompte',
        ],
      },
      { by: 'id', pattern: /^GFT_.*BoutonTraiter$/ },
    ],
  },

  // Certificate upload: "Choix du fichier à importer" [C tutorial], cadre [C generic].
  'upload.file': {
    kind: 'control',
    only: FILE_INPUT,
    strategies: [
      { by: 'label', text: ['Choix du fichier à importer', 'Parcourir', 'Fichier', 'Sélectionner un fichier'] },
      { by: 'css', selector: FILE_INPUT },
    ],
  },
  'upload.import': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Importer', 'Téléverser', 'Charger', 'Valider'] },
      { by: 'id', pattern: /^GFT_.*BoutonImporter$/ },
    ],
  },
  'upload.imported': {
    kind: 'region',
    // What it lists: a table of the file's chooser (its fields in a layout table under « Choix
    // du fichier à importer ») lists nothing.
    entries: true,
    strategies: [
      // A list of files, not a heading: « Choix du fichier à importer » has the same words.
      { by: 'table', text: ['Fichiers importés', 'Fichier importé', 'Documents importés'] },
      { by: 'id', pattern: /FichiersImportes/i },
    ],
  },
  'upload.cadre': {
    kind: 'control',
    strategies: [
      { by: 'label', text: ['Cadre de facturation', 'Cadre de facturation *'] },
      { by: 'name', name: /cadre/i },
      { by: 'id', pattern: /CadreFacturation/i },
    ],
  },
  'upload.continue': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button', 'link'], name: ['Continuer', 'Suivant', 'Étape suivante'] },
      { by: 'id', pattern: /^GFT_.*BoutonContinuer$/ },
    ],
  },

  // Invoice form: blocks [C generic], API amount fields [C] → labels [G].
  // The block to fill is the one that holds the invoice number, whatever it is called: the
  // number sits in « Identification » on some versions (portal.md §3), with other references
  // (marché, engagement) in a « Références » block of their own [G].
  'form.references': {
    kind: 'region',
    strategies: [
      { by: 'block', locator: 'form.number' },
      { by: 'heading', text: ['Références', 'Identification'] },
    ],
  },
  'form.number': {
    kind: 'control',
    strategies: [
      {
        by: 'label',
        text: [
          'Numéro de facture',
          'Numéro de la facture',
          'Numéro de l’état d’acompte',
          'Numéro',
          'Référence de la facture',
          'Votre référence',
        ],
      },
      { by: 'name', name: /numeroFacture|numero$/i },
      { by: 'id', pattern: /NumeroFacture$/i },
    ],
  },
  'form.date': {
    kind: 'control',
    strategies: [
      { by: 'label', text: ['Date de facture', 'Date de la facture', "Date d'émission", 'Date de la facture (jj/mm/aaaa)'] },
      { by: 'name', name: /dateFacture|dateEmission/i },
      { by: 'id', pattern: /DateFacture$/i },
    ],
  },
  'form.amounts': {
    kind: 'region',
    strategies: [{ by: 'heading', text: ['Montants totaux', 'Montants'] }],
  },
  'form.addAttachment': {
    kind: 'action',
    within: 'form.attachmentsBlock',
    strategies: [
      { by: 'role', roles: ['button', 'link'], name: ['Ajouter', 'Ajouter une pièce jointe', 'Ajouter des pièces jointes'] },
      { by: 'id', pattern: /PiecesJointes_?BoutonAjouter$/i },
    ],
  },
  'form.attachmentsBlock': {
    kind: 'region',
    strategies: [{ by: 'heading', text: ['Pièces jointes'] }],
  },
  // A line of the block's table, never the one it shows while empty; one of several will do.
  'form.attachmentListed': {
    kind: 'region',
    within: 'form.attachmentsBlock',
    many: true,
    entries: true,
    notEntries: CERTIFICATE_LINE,
    strategies: [{ by: 'css', selector: 'table tbody tr' }],
  },
  'form.send': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Valider et envoyer'] },
      { by: 'id', pattern: /^GFT_.*BoutonValiderEnvoyer$/ },
    ],
  },

  // The refusal window [I]: known by its reason list whatever its title. A page of its own
  // (the older `…/refuser` path) is not a window, and not read as one.
  'refuse.dialog': {
    kind: 'dialog',
    strategies: [
      { by: 'heading', text: ['Refuser la facture', 'Refus de la facture', 'Refuser la facture de travaux'] },
      { by: 'contains', all: ['refuse.reason'] },
      { by: 'id', pattern: /Refus.*Modal$/i },
    ],
  },
  // Issue 12. The refusal window's reasons [I]; « Erreur de montant » among them [C, KB0011867].
  'refuse.reason': {
    kind: 'control',
    strategies: [
      { by: 'label', text: ['Motif de refus', 'Motif du refus', 'Motif'] },
      { by: 'name', name: /motif/i },
      { by: 'id', pattern: /Refus.*Motif$/i },
    ],
  },
  // « Enregistrer » keeps a draft; it does not send [C generic].
  'form.save': {
    kind: 'action',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Enregistrer', 'Enregistrer le brouillon', 'Enregistrer en brouillon'] },
      { by: 'id', pattern: /^GFT_.*BoutonEnregistrer$/ },
    ],
  },
  // The block that shows the cadre chosen on the upload screen [C generic « Cadre de facturation »].
  'form.cadre': {
    kind: 'region',
    strategies: [
      { by: 'heading', text: ['Cadre de facturation'] },
      { by: 'id', pattern: /^GFT_SaisieFacture_Cadre$/ },
    ],
  },

  // Attachment dialog: designation and type [C API; G on screen].
  'attach.dialog': {
    kind: 'dialog',
    strategies: [
      { by: 'heading', text: ['Ajouter des pièces jointes', 'Ajouter une pièce jointe', 'Pièces jointes'] },
      // Known by what it holds, whatever its title: a file to choose and what to call it.
      { by: 'contains', all: ['attach.file'], any: ['attach.designation', 'attach.type'] },
      { by: 'contains', all: ['attach.designation', 'attach.type'] },
      // Before the file is sent, a window of the form with a file to choose: only this one takes files.
      { by: 'contains', all: ['attach.file'] },
      { by: 'id', pattern: /^GFT_AjoutPieceJointe_Modal$/ },
    ],
  },
  'attach.file': {
    kind: 'control',
    within: 'attach.dialog',
    only: FILE_INPUT,
    strategies: [
      { by: 'label', text: ['Parcourir', 'Fichier', 'Choix du fichier à importer', 'Sélectionner un fichier'] },
      { by: 'css', selector: FILE_INPUT },
    ],
  },
  'attach.upload': {
    kind: 'action',
    within: 'attach.dialog',
    // « Joindre » is close to « Ajouter la pièce jointe »: in a window without an upload button, that one is not it.
    unlike: 'attach.add',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Téléverser', 'Importer', 'Charger', 'Joindre'] },
      { by: 'id', pattern: /BoutonTeleverser$/i },
    ],
  },
  'attach.designation': {
    kind: 'control',
    within: 'attach.dialog',
    strategies: [
      { by: 'label', text: ['Désignation', 'Désignation de la pièce jointe', 'Libellé', 'Intitulé', 'Nom de la pièce'] },
      { by: 'name', name: /designation/i },
      { by: 'id', pattern: /Designation$/i },
    ],
  },
  'attach.type': {
    kind: 'control',
    within: 'attach.dialog',
    strategies: [
      { by: 'label', text: ['Type de pièce jointe', 'Type', 'Type de document', 'Nature de la pièce'] },
      { by: 'name', name: /type(Code)?$/i },
      { by: 'id', pattern: /_Type$/i },
    ],
  },
  // The type the tutorial gives the invoice: « Document annexe » [C tutorial; G its code].
  'attach.typeAnnexe': {
    kind: 'choice',
    within: 'attach.dialog',
    strategies: [
      { by: 'label', text: ['Document annexe', 'Annexe'] },
      { by: 'name', name: /type/i, value: /^(DOCUMENT_)?ANNEXE$/i },
    ],
  },
  'attach.add': {
    kind: 'action',
    within: 'attach.dialog',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Ajouter', 'Ajouter la pièce jointe'] },
      { by: 'id', pattern: /AjoutPieceJointe_BoutonAjouter$/i },
    ],
  },
  // What the window lists as added, a table or a list, once it lists something.
  'attach.listed': {
    kind: 'region',
    within: 'attach.dialog',
    entries: true,
    notEntries: CERTIFICATE_LINE,
    strategies: [
      // A list of files, not a heading: the window's own title has the same words.
      { by: 'table', text: ['Pièces jointes ajoutées', 'Pièces jointes'], lists: true },
      { by: 'id', pattern: /AjoutPieceJointe_Liste$/i },
      // « Pièces ajoutées », « Fichiers joints », no title at all: the window's list of files.
      { by: 'files' },
    ],
  },
  'attach.close': {
    kind: 'action',
    within: 'attach.dialog',
    // A Bootstrap window has two ways out, its header's « × » (aria-label « Fermer ») and its
    // footer's « Fermer » [C Bootstrap 3]: the footer's button, the one the tutorial names; else the first.
    many: true,
    strategies: [
      { by: 'role', roles: ['button'], name: ['Fermer', 'Terminer', 'Close'] },
      { by: 'css', selector: '[data-dismiss="modal"]' },
      { by: 'css', selector: '.modal-footer [data-dismiss="modal"]' },
    ],
  },

  // Send confirmation: "Confirmation d'envoi", "Confirmer et envoyer" [C generic].
  'confirm.dialog': {
    kind: 'dialog',
    strategies: [
      { by: 'heading', text: ["Confirmation d'envoi", "Confirmer l'envoi"] },
      // A window whose button confirms the sending itself (not a refusal's « Confirmer »).
      { by: 'contains', all: ['confirm.send'], min: 9 },
      { by: 'id', pattern: /Confirmation_Modal$/ },
    ],
  },
  'confirm.send': {
    kind: 'action',
    within: 'confirm.dialog',
    strategies: [
      { by: 'role', roles: ['button'], name: ['Confirmer et envoyer', 'Confirmer l’envoi', 'Envoyer'] },
      { by: 'role', roles: ['button'], name: ['Confirmer'] },
      { by: 'id', pattern: /Confirmation_BoutonConfirmer$/ },
    ],
  },
};

/** What the tutorial names the attached invoice (step 21). */
export const ATTACHMENT_DESIGNATION = 'Facture';

/** Words that tell a page belongs to the works-invoice application. */
export const WORKS_SPACE_TITLES = ['Factures de travaux', 'Facture de travaux', 'Factures de Travaux'];
/** « La facture n° … est validée, elle est en cours de transmission au service concerné » [C generic]. */
export const SENT_MESSAGE = 'est validee, elle est en cours de transmission';

/** The refusal reason the portal itself turns away since 19 Feb 2025 [C, KB0011867]. */
export const AMOUNT_ERROR_REASON = 'Erreur de montant';
/** The portal's answer to a Factur-X (PDF/A-3) deposit: it switched to batch deposit [C, user reports 2026]. */
export const FACTURX_MESSAGE = 'au format PDF/A3 (FACTUR-X)';
/** Page statuses of invoices no longer waiting for the MOE (portal.md §3 [C]). */
export const PAST_MOE_STATUSES = ['MOA', 'Refusée', 'Transmise', 'Complétée'];

/** Whether a locator points into the rows of the results (one row at a time, the invoice at hand's first). */
export function isRowLocator(id: LocatorId): boolean {
  return LOCATORS[id].row === true;
}
