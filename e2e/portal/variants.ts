// The markup-variant generator: from the replica's pages (either markup), a seed picks a set
// of transformations by which the real portal may differ from our guesses (portal.md marks
// them [G]) — ids renamed or gone, labels reworded, labels tied to their fields another way,
// defaults pre-selected by the page, results announced by a heading, windows without ARIA,
// content rendered late by script (its texts bound in place later still, as a framework does),
// a choice enabled late or not rendered until PDF is chosen, a second Oui/Non question in the
// download window, tables without <thead>, structures listed once a role is chosen, the search
// criteria or the form's attachments folded away, lists of attachments that show a line while
// empty, an attachment window that asks for everything at once; and a long results list (the
// server model's: older invoices; it also takes the file with « Ajouter » for that window). What the model accepts stays the same, so a walk on any
// seed proves the assistant on markup it was not written for.
// The scripted user's `data-qa` hooks are kept: they are the test's, never the extension's.
import { Window } from 'happy-dom';
import { defineWebComponents } from './components.js';
import { ATTACHMENT_TYPES, type Variant } from './model.js';

export interface VariantSpec {
  seed: number;
  base: Variant;
  ids: 'keep' | 'gfr' | 'framework' | 'none';
  /** Each known label replaced by one of its plausible rewordings. */
  reword: boolean;
  /** How a text field's or a select's <label for> is tied to it. */
  labelling: 'for' | 'wrap' | 'aria' | 'cell';
  /** The page pre-selects « Fournisseur » and the XML format. */
  pageDefaults: boolean;
  resultsHeading: boolean;
  /** Windows lose role=dialog / aria-modal / aria-labelledby. */
  bareDialogs: boolean;
  /** The page's content is rendered by script this long after load (0: server-rendered). */
  lateMs: number;
  /** The download window opens this long after the click. */
  dialogDelayMs: number;
  /** « Oui / Non » is enabled this long after PDF is chosen… */
  enableDelayMs: number;
  /** …and is not rendered at all before. */
  hideUntilPdf: boolean;
  /** Another Oui/Non question precedes the supplementary attachments one. */
  extraQuestion: boolean;
  /** The form's actions sit at the bottom right, as many portals place them. */
  actionsRight: boolean;
  /**
   * With late content, its texts are bound as a framework binds them: « … » first, then each
   * text node's data set in place this long after (0: rendered with their texts).
   */
  bindMs: number;
  /** Tables have no <thead>: their header row is the first row of the body. */
  headInBody: boolean;
  /**
   * The results list also shows this many older invoices of the structure, on one page: a long
   * list (0: the replica's own few). The server model's (handler.ts), not the markup's.
   */
  otherRows: number;
  /**
   * The structures are listed only once a role is chosen, this long after each change of role
   * (their list depends on the role): the field is not there before (0: always there).
   */
  structureAfterRoleMs: number;
  /**
   * The search criteria in a folded section (Bootstrap's collapsible panel, or a <details>):
   * open, folded once results are shown (as many portals do after a search), or folded on
   * every load of the search screen.
   */
  criteria: 'open' | 'foldedWithResults' | 'folded';
  /** The form's « Pièces jointes » block is folded on every load of the form. */
  foldAttachments: boolean;
  /**
   * A Bootstrap panel's opener says whether it is folded (`aria-expanded`), as portal.md §2
   * quotes; or, as Bootstrap 3 markup often is written, only by its `collapsed` class until
   * the first click.
   */
  foldAria: boolean;
  /**
   * The role is a Bootstrap 3 button group: each radio, with no id, wrapped in a `.btn` label,
   * and only a click on the label marks the choice on screen (its `active` class).
   */
  roleButtons: boolean;
  // Task « file choosers, the upload screen, the number block » (blind test): from here on.
  /**
   * The download window titled « Télécharger le document », its format field labelled « Format
   * du fichier » (a select, alt, XML chosen by the page): a field that mentions a file is not a
   * file chooser.
   */
  downloadWording: boolean;
  /** A read-only field shows the chosen file's name beside each styled file input (not the chooser). */
  fileNameField: boolean;
  /** The upload screen, grown by the server once the certificate is loaded, names it in a line (« Fichier chargé : … »), not a table of imported files. */
  importedAsRow: boolean;
  /** The form's number and date in an « Identification » block of their own, before « Références » (portal.md §3). */
  numberInIdentification: boolean;
  /**
   * The role as ARIA radio buttons (`<button type="button" role="radio" aria-checked>` in a
   * `role="radiogroup"`), the page's script copying the choice into a hidden input the form
   * sends; over `roleButtons` when both are drawn.
   */
  roleAria: boolean;
  /**
   * The role as PrimeFaces lays out a selectOneRadio: a `role="radiogroup"` table, each option
   * two cells (the native radio visually hidden beside the box the user sees, then its
   * `label for`); under `roleAria`, `roleButtons` and `roleBareText` when those are drawn.
   */
  roleCells: boolean;
  /** The form's attachments list the payment certificate from the start (a portal listing every file of the deposit). */
  certificateListed: boolean;
  /** Once the file is in, the attachment window pre-fills its designation with the file's name, without its extension. */
  designationFileName: boolean;
  /** The upload screen lists what it imported under « Pièces jointes » (the deposit's files), not « Fichiers importés ». */
  importedAsAttachments: boolean;
  // Steps 18–21 (the form's attachments and the attachment window): empty lines and one-step windows.
  /**
   * While nothing is attached, the form's « Pièces jointes » table is there all the same, with
   * one line that says it is empty (one cell across it, as DataTables and many portals do); so
   * is the window's list of what was added.
   */
  attachEmptyLine: boolean;
  /**
   * The attachment window asks for everything at once: its file input hidden inside the label
   * that opens the picker (a folder icon), the designation and type shown from the start, no
   * upload button; « Ajouter » sends the file with them (the server takes it so: handler.ts),
   * and the window lists what was added in a <ul>.
   */
  attachOneStep: boolean;
  // Session of 2026-11-28 (a third independent markup: an Angular Material application).
  /**
   * The form's blocks as expansion panels: a header (`role="button"`, `aria-expanded`,
   * `aria-controls`) holds the title, and the block it controls is a `role="region"` with no
   * name of its own and no heading inside (Angular Material's mat-expansion-panel).
   */
  accordionBlocks: boolean;
  /**
   * The results table has no title that says so: no caption, and at most a heading of its own
   * words (« Factures à traiter (1) »); only its columns tell what it lists.
   */
  resultsUntitled: boolean;
  /** The sent message in a card known by its class alone: no role, no alert, no paragraph, an icon's ligature before it. */
  sentInCard: boolean;
  /**
   * The home shows the domains' tiles first: the « Facturation » domain's applications appear
   * only once its « Accéder au domaine » (a button, here) is pressed (portal.md §5).
   */
  homeDomains: boolean;
  /**
   * The cadre as a select drawn by script (Angular Material's mat-select): a `role="combobox"`
   * showing a placeholder or the chosen text, its options rendered in an overlay at the end of
   * <body> only while it is open, the value sent by a hidden input.
   */
  cadreCombobox: boolean;
  /** The attachment's type drawn the same way (its options « Document annexe »… only while open). */
  typeCombobox: boolean;
  /** The download window's format drawn the same way (classic's radios become such a select): no PDF option on the page until it is opened. */
  formatCombobox: boolean;
  /**
   * How the drawn selects behave: opened on a click (Material) or a mousedown (MUI,
   * react-select); their list rendered after them (PrimeNG) rather than over the page at the end
   * of <body> (or of the window they are in); rendered a moment after the press (an animation);
   * offering an empty « — » first.
   */
  drawn: {
    openOn: 'click' | 'mousedown';
    inline: boolean;
    lateMs: number;
    emptyOption: boolean;
    /** The placeholder drawn as plain text, no class to tell it (« Sélectionnez un type »), as PrimeFaces' label shows its empty option. */
    plainPlaceholder: boolean;
    /**
     * Material's (a combobox holding its value, the value sent by a hidden input beside it) or
     * PrimeFaces' (a combobox keeping the native select and a read-only focus input, both
     * visually hidden, beside the label it shows; its panel rendered once, hidden until opened),
     * or Vuetify's (a field holding its own label, `for` an input no one types in, with
     * `inputmode="none"`; its list fading out once an option is chosen, the field already saying
     * it is closed; Escape, with no list open, closes the window it is in, as v-dialog does),
     * or MUI's (a combobox showing a zero-width space while nothing is chosen, the value in a
     * see-through input after it; opened on a press, its menu a popover at the end of <body>
     * over an invisible backdrop, the rest of <body> aria-hidden while it is open).
     */
    style: 'material' | 'prime' | 'vuetify' | 'mui';
  };
  // Session of 2026-11-29 (a fifth independent markup: a DSFR single-page application).
  /**
   * The home's tiles as the State's design system draws them: the tile's title is its link,
   * « Accéder » / « Accéder au domaine » plain text under it; logged out, the header repeats
   * the page's « Se connecter » (the same link).
   */
  homeTiles: boolean;
  /**
   * The supplementary attachments asked with one toggle, « Pièces jointes complémentaires »,
   * ticked (« Oui ») until the user unticks it, as a checkbox the form sends only when ticked
   * (Spring's `_name` marker says it was there); classic's Oui/Non radios become it.
   */
  attachmentsToggle: boolean;
  /**
   * Windows appear by a fade of their `visibility` and `opacity` (0.3 s), nothing of the page
   * changing when it ends: an animation when they open, or a transition between their closed
   * and open classes (DSFR's windows and tab panels), the window kept rendered while closed.
   */
  fades: 'none' | 'animation' | 'transition';
  /**
   * Once the file is sent, the attachment window shows the fields that describe it in place of
   * its file input and upload button (a window in two phases), until it is added.
   */
  attachSwap: boolean;
  /**
   * Native windows (alt's <dialog>s) shown by a class of the page's, never `open` nor
   * showModal(): the page's style displays a closed <dialog> (DSFR's `fr-modal--opened`).
   */
  dialogsByClass: boolean;
  /**
   * The home's tiles as a component library's cards (Vuetify's v-card, Material's mat-card,
   * Bootstrap 4's card): the title a styled <div>, no heading element; none of the `.tile` class.
   */
  homeCards: boolean;
  /**
   * The invoice form's blocks in steps (a stepper, a wizard): one section shown at a time, the
   * others hidden, named in a header of step items the user clicks; « Suivant » in each. The
   * page keeps its step across reloads (an SPA's state, a wizard's server-side step).
   */
  formSteps: 'none' | 'vuetify' | 'material' | 'prime';
  /** The form's blocks as plain <div>s under their heading: no section, fieldset or panel (Vue, React pages). */
  plainBlocks: boolean;
  /**
   * The attachment window's list of files added as an ARIA list of <div>s, titled by its own
   * first line (Vuetify's v-list and v-list-subheader), no caption; the lines name the file.
   */
  attachListAria: boolean;
  /**
   * File inputs drawn as a whole field (Vuetify's v-file-input): the input transparent over a
   * field's box, its label inside the box; no picker button of its own.
   */
  fileField: boolean;
  /**
   * The role's radios named by the bare text after each (« ○ Maîtrise d'oeuvre ○ Fournisseur »),
   * no label, in the line that the status filter (« Mise à disposition MOE ») follows: a legacy
   * JSP page; under `roleAria` and `roleButtons` when those are drawn, over `roleCells`.
   */
  roleBareText: boolean;
  /**
   * The sent message in a box of jQuery UI's style (`div.ui-state-highlight` and its icon, no
   * role, no « success » class), the number in bold; over `sentInCard`.
   */
  sentHighlight: boolean;
  /**
   * The cadre's native select hidden (`display: none`) under a box Chosen draws after it
   * (`#<id>_chosen`, `a.chosen-single > span`, `ul.chosen-results > li.active-result`), which
   * shows a new value only when told by `chosen:updated`, as Chosen does; not with `cadreCombobox`.
   */
  cadreChosen: boolean;
  /**
   * The certificate's chooser as older pages lay it out: a layout table under « Choix du fichier
   * à importer » (label cell, a read-only field for the name, an icon link « Parcourir » that
   * opens the file input, moved off the page, then « Importer »); over `fileField` there.
   */
  certificateLegacy: boolean;
  /**
   * A choice renders its group again, as a server-side framework's AJAX answer does
   * (PrimeFaces' `update`): once the role, the format or the attachments question changes, its
   * whole line or fieldset is replaced by a fresh copy holding the new state.
   */
  rerenderChoices: boolean;
  /**
   * The modals as Bootstrap 3.3 and later leave them: `aria-hidden="true"` as the page wrote it
   * (Bootstrap 3.0's documentation), never changed while the modal is open, and no `aria-modal`.
   */
  modalAriaStale: boolean;
  /**
   * Each tile of the home page one link (`<a class="tile">` holding its title, a line about it
   * that may say « Traiter », and « Accéder » as plain text), as a ServiceNow portal draws them;
   * not with `homeTiles` nor `homeCards`.
   */
  homeTileLinks: boolean;
  /**
   * While a window is open, every other child of <body> is hidden from assistive technology
   * (`aria-hidden`: Angular CDK's dialogs, MUI) or put out of use (`inert`: Headless UI), put
   * back as it was once the window closes: the assistant's host among them.
   */
  modalHidesPage: 'none' | 'aria-hidden' | 'inert';
  /**
   * The modals shown in the top layer as popovers, their backdrop with them, as Angular CDK 20
   * and later show their dialogs: above every z-index of the page, a press on the backdrop
   * closes them.
   */
  modalsInTopLayer: boolean;
  /**
   * The page keeps each radio group's choice in its own state, as Angular Material does: a radio
   * the user checks sets it and marks its label « is-checked »; an input un-checked behind its
   * back changes neither; the form sends the state. Not with `rerenderChoices`.
   */
  radiosOwnState: boolean;
  /**
   * The windows moved to the end of <body> when they open, outside the page's content, as
   * Angular CDK's overlay container, MUI's portals and jQuery UI's dialogs render theirs: with
   * `modalHidesPage`, the page behind them is hidden, the invoice's detail under its refusal
   * window included.
   */
  modalsAtBodyEnd: boolean;
  /**
   * The results as MUI's DataGrid (and AG Grid) draw them: a `<div role=grid>` named by a title
   * elsewhere (`aria-labelledby`), the head a row of `div[role=columnheader]`s, the body a
   * `div[role=rowgroup]` of `div[role=row]`s whose cells are `div[role=gridcell]`s with their
   * column's `aria-colindex`, the grid's offset and filler (`role=presentation`) among them.
   */
  resultsGrid: boolean;
  /**
   * The invoice's date as MUI X's date field draws it: three sections the user types in
   * (`span[role=spinbutton][contenteditable]`, « JJ / MM / AAAA »), the value kept for the form
   * in the input beside them, out of everyone's reach (`aria-hidden`, `tabindex="-1"`, see-through).
   */
  dateSections: boolean;
  /**
   * Web components, as SAP's UI5 Web Components and Shoelace draw them: the page's titles, the
   * role's radios, the cadre's and the type's selects and the invoice form's fields are custom
   * elements (`wc-title`, `wc-radio`, `wc-select`, `wc-input`, `wc-label`, components.ts) whose
   * heading, `role="radio"`, list and `<input>` live in
   * their open shadow roots; their words are their children or an attribute (`text`), their
   * values go to the form through ElementInternals.
   */
  webComponents: boolean;
}

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function variantFor(seed: number): VariantSpec {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const chance = (p: number) => r() < p;
  const spec: VariantSpec = {
    seed,
    base: pick(['classic', 'alt'] as const),
    ids: pick(['keep', 'gfr', 'framework', 'none'] as const),
    reword: chance(0.75),
    labelling: pick(['for', 'wrap', 'aria', 'cell'] as const),
    pageDefaults: chance(0.5),
    resultsHeading: chance(0.5),
    bareDialogs: chance(0.4),
    lateMs: chance(0.4) ? Math.floor(r() * 1000) : 0,
    dialogDelayMs: pick([0, 300, 900, 1500]),
    enableDelayMs: pick([0, 0, 250, 800]),
    hideUntilPdf: chance(0.4),
    extraQuestion: chance(0.4),
    actionsRight: chance(0.5),
    bindMs: pick([0, 0, 150, 600]),
    headInBody: chance(0.3),
    // Both draws made whatever the first says, so that what is drawn after keeps its meaning.
    otherRows: ((long, n) => (long ? 100 + Math.floor(n * 200) : 0))(chance(0.3), r()),
    structureAfterRoleMs: pick([0, 0, 250, 700]),
    criteria: pick(['open', 'open', 'foldedWithResults', 'folded'] as const),
    foldAttachments: chance(0.3),
    foldAria: chance(0.6),
    // Steps 18–21.
    attachEmptyLine: chance(0.4),
    attachOneStep: chance(0.4),
    roleButtons: chance(0.35),
    // Task « file choosers, the upload screen, the number block ».
    downloadWording: chance(0.4),
    fileNameField: chance(0.4),
    importedAsRow: chance(0.4),
    numberInIdentification: chance(0.4),
    roleAria: chance(0.3),
    // Session of 2026-11-28 (a third independent markup).
    accordionBlocks: chance(0.35),
    resultsUntitled: chance(0.35),
    sentInCard: chance(0.4),
    homeDomains: chance(0.4),
    cadreCombobox: chance(0.35),
    // Session of 2026-11-29: choosing in drawn selects.
    typeCombobox: chance(0.35),
    drawn: {
      openOn: pick(['click', 'mousedown'] as const),
      inline: chance(0.4),
      lateMs: pick([0, 0, 80]),
      emptyOption: chance(0.4),
      plainPlaceholder: false,
      style: 'material',
    },
    roleCells: false,
    certificateListed: false,
    designationFileName: false,
    importedAsAttachments: false,
    formatCombobox: chance(0.3),
    homeTiles: false,
    attachmentsToggle: false,
    fades: 'none',
    attachSwap: false,
    dialogsByClass: false,
    homeCards: false,
    formSteps: 'none',
    plainBlocks: false,
    attachListAria: false,
    fileField: false,
    roleBareText: false,
    sentHighlight: false,
    cadreChosen: false,
    certificateLegacy: false,
    rerenderChoices: false,
    modalAriaStale: false,
    homeTileLinks: false,
    modalHidesPage: 'none',
    modalsInTopLayer: false,
    radiosOwnState: false,
    modalsAtBodyEnd: false,
    resultsGrid: false,
    dateSections: false,
    webComponents: false,
  };
  // Drawn last, so that adding it left every earlier draw (and the seeds' markups) as it was.
  spec.drawn.plainPlaceholder = chance(0.4);
  spec.drawn.style = pick(['material', 'prime'] as const);
  spec.roleCells = chance(0.35);
  spec.certificateListed = chance(0.35);
  spec.designationFileName = chance(0.4);
  spec.importedAsAttachments = chance(0.35);
  spec.homeTiles = chance(0.35);
  spec.attachmentsToggle = chance(0.35);
  spec.fades = pick(['none', 'none', 'animation', 'transition'] as const);
  spec.attachSwap = chance(0.4);
  spec.dialogsByClass = chance(0.35);
  // Session of 2026-11-29 (afternoon): a sixth unseen markup (Vue 3 + Vuetify 3).
  if (chance(0.35)) spec.drawn.style = 'vuetify';
  spec.homeCards = !spec.homeTiles && chance(0.4);
  spec.formSteps = pick(['none', 'none', 'vuetify', 'material', 'prime'] as const);
  spec.plainBlocks = chance(0.35);
  spec.attachListAria = chance(0.4);
  spec.fileField = chance(0.35);
  // Session of 2026-11-29 (noon): a seventh unseen markup (a legacy application in frames).
  spec.roleBareText = chance(0.5);
  spec.sentHighlight = chance(0.35);
  spec.cadreChosen = !spec.cadreCombobox && chance(0.65);
  spec.certificateLegacy = chance(0.35);
  // Session of 2026-11-29 (afternoon): the fourth unseen markup re-run (PrimeFaces' AJAX updates).
  spec.rerenderChoices = chance(0.4);
  // The eighth unseen markup (the real Bootstrap 3.4, select2 4, iCheck).
  spec.modalAriaStale = chance(0.4);
  spec.homeTileLinks = !spec.homeTiles && !spec.homeCards && chance(0.6);
  // The ninth unseen markup (Angular 22 and Angular Material).
  spec.modalHidesPage = pick(['none', 'aria-hidden', 'inert'] as const);
  spec.modalsInTopLayer = chance(0.4);
  spec.radiosOwnState = !spec.rerenderChoices && chance(0.4);
  // Session of 2026-11-29 (evening): a tenth unseen markup (React and MUI).
  spec.modalsAtBodyEnd = chance(0.5);
  spec.resultsGrid = chance(0.4);
  if (chance(0.3)) spec.drawn.style = 'mui';
  spec.dateSections = chance(0.35);
  // Session of 2026-11-29 (night): an eleventh unseen markup (SAP's UI5 Web Components).
  spec.webComponents = chance(0.35);
  return spec;
}

/** Plausible rewordings of the replica's labels (both markups), the first being the replica's own. */
const REWORDINGS: Record<string, string[]> = {
  'Factures de Travaux': ['Factures de travaux', 'FACTURES DE TRAVAUX'],
  Accéder: ['Accéder au service', "Accéder à l'application"],
  "Maîtrise d'oeuvre": ['Maîtrise d’œuvre', "MAITRISE D'OEUVRE", 'Maîtrise d’oeuvre'],
  'Maîtrise d’œuvre': ["Maîtrise d'oeuvre", 'MAÎTRISE D’ŒUVRE'],
  Structure: ['Structure MOE', 'Structure *', 'Structure de la maîtrise d’œuvre'],
  'Structure MOE': ['Structure', 'Structure :'],
  Rechercher: ['Lancer la recherche', 'RECHERCHER', 'Rechercher les factures'],
  'Résultats de la recherche': ['Résultats', 'Liste des factures de travaux', 'RÉSULTATS DE LA RECHERCHE'],
  'Télécharger la facture': ['Téléchargement', 'Export de la facture', 'Options de téléchargement'],
  'Téléchargement de la facture': ['Télécharger la facture', 'Exporter la facture'],
  'Pièces jointes complémentaires': [
    'Avec les pièces jointes complémentaires ?',
    'Inclure les pièces jointes complémentaires',
    'Pièce(s) jointe(s) complémentaire(s)',
  ],
  Traiter: ['Traiter la facture', 'Compléter', 'Déposer un état d’acompte'],
  'Ajouter un certificat de paiement': ['Traiter', 'Compléter la facture'],
  Refuser: ['Refuser la facture'],
  'Choix du fichier à importer': ['Fichier à importer', 'Sélection du fichier', 'Choisir le fichier à importer'],
  Importer: ['Importer le fichier', 'Téléverser', 'Charger'],
  Charger: ['Importer', 'Charger le fichier'],
  'Cadre de facturation': ['Cadre de facturation *', 'Cadre de facturation :'],
  Continuer: ['Suivant', 'Étape suivante', 'CONTINUER'],
  Suivant: ['Continuer'],
  Références: ['Références de la facture', 'Référence', 'RÉFÉRENCES'],
  'Numéro de facture': ['N° de facture', 'Numéro', 'N° de la facture *', 'Numéro de la facture'],
  'N° de facture': ['Numéro de facture', 'Numéro'],
  'Date de facture': ['Date de la facture', "Date d'émission", 'Date de facture *'],
  'Montants totaux': ['Montants', 'MONTANTS TOTAUX', 'Montant total'],
  'Pièces jointes': ['Pièces jointes de la facture', 'Pièce(s) jointe(s)'],
  'Ajouter des pièces jointes': ['Ajout d’une pièce jointe', 'Joindre un document', 'Documents à joindre'],
  'Ajouter une pièce jointe': ['Ajouter des pièces jointes', 'Joindre un fichier'],
  Téléverser: ['Importer', 'Charger le fichier'],
  Joindre: ['Téléverser'],
  Désignation: ['Libellé', 'Désignation de la pièce jointe', 'Intitulé', 'Désignation *'],
  Libellé: ['Désignation'],
  'Type de pièce jointe': ['Type', 'Type de document', 'Nature de la pièce'],
  'Type de document': ['Type de pièce jointe', 'Type'],
  Fermer: ['Terminer', 'Fermer la fenêtre'],
  Terminer: ['Fermer'],
  'Valider et envoyer': ['VALIDER ET ENVOYER', 'Valider et envoyer la facture'],
  "Confirmation d'envoi": ['Confirmer l’envoi', 'Envoi de la facture', 'Confirmation'],
  'Confirmer l’envoi': ["Confirmation d'envoi", 'Envoyer la facture'],
  'Confirmer et envoyer': ['Confirmer l’envoi', 'Confirmer et envoyer la facture'],
};

/** Ids the replica's own page script looks up by name: renaming them would break the page, not test us. */
const SCRIPT_IDS = new Set([
  'GDP_Telechargementfacture_Modal',
  'GDP_Telechargementfacture_Template',
  'dl-dialog',
  'GFT_RefusFactureTravaux_MessageMontant',
  'GFT_RefusFactureTravaux_BoutonConfirmer',
]);
const REFERRING = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'data-file-name-for', 'data-select-id'];
const SELECTOR_REFERRING = ['data-open-modal', 'data-open-dialog', 'data-target', 'href'];

// happy-dom's classes stand in for the DOM's own types here (Node, not a browser).
type Doc = Document;
type El = Element;

let parser: { parseFromString(html: string, type: string): unknown } | null = null;
function parse(html: string): Doc {
  parser ??= new new Window().DOMParser();
  return parser.parseFromString(html, 'text/html') as Doc;
}

/** Every element of the page, the inside of <template>s included. */
function allElements(doc: Doc): El[] {
  const out: El[] = [];
  const walk = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(el);
      if (el instanceof Object && el.tagName === 'TEMPLATE') walk((el as HTMLTemplateElement).content);
    }
  };
  walk(doc);
  return out;
}

function renameIds(doc: Doc, spec: VariantSpec, r: () => number): Map<string, string> {
  const map = new Map<string, string>();
  const els = allElements(doc);
  const referenced = new Set<string>();
  for (const el of els) {
    for (const a of REFERRING) for (const id of (el.getAttribute(a) ?? '').split(/\s+/)) if (id) referenced.add(id);
    for (const a of SELECTOR_REFERRING) referenced.add((el.getAttribute(a) ?? '').replace(/^#/, ''));
  }
  let n = Math.floor(r() * 900) + 100;
  for (const el of els) {
    const id = el.id;
    if (!id || SCRIPT_IDS.has(id) || id.startsWith('select2-')) continue;
    let next: string | null = id;
    if (spec.ids === 'gfr') next = id.replace(/^GFT_/, 'GFR_');
    else if (spec.ids === 'framework') next = `j_idt${n++}`;
    else if (spec.ids === 'none') next = referenced.has(id) ? `x${(n++).toString(36)}` : null;
    if (next === null) el.removeAttribute('id');
    else if (next !== id) el.id = next;
    if (next !== id) map.set(id, next ?? '');
  }
  for (const el of els) {
    for (const a of REFERRING) {
      const v = el.getAttribute(a);
      if (v)
        el.setAttribute(
          a,
          v
            .split(/\s+/)
            .map((id) => map.get(id) || id)
            .join(' '),
        );
    }
    for (const a of SELECTOR_REFERRING) {
      const v = el.getAttribute(a);
      const id = v?.replace(/^#/, '');
      if (id && map.get(id)) el.setAttribute(a, `#${map.get(id)}`);
    }
    // select2 finds its box by the select's id: keep the pair together.
    const m = /^select2-(.+)-(container|results)$/.exec(el.id);
    if (m?.[1] && map.get(m[1])) el.id = `select2-${map.get(m[1])}-${m[2]}`;
  }
  return map;
}

function reword(doc: Doc, r: () => number): void {
  const choice = new Map<string, string>();
  const alternative = (text: string): string | undefined => {
    const options = REWORDINGS[text];
    if (!options) return undefined;
    if (!choice.has(text)) choice.set(text, options[Math.floor(r() * options.length)] as string);
    return choice.get(text);
  };
  for (const el of allElements(doc)) {
    if (['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(el.tagName)) continue;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== 3) continue;
      const text = node.textContent ?? '';
      const next = alternative(text.trim());
      if (next) node.textContent = text.replace(text.trim(), next);
    }
    for (const a of ['aria-label', 'title']) {
      const v = el.getAttribute(a);
      const next = v ? alternative(v) : undefined;
      if (next) el.setAttribute(a, next);
    }
    // A submit input's value is its label, and is sent only when it has a name.
    if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.getAttribute('type') ?? '') && !el.getAttribute('name')) {
      const next = alternative(el.getAttribute('value') ?? '');
      if (next) el.setAttribute('value', next);
    }
  }
}

function relabel(doc: Doc, spec: VariantSpec, r: () => number): void {
  for (const label of allElements(doc).filter((el) => el.tagName === 'LABEL' && el.getAttribute('for'))) {
    const root = label.getRootNode() as ParentNode;
    const control = root.querySelector(`[id="${label.getAttribute('for')}"]`);
    // Radios, checkboxes and file inputs are chosen through their label: keep it a label.
    if (!control || !['INPUT', 'SELECT', 'TEXTAREA'].includes(control.tagName)) continue;
    if (['radio', 'checkbox', 'file', 'hidden'].includes(control.getAttribute('type') ?? '')) continue;
    if (control.classList.contains('select2-hidden-accessible')) continue;
    if (spec.labelling === 'wrap') {
      label.removeAttribute('for');
      label.append(' ', control);
    } else if (spec.labelling === 'aria') {
      const span = doc.createElement('span');
      span.id = `lbl-${Math.floor(r() * 1e9).toString(36)}`;
      span.textContent = label.textContent;
      label.replaceWith(span);
      control.setAttribute('aria-labelledby', span.id);
    } else if (spec.labelling === 'cell') {
      const row = label.parentElement;
      if (!row || row.tagName === 'TH' || !row.contains(control) || row.children.length > 2) continue;
      const table = doc.createElement('table');
      table.className = 'form-table';
      table.innerHTML = '<tbody><tr><th></th><td></td></tr></tbody>';
      (table.querySelector('th') as El).textContent = label.textContent;
      (table.querySelector('td') as El).append(control);
      label.remove();
      row.append(table);
    }
  }
}

function pageDefaults(doc: Doc): void {
  const roles = allElements(doc).filter((el) => /role/i.test(el.getAttribute('name') ?? ''));
  for (const el of roles) {
    if (el.tagName === 'SELECT' && !el.querySelector('option[selected]')) {
      el.querySelector('option[value="FOURNISSEUR"]')?.setAttribute('selected', '');
    }
  }
  const radios = roles.filter((el) => el.getAttribute('type') === 'radio');
  if (radios.length && !radios.some((el) => el.hasAttribute('checked'))) {
    radios.find((el) => el.getAttribute('value') === 'FOURNISSEUR')?.setAttribute('checked', '');
  }
  for (const el of allElements(doc).filter((e) => e.getAttribute('name') === 'format')) {
    if (el.tagName === 'SELECT') el.querySelector('option[value="PIVOT"]')?.setAttribute('selected', '');
    if (el.getAttribute('value') === 'PIVOT') el.setAttribute('checked', '');
  }
}

function resultsHeading(doc: Doc): void {
  for (const caption of Array.from(doc.querySelectorAll('table > caption'))) {
    if (!/sultats/i.test(caption.textContent ?? '')) continue;
    const heading = doc.createElement('h2');
    heading.textContent = caption.textContent;
    caption.parentElement?.before(heading);
    caption.remove();
  }
}

/**
 * The block of the form that holds `holder` made foldable, and folded if `folded`: a Bootstrap
 * panel's body collapses under its heading (classic: the heading itself opens it, or a link in
 * it as in Bootstrap's accordions), a fieldset becomes a <details> (alt). The scripted user's
 * handle on what opens it is `data-qa=toggleQa`.
 */
function foldBlock(doc: Doc, holder: El | null, toggleQa: string, folded: boolean, how: 'heading' | 'link', aria: boolean): void {
  const panel = holder?.closest('.panel');
  const heading = panel?.querySelector(':scope > .panel-heading');
  const body = panel?.querySelector(':scope > .panel-body');
  if (panel && heading && body?.contains(holder as El)) {
    if (!body.id) body.id = `${panel.id || 'panel'}_Corps`;
    body.classList.add('collapse');
    body.classList.toggle('in', !folded);
    let toggle = heading;
    if (how === 'link' && !heading.hasAttribute('data-toggle')) {
      toggle = doc.createElement('a');
      toggle.setAttribute('href', `#${body.id}`);
      toggle.textContent = heading.textContent;
      heading.textContent = '';
      heading.append(toggle);
    } else {
      toggle.setAttribute('data-target', `#${body.id}`);
    }
    toggle.setAttribute('data-toggle', 'collapse');
    if (aria) toggle.setAttribute('aria-expanded', String(!folded));
    else {
      toggle.removeAttribute('aria-expanded');
      toggle.classList.toggle('collapsed', folded);
    }
    toggle.setAttribute('data-qa', toggleQa);
    return;
  }
  const fieldset = holder?.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (!fieldset || !legend) return;
  const details = doc.createElement('details');
  if (!folded) details.setAttribute('open', '');
  const summary = doc.createElement('summary');
  summary.textContent = legend.textContent;
  summary.setAttribute('data-qa', toggleQa);
  legend.remove();
  details.append(summary, ...Array.from(fieldset.childNodes));
  fieldset.replaceWith(details);
}

/**
 * Sections folded away: the search criteria (folded on every load, or once results are shown),
 * and the form's « Pièces jointes » block.
 */
function fold(doc: Doc, spec: VariantSpec): void {
  if (spec.criteria !== 'open') {
    const results =
      Array.from(doc.querySelectorAll('caption')).some((c) => /sultats/i.test(c.textContent ?? '')) ||
      (doc.body.textContent ?? '').includes('GFT_MSG_01.075');
    const folded = spec.criteria === 'folded' || (spec.criteria === 'foldedWithResults' && results);
    foldBlock(doc, doc.querySelector('[data-qa="search"]'), 'criteria-toggle', folded, 'heading', spec.foldAria);
  }
  if (spec.foldAttachments) {
    foldBlock(doc, doc.querySelector('[data-qa="add-attachment"]'), 'attachments-toggle', true, 'link', spec.foldAria);
  }
}

const BUTTON_GROUP = `.btn-group{display:inline-flex;gap:0}.btn-group>.btn{border-radius:0;background:#fff;color:#000091}
.btn-group>.btn.active{background:#000091;color:#fff}.btn-group input[type=radio]{position:absolute;clip:rect(0,0,0,0);pointer-events:none}`;

/** The role radios as a Bootstrap 3 button group (`data-toggle="buttons"`), their ids gone. */
function roleButtons(doc: Doc): void {
  const lines = roleLines(doc);
  if (!lines.length) return;
  const group = doc.createElement('div');
  group.className = 'btn-group';
  group.setAttribute('data-toggle', 'buttons');
  lines[0]?.before(group);
  for (const line of lines) {
    const input = line.querySelector('input') as El;
    const label = line.querySelector('label');
    const button = doc.createElement('label');
    button.className = `btn btn-default${input.hasAttribute('checked') ? ' active' : ''}`;
    button.setAttribute('data-qa', label?.getAttribute('data-qa') ?? '');
    input.removeAttribute('id');
    input.setAttribute('autocomplete', 'off');
    button.append(input, ` ${label?.textContent ?? ''}`);
    group.append(button);
    line.remove();
  }
  const style = doc.createElement('style');
  style.textContent = BUTTON_GROUP;
  doc.head.append(style);
}

/** The attachment window around its file input, if the page has one. */
function attachmentWindow(doc: Doc): El | null {
  return doc.querySelector('[data-qa="attachment-file"]')?.closest('.modal, dialog') ?? null;
}

/** The window's list of what was added (a table or a list holding no field), if any. */
function addedList(win: El): El | null {
  return Array.from(win.querySelectorAll('table, ul')).find((t) => !t.querySelector('input, select, textarea')) ?? null;
}

/** A window that asks for the file, its designation and its type at once (VariantSpec.attachOneStep). */
function attachOneStep(doc: Doc): void {
  const win = attachmentWindow(doc);
  const file = win?.querySelector('[data-qa="attachment-file"]');
  const picker = win?.querySelector('[data-qa="attachment-picker"]');
  if (!win || !file || !picker) return;
  // The input inside the label that opens the picker, hidden: the label is what the user clicks.
  picker.append(file);
  file.setAttribute('hidden', '');
  win.querySelector('[data-qa="attachment-upload"]')?.remove();
  const row = picker.closest('.form-row') ?? picker;
  if (!win.querySelector('[data-qa="designation"]')) {
    const fields = doc.createElement('div');
    fields.innerHTML = `<div class="form-row"><label for="pj-designation">Désignation</label><input id="pj-designation" name="pieceJointe.designation" data-qa="designation" maxlength="100"></div>
      <div class="form-row"><label for="pj-type">Type de pièce jointe</label><select id="pj-type" name="pieceJointe.typeCode" data-qa="type"><option value="">Sélectionnez</option>${ATTACHMENT_TYPES.map(([code, label]) => `<option value="${code}">${label}</option>`).join('')}</select></div>
      <button type="submit" class="btn" name="_action" value="ajouterPJ" data-qa="attachment-add">Ajouter la pièce jointe</button>`;
    row.after(...Array.from(fields.childNodes));
  }
  // What was added, one item per file, under its heading.
  const table = addedList(win);
  const list = doc.createElement('ul');
  for (const tr of Array.from(table?.querySelectorAll('tbody tr') ?? [])) {
    const item = doc.createElement('li');
    item.textContent = Array.from(tr.children)
      .map((c) => (c.textContent ?? '').trim())
      .join(' – ');
    list.append(item);
  }
  const heading = doc.createElement('h5');
  heading.textContent = 'Pièces jointes ajoutées';
  if (table) table.replaceWith(heading, list);
  else win.querySelector('[data-qa="attachment-close"]')?.before(heading, list);
}

const EMPTY_LINES = [
  ['Aucune pièce jointe complémentaire', 'text-muted'],
  ['Aucune donnée disponible dans le tableau', 'dataTables_empty'],
  ['Aucun élément à afficher', ''],
] as const;

/** Tables and lists that say they are empty (VariantSpec.attachEmptyLine). */
function attachEmptyLine(doc: Doc, r: () => number): void {
  const [text, cls] = EMPTY_LINES[Math.floor(r() * EMPTY_LINES.length)] as (typeof EMPTY_LINES)[number];
  const block = doc.querySelector('[data-qa="add-attachment"]')?.parentElement;
  const none = Array.from(block?.querySelectorAll(':scope > p') ?? []).find((p) => /^Aucune?\b/.test(p.textContent ?? ''));
  if (none) {
    const table = doc.createElement('table');
    table.innerHTML = `<thead><tr><th>Fichier</th><th>Désignation</th><th>Type</th></tr></thead><tbody><tr><td colspan="3"></td></tr></tbody>`;
    const cell = table.querySelector('td') as El;
    cell.textContent = text;
    if (cls) cell.className = cls;
    none.replaceWith(table);
  }
  const win = attachmentWindow(doc);
  if (!win) return;
  const list = addedList(win);
  if (list?.tagName === 'UL') {
    if (list.children.length === 0) list.innerHTML = '<li class="text-muted">Aucune pièce jointe ajoutée</li>';
  } else if (!list) {
    const table = doc.createElement('table');
    table.innerHTML =
      '<caption>Pièces jointes ajoutées</caption><tbody><tr><td colspan="3" class="text-muted">Aucune pièce jointe ajoutée</td></tr></tbody>';
    win.querySelector('[data-qa="attachment-close"]')?.before(table);
  }
}

/** The designation pre-filled with the name of the file the window shows, its extension left out (designationFileName). */
function designationFileName(doc: Doc): void {
  const field = allElements(doc).find((el) => el.getAttribute('data-qa') === 'designation');
  const win = field?.closest('[data-qa="attachment-dialog"], .modal, dialog, [role="dialog"]');
  const name = /([\w.-]+)\.pdf\b/.exec(win?.textContent ?? '')?.[1];
  if (field && name && !field.getAttribute('value')) field.setAttribute('value', name);
}

/** The form's attachments block lists the payment certificate, above whatever else it lists (certificateListed). */
function certificateListed(doc: Doc): void {
  const block = doc.querySelector('[data-qa="add-attachment"]')?.parentElement;
  if (!block) return;
  let body = block.querySelector('table tbody');
  if (!body) {
    const table = doc.createElement('table');
    table.innerHTML = '<thead><tr><th>Fichier</th><th>Désignation</th><th>Type</th></tr></thead><tbody></tbody>';
    const none = Array.from(block.querySelectorAll(':scope > p')).find((p) => /^Aucune?\b/.test(p.textContent ?? ''));
    if (none) none.replaceWith(table);
    else block.querySelector('[data-qa="add-attachment"]')?.before(table);
    body = table.querySelector('tbody');
  }
  // A table that lists something shows no empty line.
  for (const row of Array.from(body?.querySelectorAll('tr') ?? [])) if (row.querySelector('td[colspan]')) row.remove();
  const row = doc.createElement('tr');
  row.innerHTML = '<td>certificat-paiement-novembre.pdf</td><td>Certificat de paiement</td><td>Certificat de paiement</td>';
  body?.prepend(row);
}

/**
 * What marks a PrimeFaces radio box as chosen, kept in step with its hidden radio, and the value
 * copied where the replica's server reads it (roleCells).
 */
const RADIO_CELLS_SCRIPT = `document.addEventListener('change', function (e) {
  var group = e.target.closest && e.target.closest('.ui-selectoneradio');
  if (!group) return;
  group.querySelectorAll('.ui-radiobutton').forEach(function (r) {
    r.querySelector('.ui-radiobutton-box').classList.toggle('ui-state-active', r.querySelector('input').checked);
  });
  var sent = group.nextElementSibling;
  if (sent && sent.getAttribute('data-sent-as')) {
    sent.value = e.target.value;
    sent.dispatchEvent(new Event('change', { bubbles: true }));
  }
});
document.addEventListener('click', function (e) {
  var box = e.target.closest && e.target.closest('.ui-radiobutton-box');
  if (box) box.parentElement.querySelector('input').click();
});`;

/** The replica's role radios, one line each (a radio and its label). */
function roleLines(doc: Doc): El[] {
  return allElements(doc).filter(
    (el) =>
      el.classList.contains('radio-line') && /role/i.test(el.querySelector('input[type="radio"]')?.getAttribute('name') ?? ''),
  );
}

/**
 * What Chosen does with a select, on the page: its box opens its list on a click, a click on a
 * line sets the select and sends « change »; the box redraws from the select only on the event
 * Chosen listens to (`chosen:updated`, through jQuery), never on « change » alone.
 */
const CHOSEN_SCRIPT = `document.querySelectorAll('select[data-chosen]').forEach(function (select) {
  var box = document.getElementById(select.id + '_chosen');
  var single = box.querySelector('.chosen-single');
  var shown = single.querySelector('span');
  var results = box.querySelector('.chosen-results');
  function redraw() {
    var option = select.options[select.selectedIndex];
    var empty = !option || !option.value;
    shown.textContent = empty ? select.getAttribute('data-placeholder') : option.textContent;
    single.classList.toggle('chosen-default', empty);
  }
  select.addEventListener('chosen:updated', redraw);
  single.addEventListener('click', function (e) {
    e.preventDefault();
    if (box.classList.toggle('chosen-with-drop')) {
      results.innerHTML = '';
      Array.prototype.forEach.call(select.options, function (option, i) {
        if (!option.value) return;
        var li = document.createElement('li');
        li.className = 'active-result';
        li.setAttribute('data-option-array-index', String(i));
        li.setAttribute('data-qa', 'cadre-chosen-option-' + option.value);
        li.textContent = option.textContent;
        results.append(li);
      });
    }
  });
  results.addEventListener('click', function (e) {
    var li = e.target.closest('li.active-result');
    if (!li) return;
    select.selectedIndex = Number(li.getAttribute('data-option-array-index'));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    redraw();
    box.classList.remove('chosen-with-drop');
  });
});`;

const CHOSEN_STYLE = `.chosen-container{position:relative;display:inline-block;width:26em;font-size:14px}
.chosen-single{display:block;border:1px solid #aaa;border-radius:4px;padding:4px 8px;background:#fff;cursor:pointer;color:#222;text-decoration:none}
.chosen-single.chosen-default{color:#999}.chosen-drop{display:none;position:absolute;z-index:1010;width:100%;background:#fff;border:1px solid #aaa}
.chosen-with-drop .chosen-drop{display:block}.chosen-results{list-style:none;margin:0;padding:0;max-height:240px;overflow-y:auto}
.chosen-results li{padding:4px 8px;cursor:pointer}.chosen-results li:hover{background:#3875d7;color:#fff}`;

/** The cadre's select under a box Chosen draws (cadreChosen). */
function cadreChosen(doc: Doc): void {
  const select = allElements(doc).find((el) => el.tagName === 'SELECT' && el.getAttribute('data-qa') === 'cadre');
  if (!select) return;
  select.id ||= 'cadre-select';
  const selected = Array.from(select.querySelectorAll('option')).find(
    (o) => o.hasAttribute('selected') && o.getAttribute('value'),
  );
  const placeholder = 'Sélectionnez un cadre de facturation';
  withAttributes(select, { 'data-chosen': '', 'data-placeholder': placeholder, style: 'display:none' });
  const box = withAttributes(doc.createElement('div'), {
    class: 'chosen-container chosen-container-single',
    id: `${select.getAttribute('id')}_chosen`,
    'data-qa': 'cadre-chosen',
  });
  box.innerHTML = `<a class="chosen-single${selected ? '' : ' chosen-default'}" href="#"><span></span><div><b></b></div></a><div class="chosen-drop"><ul class="chosen-results"></ul></div>`;
  (box.querySelector('span') as El).textContent = selected?.textContent ?? placeholder;
  select.after(box);
  const style = doc.createElement('style');
  style.textContent = CHOSEN_STYLE;
  doc.head.append(style);
  const script = doc.createElement('script');
  script.textContent = CHOSEN_SCRIPT;
  doc.body.append(script);
}

/** The role's radios named by the bare text after each, no label (roleBareText). */
function roleBareText(doc: Doc): void {
  for (const line of roleLines(doc)) {
    const input = line.querySelector('input') as El;
    const label = line.querySelector('label');
    // The replica's own walk clicks the radio where it clicked its label.
    const qa = label?.getAttribute('data-qa');
    if (qa) input.setAttribute('data-qa', qa);
    line.replaceWith(input, doc.createTextNode(` ${(label?.textContent ?? '').trim()} \u00a0`));
  }
}

/** The role's radios laid out as PrimeFaces' selectOneRadio does (roleCells). */
function roleCells(doc: Doc): void {
  const lines = roleLines(doc);
  const first = lines[0];
  if (!first) return;
  const table = withAttributes(doc.createElement('table'), { class: 'ui-selectoneradio ui-widget', role: 'radiogroup' });
  const legend = first.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) {
    legend.id ||= 'role-legende';
    table.setAttribute('aria-labelledby', legend.id);
  }
  const row = doc.createElement('tr');
  const body = doc.createElement('tbody');
  body.append(row);
  table.append(body);
  // The radios named by the framework (their group's client id, which says nothing of a role);
  // the value the replica's server reads copied into a hidden input by the page's script.
  const name = (first.querySelector('input') as El).getAttribute('name') ?? '';
  const sent = withAttributes(doc.createElement('input'), { type: 'hidden', name, 'data-sent-as': name, value: '' });
  first.before(table, sent);
  for (const line of lines) {
    const input = line.querySelector('input') as El;
    const label = line.querySelector('label');
    if (input.hasAttribute('checked')) sent.setAttribute('value', input.getAttribute('value') ?? '');
    input.setAttribute('name', 'j_idt45:formRecherche:j_idt67');
    const radio = withAttributes(doc.createElement('div'), { class: 'ui-radiobutton ui-widget', style: 'position:relative' });
    const hidden = withAttributes(doc.createElement('div'), { class: 'ui-helper-hidden-accessible', style: HIDDEN_ACCESSIBLE });
    hidden.append(input);
    const box = withAttributes(doc.createElement('div'), {
      class: `ui-radiobutton-box ui-widget ui-state-default${input.hasAttribute('checked') ? ' ui-state-active' : ''}`,
      style: 'width:16px;height:16px;border:1px solid #666;border-radius:50%;cursor:pointer',
    });
    radio.append(hidden, box);
    const boxCell = doc.createElement('td');
    boxCell.append(radio);
    const labelCell = doc.createElement('td');
    if (label) labelCell.append(label);
    row.append(boxCell, labelCell);
    line.remove();
  }
  const script = doc.createElement('script');
  script.textContent = RADIO_CELLS_SCRIPT;
  doc.body.prepend(script);
}

/** The role radios as ARIA radio buttons and a hidden input the page's script fills (roleAria). */
function roleAria(doc: Doc): void {
  const lines = roleLines(doc);
  const first = lines[0];
  if (!first) return;
  const group = doc.createElement('span');
  group.setAttribute('role', 'radiogroup');
  const legend = first.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) {
    legend.id ||= 'role-legende';
    group.setAttribute('aria-labelledby', legend.id);
  }
  const hidden = doc.createElement('input');
  hidden.setAttribute('type', 'hidden');
  first.before(group, hidden);
  for (const line of lines) {
    const input = line.querySelector('input') as El;
    const label = line.querySelector('label');
    const checked = input.hasAttribute('checked');
    hidden.setAttribute('name', input.getAttribute('name') ?? '');
    if (checked) hidden.setAttribute('value', input.getAttribute('value') ?? '');
    const button = doc.createElement('button');
    button.setAttribute('type', 'button');
    button.setAttribute('role', 'radio');
    button.setAttribute('aria-checked', String(checked));
    button.setAttribute('data-value', input.getAttribute('value') ?? '');
    button.setAttribute('data-qa', label?.getAttribute('data-qa') ?? '');
    button.className = 'btn btn-default';
    button.textContent = label?.textContent ?? '';
    group.append(button);
    line.remove();
  }
  if (!hidden.hasAttribute('value')) hidden.setAttribute('value', '');
  const style = doc.createElement('style');
  style.textContent = '[role="radio"][aria-checked="true"]{background:#000091;color:#fff}';
  doc.head.append(style);
}

function bareDialogs(doc: Doc): void {
  for (const el of allElements(doc)) {
    if (el.classList.contains('modal') || el.tagName === 'DIALOG') {
      for (const a of ['role', 'aria-modal', 'aria-labelledby']) el.removeAttribute(a);
    }
  }
}

function extraQuestion(doc: Doc): void {
  for (const el of allElements(doc)) {
    const isGroup = el.tagName === 'FIELDSET' && /PiecesJointes/.test(el.id) && el.querySelector('input[type="radio"]');
    const isBox =
      el.tagName === 'INPUT' &&
      el.getAttribute('name') === 'avecPiecesJointesComplementaires' &&
      el.getAttribute('type') === 'checkbox';
    if (isGroup) {
      const q = doc.createElement('fieldset');
      q.innerHTML =
        '<legend>Recevoir aussi une copie par courriel</legend><label><input type="radio" name="copieCourriel" value="O"> Oui</label> <label><input type="radio" name="copieCourriel" value="N"> Non</label>';
      el.before(q);
    } else if (isBox) {
      const row = doc.createElement('div');
      row.className = 'form-row';
      row.innerHTML =
        '<label><input type="checkbox" name="copieCourriel" value="O" checked> Recevoir aussi une copie par courriel</label>';
      el.closest('.form-row')?.before(row);
    }
  }
}

/** Each table's head rows moved to the top of its body, and the <thead> gone (older portals' markup). */
function headInBody(doc: Doc): void {
  for (const head of allElements(doc).filter((el) => el.tagName === 'THEAD')) {
    const body = head.parentElement?.querySelector(':scope > tbody');
    if (!body) continue;
    body.prepend(...Array.from(head.children));
    head.remove();
  }
}

/**
 * A framework's binding: each element of `main` with one text of its own (but a script, a
 * style, an option) shows « … » in its place, the text kept in `data-bound-text` for the page's
 * script to set back in place (the text node's data) later. Returns whether any was bound.
 */
function bindTexts(main: El): boolean {
  let bound = false;
  for (const el of Array.from(main.querySelectorAll('*'))) {
    if (['SCRIPT', 'STYLE', 'OPTION', 'TEXTAREA', 'TEMPLATE'].includes(el.tagName)) continue;
    const texts = Array.from(el.childNodes).filter((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
    if (texts.length !== 1) continue;
    const text = texts[0] as ChildNode;
    el.setAttribute('data-bound-text', text.textContent ?? '');
    text.textContent = '…';
    bound = true;
  }
  return bound;
}

const ACTIONS_RIGHT =
  '.btn-toolbar,form > p:last-of-type{display:flex;justify-content:flex-end;gap:8px;position:sticky;bottom:0;background:#f6f6f6;padding:8px 0}';

/** The download window retitled, its format « Format du fichier », XML chosen in its select (downloadWording). */
function downloadWording(doc: Doc): void {
  for (const dialog of allElements(doc).filter((el) => el.getAttribute('data-qa') === 'download-dialog')) {
    const title = dialog.querySelector('h1, h2, h3, h4');
    if (title) title.textContent = 'Télécharger le document';
    for (const el of Array.from(dialog.querySelectorAll('legend, label'))) {
      if ((el.textContent ?? '').trim() === 'Format') el.textContent = 'Format du fichier';
    }
    for (const option of Array.from(dialog.querySelectorAll('select[name="format"] option'))) {
      option.toggleAttribute('selected', option.getAttribute('value') === 'PIVOT');
    }
  }
}

/**
 * A read-only field with the chosen file's name before each file input's chooser, an icon
 * named by its title only (fileNameField).
 */
function fileNameField(doc: Doc): void {
  for (const input of allElements(doc).filter((el) => el.tagName === 'INPUT' && el.getAttribute('type') === 'file')) {
    const root = input.getRootNode() as ParentNode;
    const pickers = input.id ? Array.from(root.querySelectorAll(`label[for="${input.id}"]`)) : [];
    for (const hidden of pickers.flatMap((label) => Array.from(label.querySelectorAll('.sr-only')))) hidden.remove();
    const field = doc.createElement('input');
    field.setAttribute('type', 'text');
    field.setAttribute('readonly', '');
    field.setAttribute('aria-label', 'Fichier sélectionné');
    field.setAttribute('value', '');
    const shown = input.id ? root.querySelector(`[data-file-name-for="${input.id}"]`) : null;
    if (shown) {
      field.setAttribute('data-file-name-for', input.id);
      shown.replaceWith(field);
    } else (input.closest('label') ?? input).before(field);
  }
}

/** The upload screen's table of imported files as lines « Fichier chargé : … » (importedAsRow). */
function importedAsRow(doc: Doc): void {
  for (const caption of Array.from(doc.querySelectorAll('caption'))) {
    if (!/^Fichiers? importés?$/.test((caption.textContent ?? '').trim())) continue;
    const table = caption.parentElement as El;
    const lines = doc.createElement('div');
    for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
      const line = doc.createElement('p');
      const name = doc.createElement('strong');
      name.textContent = row.querySelector('td')?.textContent ?? '';
      line.append('Fichier chargé : ', name);
      lines.append(line);
    }
    table.replaceWith(lines);
  }
}

/** The upload screen's imported files titled « Pièces jointes », as the deposit's files (importedAsAttachments). */
function importedAsAttachments(doc: Doc): void {
  for (const caption of Array.from(doc.querySelectorAll('caption'))) {
    if (/^Fichiers? importés?$/.test((caption.textContent ?? '').trim())) caption.textContent = 'Pièces jointes';
  }
}

/** The form's number and date moved into an « Identification » block before their own (numberInIdentification). */
function numberInIdentification(doc: Doc): void {
  const rows = ['number', 'date'].map((qa) => doc.querySelector(`[data-qa="${qa}"]`)?.closest('.form-row'));
  const block = rows[0]?.closest('section, fieldset');
  if (!block) return;
  const ident = doc.createElement(block.tagName);
  let body: El = ident;
  if (block.tagName === 'FIELDSET') {
    const legend = doc.createElement('legend');
    legend.textContent = 'Identification';
    ident.append(legend);
  } else {
    ident.className = block.className;
    const heading = doc.createElement('h2');
    heading.className = 'panel-heading';
    heading.textContent = 'Identification';
    body = doc.createElement('div');
    body.className = 'panel-body';
    ident.append(heading, body);
  }
  for (const row of rows) if (row) body.append(row);
  block.before(ident);
}

/** The form's titled blocks as expansion panels, headed by the control that folds them (accordionBlocks). */
function accordionBlocks(doc: Doc, spec: VariantSpec): void {
  const handles = ['number', 'date', 'amounts', ...(spec.foldAttachments ? [] : ['add-attachment'])];
  const blocks = new Set<El>();
  for (const qa of handles) {
    const el = doc.querySelector(`[data-qa="${qa}"]`);
    const block = el?.matches('fieldset, section') ? el : el?.closest('fieldset, section');
    if (block && !block.closest('dialog, .modal')) blocks.add(block);
  }
  let n = 0;
  for (const block of blocks) {
    const title = block.querySelector(':scope > legend, :scope > h2, :scope > h3, :scope > .panel-heading');
    if (!title) continue;
    const id = `cdk-accordion-child-${++n}`;
    const panel = doc.createElement('div');
    panel.className = 'mat-expansion-panel';
    const header = doc.createElement('div');
    header.className = 'mat-expansion-panel-header';
    for (const [k, v] of [
      ['role', 'button'],
      ['tabindex', '0'],
      ['aria-expanded', 'true'],
      ['aria-controls', id],
    ])
      header.setAttribute(k as string, v as string);
    const label = doc.createElement('span');
    label.className = 'mat-panel-title';
    label.textContent = title.textContent;
    header.append(label);
    const region = doc.createElement('div');
    region.setAttribute('role', 'region');
    region.id = id;
    const qa = block.getAttribute('data-qa');
    if (qa) region.setAttribute('data-qa', qa);
    title.remove();
    region.append(...Array.from(block.childNodes));
    panel.append(header, region);
    block.replaceWith(panel);
  }
}

/** The results table's title taken away, or worded as a count of what to do (resultsUntitled). */
function resultsUntitled(doc: Doc, r: () => number): void {
  const titles = allElements(doc).filter(
    (el) => /^(CAPTION|H[1-6])$/.test(el.tagName) && /sultats de la recherche/i.test(el.textContent ?? ''),
  );
  for (const title of titles) {
    const table = title.tagName === 'CAPTION' ? title.parentElement : title.nextElementSibling;
    if (!table?.matches('table') && !table?.querySelector('table')) continue;
    const rows = (table.matches('table') ? table : table.querySelector('table'))?.querySelectorAll('tbody tr').length ?? 0;
    if (r() < 0.5) {
      const heading = doc.createElement('h2');
      heading.textContent = `Factures à traiter (${rows})`;
      (title.tagName === 'CAPTION' ? table : title).before(heading);
    }
    title.remove();
  }
}

/** Typing in the date's sections (dateSections): digits fill them in turn, the input beside them gets the date. */
const DATE_SECTIONS_SCRIPT = `(function () {
  document.addEventListener('keydown', function (e) {
    var section = e.target.closest && e.target.closest('[data-date-sections] [role="spinbutton"]');
    if (!section) return;
    if (e.key === 'Tab') return;
    e.preventDefault();
    var group = section.closest('[data-date-sections]');
    var digits = (group.getAttribute('data-digits') || '');
    if (e.key === 'Backspace') digits = '';
    else if (/^[0-9]$/.test(e.key) && digits.length < 8) digits += e.key;
    else return;
    group.setAttribute('data-digits', digits);
    var parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)];
    var empty = ['JJ', 'MM', 'AAAA'];
    group.querySelectorAll('[role="spinbutton"]').forEach(function (s, i) {
      s.textContent = parts[i] || empty[i];
      s.setAttribute('aria-valuetext', parts[i] || 'Vide');
    });
    var input = group.querySelector('input');
    input.value = digits.length === 8 ? parts.join('/') : '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
})();`;

/** The invoice's date drawn as MUI X's sectioned date field (dateSections). */
function dateSections(doc: Doc): void {
  const input = doc.querySelector('input[data-qa="date"]');
  if (!input) return;
  const value = (input.getAttribute('value') ?? '').split('/');
  const group = withAttributes(doc.createElement('div'), {
    class: 'MuiPickersInputBase-root MuiPickersOutlinedInput-root',
    role: 'group',
    'data-date-sections': '',
    style: 'position:relative;display:inline-flex;gap:2px;border:1px solid #888;border-radius:4px;padding:6px 10px',
  });
  const label = input.id ? doc.querySelector(`label[for="${input.id}"]`) : input.closest('label');
  if (label && input.id) {
    label.id ||= `${input.id}-label`;
    group.setAttribute('aria-labelledby', label.id);
  }
  const list = withAttributes(doc.createElement('div'), { class: 'MuiPickersSectionList-root' });
  ['Jour', 'Mois', 'Année'].forEach((name, i) => {
    if (i > 0) list.append(doc.createTextNode('/'));
    const section = withAttributes(doc.createElement('span'), {
      role: 'spinbutton',
      contenteditable: 'true',
      tabindex: i === 0 ? '0' : '-1',
      'aria-label': name,
      class: 'MuiPickersSectionList-sectionContent',
    });
    if (i === 0) section.setAttribute('data-qa', 'date-sections');
    section.textContent = value[i] || (['JJ', 'MM', 'AAAA'][i] ?? '');
    list.append(section);
  });
  input.replaceWith(group);
  withAttributes(input, {
    'aria-hidden': 'true',
    tabindex: '-1',
    class: 'MuiPickersInputBase-input',
    style: 'position:absolute;bottom:0;left:0;width:100%;opacity:0;pointer-events:none;box-sizing:border-box',
  });
  input.removeAttribute('placeholder');
  group.append(list, input);
  const script = doc.createElement('script');
  script.textContent = DATE_SECTIONS_SCRIPT;
  doc.body.prepend(script);
}

/** The grid's look: rows of cells side by side, the actions' column narrow, as DataGrid lays them out. */
const RESULTS_GRID = `.moe-grid { border: 1px solid #e0e0e0; border-radius: 4px; margin: 8px 0 }
.moe-grid [role="row"] { display: flex; align-items: center; min-height: 40px; border-bottom: 1px solid #e0e0e0 }
.moe-grid [role="columnheader"] { font-weight: 600 }
.moe-grid [role="gridcell"], .moe-grid [role="columnheader"] { flex: 1 1 0; min-width: 0; padding: 0 8px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap }
.moe-grid .MuiDataGrid-cell--actions { flex: 0 0 56px }
.moe-grid [role="presentation"] { flex: 0 0 4px }`;

/** The results table drawn as MUI's DataGrid draws its grid (resultsGrid). */
function resultsGrid(doc: Doc): void {
  for (const table of allElements(doc).filter((el) => el.tagName === 'TABLE' && el.querySelector('[data-qa^="open-"]'))) {
    const div = (role: string, attrs: Record<string, string> = {}) => {
      const el = doc.createElement('div');
      el.setAttribute('role', role);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return el;
    };
    const spacer = (kind: string) => div('presentation', { class: `MuiDataGrid-${kind}` });
    const grid = div('grid', { class: 'moe-grid MuiDataGrid-root' });
    if (table.id) grid.id = table.id;
    // Its caption a title of the page's, above the grid's toolbar, that names it.
    const caption = table.querySelector('caption');
    if (caption) {
      const title = doc.createElement('div');
      title.className = 'MuiTypography-root MuiTypography-h6';
      title.id = `${table.id || 'resultats'}-titre`;
      title.append(...Array.from(caption.childNodes));
      const toolbar = doc.createElement('div');
      toolbar.className = 'MuiToolbar-root';
      toolbar.append(title);
      caption.remove();
      table.before(toolbar);
      grid.setAttribute('aria-labelledby', title.id);
    }
    const headCells = Array.from(table.querySelectorAll('thead th, thead td'));
    grid.setAttribute('aria-colcount', String(headCells.length));
    const head = div('row', { 'aria-rowindex': '1', class: 'MuiDataGrid-columnHeaders' });
    head.append(spacer('cellOffsetLeft'));
    headCells.forEach((th, i) => {
      const last = i === headCells.length - 1 ? ' MuiDataGrid-cell--actions' : '';
      const cell = div('columnheader', { 'aria-colindex': String(i + 1), class: `MuiDataGrid-columnHeader${last}` });
      cell.append(...Array.from(th.childNodes));
      head.append(cell);
    });
    head.append(spacer('filler'));
    const top = div('presentation', { class: 'MuiDataGrid-topContainer' });
    top.append(head);
    const body = div('rowgroup', { class: 'MuiDataGrid-virtualScrollerRenderZone' });
    Array.from(table.querySelectorAll('tbody tr')).forEach((tr, r) => {
      const row = div('row', { 'data-rowindex': String(r), 'aria-rowindex': String(r + 2), class: 'MuiDataGrid-row' });
      for (const attr of Array.from(tr.attributes)) if (attr.name.startsWith('data-')) row.setAttribute(attr.name, attr.value);
      row.append(spacer('cellOffsetLeft'));
      Array.from(tr.children).forEach((td, i) => {
        const last = i === tr.children.length - 1 ? ' MuiDataGrid-cell--actions' : '';
        const cell = div('gridcell', { 'aria-colindex': String(i + 1), class: `MuiDataGrid-cell${last}` });
        cell.append(...Array.from(td.childNodes));
        row.append(cell);
      });
      row.append(spacer('cellEmpty'));
      body.append(row);
    });
    const content = div('presentation', { class: 'MuiDataGrid-virtualScrollerContent' });
    content.append(body);
    grid.append(top, content);
    table.replaceWith(grid);
  }
  const style = doc.createElement('style');
  style.textContent = RESULTS_GRID;
  doc.head.append(style);
}

/** The sent message as a Material card's text (sentInCard). */
function sentInCard(doc: Doc): void {
  for (const box of allElements(doc).filter(
    (el) => /est validée, elle est en cours/.test(el.textContent ?? '') && el.children.length === 0,
  )) {
    const card = doc.createElement('div');
    card.className = 'mat-card cpp-success';
    card.id = box.id;
    const icon = doc.createElement('span');
    icon.className = 'material-icons';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = 'check_circle';
    card.append(icon, ` ${box.textContent ?? ''}`);
    box.replaceWith(card);
  }
}

/** The sent message in a jQuery UI highlight box, its number in bold (sentHighlight). */
function sentHighlight(doc: Doc): void {
  for (const box of allElements(doc).filter(
    (el) => /est validée, elle est en cours/.test(el.textContent ?? '') && el.children.length === 0,
  )) {
    const said = /^(.*n° )(\S+)( est validée.*)$/.exec(box.textContent ?? '');
    if (!said) continue;
    const highlight = withAttributes(doc.createElement('div'), { class: 'ui-state-highlight ui-corner-all', id: box.id });
    const icon = withAttributes(doc.createElement('span'), { class: 'ui-icon ui-icon-info' });
    const number = doc.createElement('b');
    number.textContent = said[2] ?? '';
    highlight.append(icon, said[1] ?? '', number, said[3] ?? '');
    box.replaceWith(highlight);
  }
}

/** The applications' tiles hidden until the « Facturation » domain is opened (homeDomains). */
function homeDomains(doc: Doc): void {
  const apps = doc.querySelector('section[aria-label^="Applications du domaine"]');
  const open = allElements(doc).find((el) => el.tagName === 'A' && /Accéder au domaine/.test(el.textContent ?? ''));
  if (!apps || !open) return;
  apps.setAttribute('hidden', '');
  const button = doc.createElement('button');
  button.setAttribute('type', 'button');
  button.className = open.className;
  button.setAttribute('data-qa', 'open-domain');
  button.textContent = open.textContent;
  open.replaceWith(button);
  const script = doc.createElement('script');
  script.textContent = `document.addEventListener('click', function (e) {
    if (!e.target.closest || !e.target.closest('[data-qa="open-domain"]')) return;
    document.querySelector('section[aria-label^="Applications du domaine"]').hidden = false;
  });`;
  // First in <body>: the page's own script stays its last (late rendering delays that one), and
  // this one only listens on the document.
  doc.body.prepend(script);
}

/**
 * What opens and fills the selects drawn by script (cadreCombobox, typeCombobox): one list at a
 * time, opened by a press on the select (`openOn`), an option chosen by a click, closed by
 * Escape, a press outside or a second press on the select.
 */
function drawnSelectScript(drawn: VariantSpec['drawn']): string {
  return `(function () {
  var OPEN_ON = ${JSON.stringify(drawn.openOn)}, INLINE = ${drawn.inline}, LATE = ${drawn.lateMs}, PLAIN = ${drawn.plainPlaceholder};
  var VUETIFY = ${drawn.style === 'vuetify'}, MUI = ${drawn.style === 'mui'};
  // MUI's Menu is a Modal: while it is open, every other child of <body> is aria-hidden.
  var hiddenForMenu = [];
  function hideOthers(root) {
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el === root || el.getAttribute('aria-hidden') === 'true' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
      el.setAttribute('aria-hidden', 'true');
      hiddenForMenu.push(el);
    });
  }
  function showOthers() {
    hiddenForMenu.forEach(function (el) { el.removeAttribute('aria-hidden'); });
    hiddenForMenu = [];
  }
  function expanded(c, open) {
    c.setAttribute('aria-expanded', String(open));
    var inner = c.querySelector('input[role="combobox"]');
    if (inner) inner.setAttribute('aria-expanded', String(open));
  }
  function closeAll() {
    document.querySelectorAll('[data-drawn-list]').forEach(function (l) { l.remove(); });
    showOthers();
    document.querySelectorAll('[data-drawn-panel]').forEach(function (p) { p.style.display = 'none'; });
    document.querySelectorAll('[data-drawn-select]').forEach(function (c) {
      expanded(c, false);
      c.removeAttribute('aria-controls');
    });
  }
  // Vuetify: the field says it is closed at once, its list fades out for a moment.
  function fadeOut() {
    document.querySelectorAll('[data-drawn-select]').forEach(function (c) {
      expanded(c, false);
      c.removeAttribute('aria-controls');
    });
    // Only the lists fading now: one opened meanwhile is another.
    var fading = Array.prototype.slice.call(document.querySelectorAll('[data-drawn-list]'));
    // Fading, it takes no click: what is under it does (as a leaving overlay).
    fading.forEach(function (l) { l.style.opacity = '0.5'; l.style.pointerEvents = 'none'; });
    setTimeout(function () { fading.forEach(function (l) { l.remove(); }); }, 250);
  }
  function anyOpen() {
    return !!document.querySelector('[data-drawn-select][aria-expanded="true"]');
  }
  function choose(combo, option) {
    var value = combo.querySelector('[data-drawn-value]');
    var code = option.getAttribute('data-value');
    // PrimeFaces keeps the native select inside and shows its empty option's text as is.
    var native = combo.querySelector('select');
    if (native) value.className = 'ui-selectonemenu-label';
    else if (VUETIFY) value.className = 'v-select__selection-text';
    else if (MUI) value.className = code ? '' : 'notranslate';
    else value.className = code ? 'mat-select-value-text' : PLAIN ? '' : 'mat-select-placeholder';
    value.textContent = code ? option.textContent : combo.getAttribute('data-placeholder');
    var field = native || (MUI ? combo.nextElementSibling : combo.previousElementSibling);
    field.value = code;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function open(combo) {
    var panel = combo.getAttribute('data-panel') && document.getElementById(combo.getAttribute('data-panel'));
    if (panel) {
      if (panel.style.position === 'fixed') {
        var at = combo.getBoundingClientRect();
        panel.style.left = at.left + 'px';
        panel.style.top = at.bottom + 'px';
      }
      panel.style.display = 'block';
      combo.setAttribute('aria-expanded', 'true');
      return;
    }
    if (MUI) return openMenu(combo);
    var box = document.createElement('div');
    box.className = 'cdk-overlay-container';
    box.setAttribute('data-drawn-list', '');
    var win = combo.closest('dialog, .modal, [role="dialog"]');
    var list = document.createElement('div');
    list.setAttribute('role', 'listbox');
    list.id = combo.id + '-panel';
    JSON.parse(combo.getAttribute('data-options')).forEach(function (o) {
      var item = document.createElement('div');
      item.setAttribute('role', 'option');
      item.setAttribute('data-drawn-option', combo.id);
      item.setAttribute('data-value', o[0]);
      item.setAttribute('data-qa', combo.getAttribute('data-qa') + '-option-' + (o[0] || 'none'));
      item.style.cssText = 'padding:4px 8px;cursor:pointer';
      item.textContent = o[1];
      list.append(item);
    });
    box.append(list);
    if (INLINE || win) {
      // After the select, at its place in the flow, drawn over what follows.
      box.style.cssText = 'position:absolute;z-index:2000;background:#fff;border:1px solid #999;min-width:20em';
      combo.after(box);
    } else {
      var r = combo.getBoundingClientRect();
      box.style.cssText = 'position:fixed;left:' + r.left + 'px;top:' + r.bottom + 'px;z-index:1000;background:#fff;border:1px solid #999';
      document.body.append(box);
    }
    expanded(combo, true);
    combo.setAttribute('aria-controls', list.id);
  }
  // MUI's Menu: a popover at the end of <body>, over an invisible backdrop that closes it.
  function openMenu(combo) {
    var root = document.createElement('div');
    root.setAttribute('role', 'presentation');
    root.className = 'MuiPopover-root MuiMenu-root';
    root.setAttribute('data-drawn-list', '');
    root.style.cssText = 'position:fixed;inset:0;z-index:1300';
    var backdrop = document.createElement('div');
    backdrop.className = 'MuiBackdrop-root MuiBackdrop-invisible';
    backdrop.setAttribute('aria-hidden', 'true');
    backdrop.style.cssText = 'position:fixed;inset:0;background:transparent';
    var r = combo.getBoundingClientRect();
    var paper = document.createElement('div');
    paper.className = 'MuiPaper-root MuiMenu-paper MuiPopover-paper';
    paper.setAttribute('tabindex', '-1');
    paper.style.cssText = 'position:fixed;left:' + r.left + 'px;top:' + r.bottom + 'px;min-width:' + r.width + 'px;max-height:60vh;overflow:auto;background:#fff;box-shadow:0 5px 5px -3px rgba(0,0,0,.2),0 8px 10px 1px rgba(0,0,0,.14)';
    var list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.className = 'MuiList-root MuiMenu-list';
    list.id = combo.id + '-menu';
    list.style.cssText = 'list-style:none;margin:0;padding:8px 0';
    JSON.parse(combo.getAttribute('data-options')).forEach(function (o) {
      var item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.className = 'MuiButtonBase-root MuiMenuItem-root';
      item.setAttribute('tabindex', '-1');
      item.setAttribute('data-drawn-option', combo.id);
      item.setAttribute('data-value', o[0]);
      item.setAttribute('aria-selected', String((combo.nextElementSibling && combo.nextElementSibling.value) === o[0]));
      item.setAttribute('data-qa', combo.getAttribute('data-qa') + '-option-' + (o[0] || 'none'));
      item.style.cssText = 'padding:6px 16px;cursor:pointer';
      item.textContent = o[1] || '\u200b';
      list.append(item);
    });
    paper.append(list);
    root.append(backdrop, paper);
    document.body.append(root);
    hideOthers(root);
    expanded(combo, true);
    combo.setAttribute('aria-controls', list.id);
  }
  document.addEventListener('click', function (e) {
    if (e.target.classList && e.target.classList.contains('MuiBackdrop-invisible')) closeAll();
  });
  document.addEventListener(OPEN_ON, function (e) {
    var combo = e.target.closest && e.target.closest('[data-drawn-select]');
    if (!combo) return;
    var wasOpen = combo.getAttribute('aria-expanded') === 'true';
    closeAll();
    if (wasOpen) return;
    if (LATE) setTimeout(function () { open(combo); }, LATE);
    else open(combo);
  });
  document.addEventListener('click', function (e) {
    var option = e.target.closest && e.target.closest('[data-drawn-option]');
    if (option) {
      choose(document.getElementById(option.getAttribute('data-drawn-option')), option);
      if (VUETIFY) fadeOut();
      else closeAll();
    }
  });
  document.addEventListener('mousedown', function (e) {
    if (e.target.closest && !e.target.closest('[data-drawn-list], [data-drawn-panel], [data-drawn-select]')) closeAll();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    // No list open: the window the focus is in closes (v-dialog), by its own closing button.
    if (VUETIFY && !anyOpen()) {
      var win = document.querySelector('.modal.in, .modal.is-open, dialog[open]');
      var closer = win && win.querySelector('[data-dismiss="modal"], [data-close-dialog], [data-qa="attachment-close"]');
      if (closer) closer.click();
      return;
    }
    closeAll();
  });
})();`;
}

/**
 * A <select> drawn by script, as Angular Material draws it: a `role="combobox"` showing its
 * placeholder or the chosen text, its options rendered only while it is open, the value sent
 * by a hidden input of the select's name.
 */
function drawSelect(doc: Doc, spec: VariantSpec, qa: string, placeholder: string, name?: string): boolean {
  // Wherever it is, the inside of a window's <template> included.
  const select = allElements(doc).find((el) => el.tagName === 'SELECT' && el.getAttribute('data-qa') === qa);
  if (!select) return false;
  const root = select.getRootNode() as ParentNode;
  if (spec.drawn.style === 'prime') return primeSelect(doc, spec, select, qa, placeholder, name);
  const options = Array.from(select.querySelectorAll('option')).filter((o) => o.getAttribute('value'));
  const chosen = options.find((o) => o.hasAttribute('selected'));
  const hidden = doc.createElement('input');
  hidden.setAttribute('type', 'hidden');
  hidden.setAttribute('name', select.getAttribute('name') ?? '');
  hidden.setAttribute('value', chosen?.getAttribute('value') ?? '');
  const listed = options.map((o) => [o.getAttribute('value'), (o.textContent ?? '').trim()]);
  const combo = withAttributes(doc.createElement('div'), {
    id: `mat-select-${qa}`,
    role: 'combobox',
    tabindex: '0',
    'aria-haspopup': 'listbox',
    'aria-expanded': 'false',
    'data-drawn-select': '',
    'data-qa': qa,
    'data-placeholder': placeholder,
    'data-options': JSON.stringify(spec.drawn.emptyOption ? [['', '—'], ...listed] : listed),
    style: 'display:inline-block;min-width:20em;border-bottom:1px solid #666;cursor:pointer;padding:4px',
  });
  const value = doc.createElement('span');
  value.id = `mat-select-${qa}-value`;
  value.setAttribute('data-drawn-value', '');
  if (chosen) value.className = 'mat-select-value-text';
  else if (!spec.drawn.plainPlaceholder) value.className = 'mat-select-placeholder';
  value.textContent = chosen ? (chosen.textContent ?? '').trim() : placeholder;
  // As Material draws it: the trigger hidden from assistive technology, the combobox named by
  // its label and its value (aria-labelledby), an arrow drawn in CSS.
  const trigger = doc.createElement('div');
  trigger.className = 'mat-select-trigger';
  trigger.setAttribute('aria-hidden', 'true');
  const arrow = doc.createElement('span');
  arrow.className = 'mat-select-arrow';
  arrow.textContent = '▾';
  trigger.append(value, arrow);
  combo.append(trigger);
  // Named as the select was: by the label that named it (its `for` then names nothing, a
  // wrapping label wraps nothing), by its own ARIA name, by its table cell, or by its words.
  const wrapping = select.closest('label');
  const label = (select.id ? root.querySelector(`label[for="${select.id}"]`) : null) ?? wrapping;
  if (spec.drawn.style === 'vuetify') return vuetifyField(doc, select, combo, value, hidden, label, wrapping, qa, name);
  if (spec.drawn.style === 'mui') muiField(doc, combo, trigger, value, hidden);
  const own = select.getAttribute('aria-labelledby');
  if (own) combo.setAttribute('aria-labelledby', `${own} ${value.id}`);
  else if (select.getAttribute('aria-label')) combo.setAttribute('aria-label', select.getAttribute('aria-label') ?? '');
  else if (label) {
    label.id ||= `mat-form-field-label-${qa}`;
    label.removeAttribute('for');
    combo.setAttribute('aria-labelledby', `${label.id} ${value.id}`);
  } else if (name) combo.setAttribute('aria-label', name);
  const holder = wrapping ?? select;
  // MUI's: the combobox and its input after it, in the field's root.
  const drawn = spec.drawn.style === 'mui' ? [combo.parentElement as El] : [hidden, combo];
  if (holder !== select) holder.after(...drawn);
  else select.replaceWith(...drawn);
  select.remove();
  return true;
}

/**
 * Material's drawn select made MUI's: no trigger nor arrow, the value inside the combobox (a
 * zero-width space while nothing is chosen), then a see-through input that holds the value,
 * both in the field's root. The combobox opens on a press (`drawnSelectScript`).
 */
function muiField(doc: Doc, combo: El, trigger: El, value: El, hidden: El): void {
  combo.setAttribute('class', 'MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input');
  combo.setAttribute('data-placeholder', '\u200b');
  const chosen = value.getAttribute('class') === 'mat-select-value-text';
  if (chosen) value.removeAttribute('class');
  else {
    value.setAttribute('class', 'notranslate');
    value.setAttribute('aria-hidden', 'true');
    value.textContent = '\u200b';
  }
  trigger.remove();
  combo.append(value);
  const input = withAttributes(doc.createElement('input'), {
    name: hidden.getAttribute('name') ?? '',
    value: hidden.getAttribute('value') ?? '',
    'aria-hidden': 'true',
    tabindex: '-1',
    class: 'MuiSelect-nativeInput',
    style: 'position:absolute;bottom:0;left:0;width:100%;opacity:0;pointer-events:none;box-sizing:border-box',
  });
  const root = withAttributes(doc.createElement('div'), {
    class: 'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl',
    style: 'position:relative;display:inline-block;min-width:20em',
  });
  root.append(combo, input);
}

/**
 * The drawn select as Vuetify's v-select: the field holds its label (`for` its input, which
 * no one types in: `inputmode="none"`, no value of its own) and a floating copy of it, hidden
 * from assistive technology; the chosen text beside them, nothing while nothing is chosen.
 */
function vuetifyField(
  doc: Doc,
  select: El,
  combo: El,
  value: El,
  hidden: El,
  label: El | null,
  wrapping: El | null,
  qa: string,
  name?: string,
): boolean {
  combo.setAttribute('class', 'v-field');
  combo.removeAttribute('tabindex');
  combo.setAttribute('data-placeholder', '');
  const chosen = value.getAttribute('class') === 'mat-select-value-text';
  value.setAttribute('class', chosen ? 'v-select__selection-text' : '');
  if (!chosen) value.textContent = '';
  const words = label
    ? Array.from(label.childNodes)
        .filter((n) => n !== select && !(n as El).querySelector?.('select'))
        .map((n) => n.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
  const inputId = `input-v-${qa}`;
  const input = withAttributes(doc.createElement('input'), {
    id: inputId,
    type: 'text',
    size: '1',
    role: 'combobox',
    inputmode: 'none',
    'aria-expanded': 'false',
  });
  const own = select.getAttribute('aria-labelledby') ?? select.getAttribute('aria-label');
  combo.removeAttribute('aria-labelledby');
  if (select.getAttribute('aria-labelledby')) input.setAttribute('aria-labelledby', own ?? '');
  else if (own) input.setAttribute('aria-label', own);
  const field = doc.createElement('div');
  field.setAttribute('class', 'v-field__field');
  if (words && !own) {
    const inner = withAttributes(doc.createElement('label'), { class: 'v-label v-field-label', for: inputId });
    inner.textContent = words;
    const floating = withAttributes(doc.createElement('label'), {
      class: 'v-label v-field-label v-field-label--floating',
      'aria-hidden': 'true',
    });
    floating.textContent = words;
    field.append(inner, input, floating);
  } else {
    if (!own && name) input.setAttribute('aria-label', name);
    field.append(input);
  }
  // The field's own parts first, then what it shows (the trigger holds the value).
  combo.prepend(field);
  if (wrapping) wrapping.replaceWith(hidden, combo);
  else {
    if (label && words) label.remove();
    select.replaceWith(hidden, combo);
  }
  select.remove();
  return true;
}

/** Attributes set in one go. */
function withAttributes<E extends El>(el: E, attributes: Record<string, string>): E {
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

/** Visually hidden, as PrimeFaces' `ui-helper-hidden-accessible` is. */
const HIDDEN_ACCESSIBLE = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

/**
 * A <select> as PrimeFaces' selectOneMenu draws it: a `role="combobox"` widget keeping a
 * read-only focus input (which the page's label names) and the native select (which the form
 * sends), both visually hidden, beside the label it shows and its trigger; its panel rendered
 * once at the end of <body> (in the window, if the select is in one), hidden until opened.
 */
function primeSelect(doc: Doc, spec: VariantSpec, select: El, qa: string, placeholder: string, name?: string): boolean {
  const root = select.getRootNode() as ParentNode;
  const id = `${qa}-som`;
  const options = Array.from(select.querySelectorAll('option'));
  const chosen = options.find((o) => o.hasAttribute('selected') && o.getAttribute('value'));
  const listed = options
    .filter((o) => o.getAttribute('value'))
    .map((o) => [o.getAttribute('value') ?? '', (o.textContent ?? '').trim()]);
  const items = spec.drawn.emptyOption ? [['', '—'], ...listed] : listed;
  const widget = withAttributes(doc.createElement('div'), {
    id,
    class: 'ui-selectonemenu ui-widget ui-state-default',
    role: 'combobox',
    'aria-haspopup': 'listbox',
    'aria-expanded': 'false',
    'aria-owns': `${id}_panel`,
    'data-drawn-select': '',
    'data-qa': qa,
    'data-panel': `${id}_panel`,
    'data-placeholder': placeholder,
    'data-options': JSON.stringify(items),
    style: 'position:relative;display:inline-block;min-width:20em;border:1px solid #999;cursor:pointer;padding:4px 24px 4px 4px',
  });
  const focus = withAttributes(doc.createElement('input'), {
    id: `${id}_focus`,
    name: `${id}_focus`,
    type: 'text',
    role: 'combobox',
    'aria-haspopup': 'listbox',
    readonly: 'readonly',
    autocomplete: 'off',
  });
  const focusWrap = withAttributes(doc.createElement('div'), { class: 'ui-helper-hidden-accessible', style: HIDDEN_ACCESSIBLE });
  focusWrap.append(focus);
  const selectWrap = withAttributes(doc.createElement('div'), { class: 'ui-helper-hidden-accessible', style: HIDDEN_ACCESSIBLE });
  const shown = withAttributes(doc.createElement('label'), {
    id: `${id}_label`,
    class: 'ui-selectonemenu-label',
    'data-drawn-value': '',
  });
  shown.textContent = chosen ? (chosen.textContent ?? '').trim() : placeholder;
  const trigger = withAttributes(doc.createElement('div'), {
    class: 'ui-selectonemenu-trigger',
    style: 'position:absolute;right:4px;top:4px',
  });
  trigger.innerHTML = '<span class="ui-icon ui-icon-triangle-1-s">▾</span>';
  // The page's label names the focus input, as PrimeFaces renders `for`; an ARIA name moves there too.
  const wrapping = select.closest('label');
  const label = (select.id ? root.querySelector(`label[for="${select.id}"]`) : null) ?? wrapping;
  const own = select.getAttribute('aria-labelledby') ?? select.getAttribute('aria-label');
  if (select.getAttribute('aria-labelledby')) focus.setAttribute('aria-labelledby', own ?? '');
  else if (own) focus.setAttribute('aria-label', own);
  else if (label && label !== wrapping) label.setAttribute('for', focus.id);
  else if (label) {
    label.id ||= `${id}_outputlabel`;
    focus.setAttribute('aria-labelledby', label.id);
  } else if (name) focus.setAttribute('aria-label', name);
  (wrapping ?? select).after(widget);
  for (const a of ['data-qa', 'aria-labelledby', 'aria-label', 'class']) select.removeAttribute(a);
  withAttributes(select, { tabindex: '-1', 'aria-hidden': 'true' });
  selectWrap.append(select);
  widget.append(focusWrap, selectWrap, shown, trigger);
  const panel = withAttributes(doc.createElement('div'), {
    id: `${id}_panel`,
    class: 'ui-selectonemenu-panel ui-widget-content',
    'data-drawn-panel': '',
  });
  const inWindow = widget.closest('dialog, .modal, [role="dialog"]');
  panel.setAttribute(
    'style',
    `display:none;${inWindow || spec.drawn.inline ? 'position:absolute' : 'position:fixed'};z-index:2000;background:#fff;border:1px solid #999;min-width:20em`,
  );
  const list = withAttributes(doc.createElement('ul'), {
    id: `${id}_items`,
    role: 'listbox',
    style: 'list-style:none;margin:0;padding:0',
  });
  for (const [value, text] of items) {
    const item = withAttributes(doc.createElement('li'), {
      role: 'option',
      class: 'ui-selectonemenu-item',
      'data-label': text ?? '',
      'data-drawn-option': id,
      'data-value': value ?? '',
      'data-qa': `${qa}-option-${value || 'none'}`,
      style: 'padding:4px 8px;cursor:pointer',
    });
    item.textContent = text ?? '';
    list.append(item);
  }
  panel.append(list);
  if (inWindow || spec.drawn.inline) widget.after(panel);
  else doc.body.append(panel);
  return true;
}

/**
 * The download window's format as a <select> (classic asks with radios): « Format », its
 * options PDF and PIVOT, the one checked kept.
 */
function formatAsSelect(doc: Doc): void {
  const radios = allElements(doc).filter((el) => el.getAttribute('type') === 'radio' && el.getAttribute('name') === 'format');
  const group = radios[0]?.closest('fieldset');
  if (!group) return;
  const row = doc.createElement('div');
  row.className = 'form-row';
  const label = doc.createElement('label');
  label.setAttribute('for', 'moe-variant-format');
  label.textContent = 'Format';
  const select = doc.createElement('select');
  select.id = 'moe-variant-format';
  select.setAttribute('name', 'format');
  select.setAttribute('data-qa', 'format');
  const none = doc.createElement('option');
  none.setAttribute('value', '');
  none.textContent = 'Choisir';
  select.append(none);
  for (const radio of radios) {
    const option = doc.createElement('option');
    option.setAttribute('value', radio.getAttribute('value') ?? '');
    if (radio.hasAttribute('checked')) option.setAttribute('selected', '');
    const id = radio.getAttribute('id');
    option.textContent =
      ((id ? (group.querySelector(`label[for="${id}"]`)?.textContent ?? '') : '') || radio.getAttribute('value')) ?? '';
    select.append(option);
  }
  row.append(label, select);
  group.replaceWith(row);
}

/** The home's tiles that have a title and an « Accéder » link. */
function accessTiles(doc: Doc): { tile: El; heading: El; access: El }[] {
  const out: { tile: El; heading: El; access: El }[] = [];
  for (const tile of Array.from(doc.querySelectorAll('.tile'))) {
    const heading = tile.querySelector('h2, h3');
    const access = Array.from(tile.querySelectorAll('a[href]')).find((a) => /Accéder|Ouvrir/.test(a.textContent ?? ''));
    if (heading && access) out.push({ tile, heading, access });
  }
  return out;
}

/** A new link to where `access` leads, with its hooks (the walk's data-qa, its id). */
function linkFor(doc: Doc, access: El, className: string): El {
  const link = doc.createElement('a');
  link.setAttribute('href', access.getAttribute('href') ?? '');
  link.setAttribute('class', className);
  for (const name of ['data-qa', 'id']) {
    const value = access.getAttribute(name);
    if (value) link.setAttribute(name, value);
  }
  return link;
}

/** The home's tiles, their title the link (VariantSpec.homeTiles); logged out, « Se connecter » in the header too. */
function homeTiles(doc: Doc): void {
  for (const { heading, access } of accessTiles(doc)) {
    const link = linkFor(doc, access, 'tile-link');
    link.textContent = heading.textContent;
    heading.replaceChildren(link);
    const detail = doc.createElement('p');
    detail.className = 'tile-detail';
    detail.textContent = access.textContent;
    access.replaceWith(detail);
  }
  const login = doc.getElementById('aife_login_button');
  const header = doc.querySelector('body > header');
  if (login && header) {
    const again = doc.createElement('a');
    again.className = 'btn btn-sm';
    again.setAttribute('href', login.getAttribute('href') ?? '');
    again.textContent = login.textContent;
    header.append(again);
  }
}

/** What a tile says under its title, on a portal that says something (homeTileLinks). */
const TILE_LINES: Record<string, string> = {
  Facturation: 'Déposer, suivre et traiter vos factures.',
  'Factures émises': 'Suivre les factures que vous avez émises.',
  'Factures reçues': 'Traiter les factures reçues.',
  'Factures de Travaux': 'Projets de décompte, états d’acompte, décomptes.',
};

/** Each home tile one link, « Accéder » plain text in it (homeTileLinks). */
function homeTileLinks(doc: Doc): void {
  for (const { tile, heading, access } of accessTiles(doc)) {
    const link = linkFor(doc, access, `${tile.getAttribute('class') ?? ''} tile-whole`);
    const title = doc.createElement('h3');
    title.textContent = heading.textContent;
    const line = tile.querySelector('p') ?? doc.createElement('p');
    line.textContent ||= TILE_LINES[(heading.textContent ?? '').trim()] ?? '';
    const button = doc.createElement('span');
    button.className = 'btn';
    button.textContent = access.textContent;
    link.append(title, line, button);
    tile.replaceWith(link);
  }
  const style = doc.createElement('style');
  style.textContent = 'a.tile-whole{display:block;text-decoration:none;color:inherit}';
  doc.head.append(style);
}

/** The Oui/Non radios of the supplementary attachments as one toggle, ticked (VariantSpec.attachmentsToggle). */
function attachmentsToggle(doc: Doc): void {
  const radios = allElements(doc).filter(
    (el) => el.getAttribute('type') === 'radio' && el.getAttribute('name') === 'avecPiecesJointesComplementaires',
  );
  const group = radios[0]?.closest('fieldset');
  if (!group) return;
  const row = doc.createElement('div');
  row.className = 'form-row toggle';
  const box = doc.createElement('input');
  for (const [name, value] of [
    ['type', 'checkbox'],
    ['id', 'moe-variant-pj'],
    ['name', 'avecPiecesJointesComplementaires'],
    ['value', 'Oui'],
    ['data-qa', 'attachments-box'],
    ['checked', ''],
    ['disabled', ''],
  ] as const) {
    box.setAttribute(name, value);
  }
  const label = doc.createElement('label');
  label.setAttribute('for', 'moe-variant-pj');
  label.setAttribute('data-checked-label', 'Oui');
  label.setAttribute('data-unchecked-label', 'Non');
  label.textContent = 'Pièces jointes complémentaires';
  const hint = doc.createElement('p');
  hint.className = 'help-block';
  hint.textContent = 'Inclure les pièces jointes complémentaires déposées par le fournisseur';
  const marker = doc.createElement('input');
  marker.setAttribute('type', 'hidden');
  marker.setAttribute('name', '_avecPiecesJointesComplementaires');
  marker.setAttribute('value', 'on');
  row.append(box, label, hint, marker);
  group.replaceWith(row);
}

/** The window's upload replaced by the fields that describe the file sent (VariantSpec.attachSwap). */
function attachSwap(doc: Doc): void {
  const win = attachmentWindow(doc);
  const upload = win?.querySelector('[data-qa="attachment-upload"]');
  const file = win?.querySelector('[data-qa="attachment-file"]');
  // Only once the file is sent (the fields that describe it shown), and not in a one-step window.
  if (!win || !upload || !file || !win.querySelector('[data-qa="designation"]')) return;
  const picker = win.querySelector('[data-qa="attachment-picker"]');
  const row = file.closest('.form-row');
  if (row?.contains(upload)) row.remove();
  else for (const el of [picker, file, upload]) el?.remove();
}

/** The home's tiles as a library's cards, their title a styled <div> (VariantSpec.homeCards). */
function homeCards(doc: Doc, r: () => number): void {
  const styles = [
    ['v-card v-card--variant-outlined', 'v-card-title'],
    ['mat-mdc-card mdc-card', 'mat-mdc-card-title'],
    ['card', 'card-title h5'],
  ] as const;
  const [card, title] = styles[Math.floor(r() * styles.length)] ?? styles[0];
  for (const tile of Array.from(doc.querySelectorAll('.tile'))) {
    const heading = tile.querySelector(':scope > h2, :scope > h3');
    if (!heading) continue;
    const div = doc.createElement('div');
    div.className = title;
    div.textContent = heading.textContent;
    heading.replaceWith(div);
    tile.className = (tile.getAttribute('class') ?? '').replace(/\btile\b/, card);
  }
  const style = doc.createElement('style');
  style.textContent = `.${card.split(' ')[0]}{background:#fff;border:1px solid #ddd;padding:16px;width:230px;border-radius:4px}.${title.split(' ')[0]}{font-size:1.2em;font-weight:bold;margin-bottom:8px}`;
  doc.head.append(style);
}

/** The form's blocks as <div>s under a heading: no section, fieldset, panel (VariantSpec.plainBlocks). */
function plainBlocks(doc: Doc): void {
  const form = doc.querySelector('[data-qa="number"]')?.closest('form');
  if (!form) return;
  for (const block of Array.from(form.querySelectorAll('section, fieldset, .panel'))) {
    if (block.closest('dialog, .modal, [role="dialog"]')) continue;
    const div = doc.createElement('div');
    for (const name of ['id', 'data-qa']) {
      const value = block.getAttribute(name);
      if (value) div.setAttribute(name, value);
    }
    div.className = 'form-block';
    const title = block.querySelector(':scope > legend, :scope > h2, :scope > h3, :scope > .panel-heading');
    if (title && title.tagName !== 'H2' && title.tagName !== 'H3') {
      const h = doc.createElement('h2');
      h.textContent = title.textContent;
      title.replaceWith(h);
    } else title?.removeAttribute('class');
    div.append(...Array.from(block.childNodes));
    block.replaceWith(div);
  }
}

/** What the form's blocks are in steps: the block holding each of these, in this order. */
const STEP_BLOCKS = ['number', 'amounts', 'add-attachment'];

/** The invoice form in steps, one shown at a time, named in a header (VariantSpec.formSteps). */
function formSteps(doc: Doc, style: Exclude<VariantSpec['formSteps'], 'none'>): void {
  const form = doc.querySelector('[data-qa="number"]')?.closest('form');
  if (!form) return;
  const blockOf = (qa: string): El | null => {
    const el = form.querySelector(`[data-qa="${qa}"]`);
    if (!el) return null;
    let block: El | null = el;
    while (block && block.parentElement !== form) block = block.parentElement;
    return block;
  };
  const steps = STEP_BLOCKS.map(blockOf);
  if (steps.some((b) => !b) || new Set(steps).size !== steps.length) return;
  const first = steps[0] as El;
  // What comes before the first of them (supplier, recipient, cadre): the first step.
  const before: El[] = [];
  for (let el = first.previousElementSibling; el; el = el.previousElementSibling) {
    if (!el.matches('script, input[type="hidden"], .alert, [role="alert"], [role="status"]')) before.unshift(el);
  }
  const titleOf = (block: El) =>
    (block.querySelector('legend, h2, h3, .panel-heading, .mat-panel-title, summary')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  const panes: { title: string; blocks: El[] }[] = [
    ...(before.length ? [{ title: 'Fournisseur et destinataire', blocks: before }] : []),
    ...(steps as El[]).map((b) => ({ title: titleOf(b), blocks: [b] })),
  ];
  const stepper = doc.createElement('div');
  stepper.className = { vuetify: 'v-stepper', material: 'mat-stepper-horizontal', prime: 'p-steps-wrapper' }[style];
  const header = doc.createElement('div');
  const list = style === 'prime' ? doc.createElement('ul') : header;
  header.className = { vuetify: 'v-stepper-header', material: 'mat-horizontal-stepper-header-container', prime: 'p-steps' }[
    style
  ];
  if (style === 'prime') header.append(list);
  stepper.append(header);
  first.before(stepper);
  panes.forEach((pane, i) => {
    let item: El;
    const title = pane.title || `Étape ${i + 1}`;
    if (style === 'vuetify') {
      item = withAttributes(doc.createElement('button'), { type: 'button', class: 'v-stepper-item' });
      item.innerHTML = `<div class="v-avatar">${i + 1}</div><div class="v-stepper-item__content"><div class="v-stepper-item__title"></div></div>`;
      (item.querySelector('.v-stepper-item__title') as El).textContent = title;
      list.append(item);
    } else if (style === 'material') {
      item = withAttributes(doc.createElement('div'), { class: 'mat-step-header', role: 'tab', tabindex: '0' });
      item.innerHTML = `<div class="mat-step-icon">${i + 1}</div><div class="mat-step-label"><div class="mat-step-text-label"></div></div>`;
      (item.querySelector('.mat-step-text-label') as El).textContent = title;
      list.append(item);
    } else {
      const li = withAttributes(doc.createElement('li'), { class: 'p-steps-item' });
      item = withAttributes(doc.createElement('a'), { href: '#', class: 'p-menuitem-link' });
      item.innerHTML = `<span class="p-steps-number">${i + 1}</span><span class="p-steps-title"></span>`;
      (item.querySelector('.p-steps-title') as El).textContent = title;
      li.append(item);
      list.append(li);
    }
    item.setAttribute('data-step-item', String(i));
    item.setAttribute('data-qa', `step-item-${i}`);
    const box = withAttributes(doc.createElement('div'), { class: 'step-pane', 'data-step-pane': String(i) });
    box.append(...pane.blocks);
    if (i < panes.length - 1) {
      const next = withAttributes(doc.createElement('button'), {
        type: 'button',
        class: 'btn btn-default',
        'data-step-next': '',
      });
      next.textContent = 'Suivant';
      box.append(next);
    }
    stepper.append(box);
  });
  const script = doc.createElement('script');
  script.textContent = `(function () {
  var key = 'moe-variant-step:' + location.pathname + location.search.replace(/&?_=\\d+/, '');
  function show(n) {
    document.querySelectorAll('[data-step-pane]').forEach(function (p) { p.style.display = p.getAttribute('data-step-pane') === String(n) ? '' : 'none'; });
    document.querySelectorAll('[data-step-item]').forEach(function (it) {
      var on = it.getAttribute('data-step-item') === String(n);
      it.classList.toggle('is-selected', on);
      if (it.getAttribute('role') === 'tab') it.setAttribute('aria-selected', String(on));
    });
    try { sessionStorage.setItem(key, String(n)); } catch (e) {}
  }
  document.addEventListener('click', function (e) {
    var item = e.target.closest && e.target.closest('[data-step-item]');
    if (item) { e.preventDefault(); show(item.getAttribute('data-step-item')); return; }
    var next = e.target.closest && e.target.closest('[data-step-next]');
    if (next) show(Number(next.closest('[data-step-pane]').getAttribute('data-step-pane')) + 1);
  });
  var kept = null;
  try { kept = sessionStorage.getItem(key); } catch (e) {}
  show(kept && document.querySelector('[data-step-pane="' + kept + '"]') ? kept : 0);
})();`;
  stepper.after(script);
  const css = doc.createElement('style');
  css.textContent =
    '.v-stepper-header,.mat-horizontal-stepper-header-container,.p-steps>ul{display:flex;gap:12px;list-style:none;padding:0;margin:8px 0}.is-selected{font-weight:bold;text-decoration:underline}';
  doc.head.append(css);
}

/** The window's files added as an ARIA list of <div>s, titled by its first line (VariantSpec.attachListAria). */
function attachListAria(doc: Doc): void {
  const win = attachmentWindow(doc);
  const table = win ? Array.from(win.querySelectorAll('table')).find((t) => t.querySelector('tbody tr')) : undefined;
  if (!win || !table) return;
  const list = withAttributes(doc.createElement('div'), { class: 'v-list', role: 'list' });
  const header = withAttributes(doc.createElement('div'), { class: 'v-list-subheader' });
  header.textContent = 'Pièces ajoutées';
  list.append(header);
  for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
    const cells = Array.from(row.children).map((c) => (c.textContent ?? '').trim());
    const [file, ...rest] = cells;
    const item = withAttributes(doc.createElement('div'), { class: 'v-list-item', role: 'listitem' });
    item.innerHTML = '<div class="v-list-item-title"></div><div class="v-list-item-subtitle"></div>';
    (item.querySelector('.v-list-item-title') as El).textContent = rest.filter(Boolean).join(' — ');
    (item.querySelector('.v-list-item-subtitle') as El).textContent = file ?? '';
    list.append(item);
  }
  table.replaceWith(list);
}

/** The certificate's chooser in a layout table, its input off the page, an icon link to open it (certificateLegacy). */
function certificateLegacy(doc: Doc): void {
  const input = allElements(doc).find((el) => el.getAttribute('data-qa') === 'certificate-file');
  const picker = allElements(doc).find((el) => el.getAttribute('data-qa') === 'certificate-picker');
  const importer = allElements(doc).find((el) => el.getAttribute('data-qa') === 'import');
  const holder = picker?.parentElement;
  if (!input || !picker || !importer || !holder) return;
  const id = input.getAttribute('id') || 'fichierCertificat';
  withAttributes(input, { id, 'data-legacy': '', style: 'position:absolute;left:-5000px' });
  input.removeAttribute('class');
  const table = withAttributes(doc.createElement('table'), { class: 'formulaire' });
  table.innerHTML = `<tbody><tr><td class="libelle">Fichier(s) :</td><td><input type="text" id="nomFichier" readonly size="45" value="">
    <a href="#" class="icone" title="Parcourir" data-qa="certificate-picker"><img alt="Parcourir" width="16" height="16" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16'%3E%3Crect width='16' height='16' fill='%231d3f72'/%3E%3C/svg%3E"></a></td><td></td></tr></tbody>`;
  const cells = table.querySelectorAll('td');
  const name = allElements(doc).find((el) => el.getAttribute('data-file-name-for') === input.getAttribute('id'));
  name?.remove();
  picker.remove();
  cells[1]?.append(input);
  cells[2]?.append(importer);
  holder.append(table);
  const script = doc.createElement('script');
  script.textContent = `(function () {
  var input = document.getElementById(${JSON.stringify(id)});
  document.querySelector('a.icone[title="Parcourir"]').addEventListener('click', function (e) { e.preventDefault(); input.click(); });
  input.addEventListener('change', function () {
    document.getElementById('nomFichier').value = Array.prototype.map.call(input.files, function (f) { return f.name; }).join(', ');
  });
})();`;
  doc.body.append(script);
}

/** File inputs drawn as a field, transparent over its box, the label inside (VariantSpec.fileField). */
function fileField(doc: Doc): void {
  for (const [fileQa, pickerQa, words] of [
    ['certificate-file', 'certificate-picker', 'Certificat de paiement'],
    ['attachment-file', 'attachment-picker', 'Fichier'],
  ] as const) {
    const input = allElements(doc).find((el) => el.getAttribute('data-qa') === fileQa);
    if (!input || input.hasAttribute('data-legacy')) continue;
    const picker = allElements(doc).find((el) => el.getAttribute('data-qa') === pickerQa);
    const id = input.getAttribute('id') || `input-v-${fileQa}`;
    input.setAttribute('id', id);
    const field = withAttributes(doc.createElement('div'), {
      class: 'v-field',
      style: 'position:relative;display:inline-block;width:24em;height:40px;border:1px solid #999;border-radius:4px',
    });
    const inner = withAttributes(doc.createElement('div'), {
      class: 'v-field__field',
      'data-qa': pickerQa,
      style: 'position:absolute;inset:0',
    });
    const label = withAttributes(doc.createElement('label'), {
      class: 'v-label v-field-label',
      for: id,
      style: 'position:absolute;left:36px;top:10px',
    });
    label.textContent = words;
    const clip = doc.createElement('span');
    clip.setAttribute('aria-hidden', 'true');
    clip.setAttribute('style', 'position:absolute;left:8px;top:8px');
    clip.textContent = '📎';
    // Wherever the old picker was (a label wrapping the input, or beside it), the field takes its place.
    const place = picker?.contains(input) ? picker : input;
    place.replaceWith(field);
    if (picker && picker !== place) picker.remove();
    input.setAttribute('style', 'position:absolute;inset:0;width:100%;height:100%;opacity:0;cursor:pointer');
    input.removeAttribute('hidden');
    input.setAttribute('class', 'v-file-input__input');
    inner.append(clip, label, input);
    field.append(inner);
  }
}

/** A window the server renders open, opened by its class instead (VariantSpec.dialogsByClass). */
const DIALOGS_BY_CLASS = `dialog.is-open { display: block; position: fixed; inset: 0; margin: auto; width: fit-content; height: fit-content; max-height: 90vh; overflow: auto; z-index: 1000; }`;
function dialogsByClass(doc: Doc): void {
  for (const dialog of allElements(doc).filter((el) => el.tagName === 'DIALOG')) {
    const open = dialog.hasAttribute('open');
    dialog.removeAttribute('open');
    dialog.setAttribute('aria-hidden', String(!open));
    if (open) dialog.classList.add('is-open');
  }
  const style = doc.createElement('style');
  style.textContent = DIALOGS_BY_CLASS;
  doc.head.append(style);
}

/** Windows that fade in, nothing of the page changing when the fade ends (VariantSpec.fades). */
const FADES: Record<Exclude<VariantSpec['fades'], 'none'>, string> = {
  animation: `@keyframes moe-variant-fade { from { visibility: hidden; opacity: 0 } to { visibility: visible; opacity: 1 } }
.modal.in, dialog[open], dialog.is-open { animation: moe-variant-fade .3s }`,
  transition: `.modal { display: block !important; visibility: hidden; opacity: 0; transition: visibility .3s, opacity .3s }
.modal.in { visibility: visible; opacity: 1 }`,
};

/** The cadre, the attachment's type and the format drawn by script (cadreCombobox, typeCombobox, formatCombobox), with the script that draws their lists. */
function drawnSelects(doc: Doc, spec: VariantSpec): void {
  if (spec.formatCombobox) formatAsSelect(doc);
  const format = spec.formatCombobox && drawSelect(doc, spec, 'format', 'Choisir un format', 'Format');
  const cadre =
    spec.cadreCombobox && drawSelect(doc, spec, 'cadre', 'Sélectionner un cadre de facturation', 'Cadre de facturation');
  // Unnamed but by its label or its table cell, as the native select was.
  const type = spec.typeCombobox && drawSelect(doc, spec, 'type', 'Sélectionnez un type');
  if (!cadre && !type && !format) return;
  const script = doc.createElement('script');
  script.textContent = drawnSelectScript(spec.drawn);
  // First in <body>: the page's own script stays its last (late rendering delays that one), and
  // this one only listens on the document.
  doc.body.prepend(script);
}

/** The names of the choices a page renders again once changed (rerenderChoices). */
const RERENDERED = new Set(['listeResultats.critere.role', 'format', 'avecPiecesJointesComplementaires']);

/**
 * The page's script for rerenderChoices: a change inside a marked zone replaces the zone, as
 * soon as the change is handled, by a copy that holds what its controls hold (checked,
 * selected, values).
 */
const RERENDER_SCRIPT = `document.addEventListener('change', function (e) {
  var zone = e.target.closest && e.target.closest('[data-rerendered]');
  if (!zone) return;
  setTimeout(function () {
    if (!zone.isConnected) return;
    zone.querySelectorAll('input').forEach(function (i) {
      if (i.type === 'radio' || i.type === 'checkbox') i.toggleAttribute('checked', i.checked);
      else if (i.type !== 'file') i.setAttribute('value', i.value);
    });
    zone.querySelectorAll('option').forEach(function (o) { o.toggleAttribute('selected', o.selected); });
    zone.replaceWith(zone.cloneNode(true));
  });
});`;

/**
 * The page drawn with web components (webComponents): its titles, the role's radios and the
 * invoice form's fields become the custom elements of components.ts, defined by a script of
 * the page before it is parsed further. A radio a page's own script keeps (radiosOwnState,
 * rerenderChoices) stays native.
 */
function webComponents(doc: Doc, spec: VariantSpec): void {
  const script = doc.createElement('script');
  script.textContent = `(${defineWebComponents.toString()})(window);`;
  doc.body.prepend(script);
  const moveTo = (from: Element, tag: string, skip: string[] = []): Element => {
    const to = doc.createElement(tag);
    for (const a of Array.from(from.attributes)) if (!skip.includes(a.name)) to.setAttribute(a.name, a.value);
    return to;
  };
  for (const h of Array.from(doc.querySelectorAll('h1, h2'))) {
    if (h.closest('template, .modal, dialog, [role="dialog"], summary, caption, legend, label, a, button')) continue;
    const title = moveTo(h, 'wc-title');
    title.setAttribute('level', h.tagName.slice(1));
    title.append(...Array.from(h.childNodes));
    h.replaceWith(title);
  }
  // A control's <label for> drawn as the library's label element (`<ui5-label for>`).
  const labelAsComponent = (control: Element): void => {
    const label = control.id ? doc.querySelector(`label[for="${control.id}"]`) : null;
    if (!label) return;
    const named = moveTo(label, 'wc-label');
    named.append(...Array.from(label.childNodes));
    label.replaceWith(named);
  };
  const labelOf = (input: Element): Element | null =>
    (input.id ? doc.querySelector(`label[for="${input.id}"]`) : null) ?? input.closest('label');
  if (!spec.radiosOwnState && !spec.rerenderChoices) {
    for (const input of Array.from(doc.querySelectorAll('input[type="radio"][name="listeResultats.critere.role"]'))) {
      const label = labelOf(input);
      // A radio named only by the text beside it (roleBareText) stays native.
      if (!label) continue;
      const radio = moveTo(input, 'wc-radio', ['type', 'class', 'style']);
      radio.setAttribute('text', (label?.textContent ?? input.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim());
      const qa = label?.getAttribute('data-qa');
      if (qa) radio.setAttribute('data-qa', qa);
      // The radio's own line, its label gone: the component draws its words.
      const line = input.closest('.radio-line') ?? input.parentElement;
      if (label && !label.contains(input)) label.remove();
      if (line?.classList.contains('radio-line')) line.replaceWith(radio);
      else if (label?.contains(input)) label.replaceWith(radio);
      else input.replaceWith(radio);
    }
  }
  // The cadre's and the attachment type's selects, where the page does not draw them otherwise.
  for (const select of Array.from(doc.querySelectorAll('select[data-qa="cadre"], select[data-qa="type"]'))) {
    if (spec.cadreChosen && select.getAttribute('data-qa') === 'cadre') continue;
    if (select.closest('[hidden]') || select.classList.contains('select2-hidden-accessible')) continue;
    const drawn = moveTo(select, 'wc-select', ['class', 'style']);
    for (const option of Array.from(select.querySelectorAll('option'))) {
      const item = doc.createElement('wc-option');
      item.setAttribute('value', option.getAttribute('value') ?? '');
      if (option.hasAttribute('selected')) item.setAttribute('selected', '');
      item.textContent = option.textContent;
      drawn.append(item);
    }
    labelAsComponent(select);
    select.replaceWith(drawn);
  }
  const fields = [
    'input.amount',
    'input[data-qa="number"]',
    ...(spec.designationFileName ? [] : ['input[data-qa="designation"]']),
  ];
  for (const input of Array.from(doc.querySelectorAll(fields.join(', ')))) {
    const field = moveTo(input, 'wc-input', ['type', 'class', 'inputmode', 'maxlength']);
    labelAsComponent(input);
    input.replaceWith(field);
  }
}

/** The page's script for radiosOwnState. */
const RADIO_STATE_SCRIPT = `(function () {
  var state = {};
  function own(r) { return r.closest('label') || r.parentElement; }
  function mark(name) {
    document.querySelectorAll('input[type="radio"]').forEach(function (r) {
      if (r.name === name && own(r)) own(r).classList.toggle('is-checked', state[name] === r.value);
    });
  }
  // The state starts from what the server rendered checked, in the page or a window fetched later.
  function read() {
    document.querySelectorAll('input[type="radio"]:checked').forEach(function (r) {
      if (!(r.name in state)) { state[r.name] = r.value; mark(r.name); }
    });
  }
  document.addEventListener('DOMContentLoaded', read);
  new MutationObserver(read).observe(document, { childList: true, subtree: true });
  document.addEventListener('change', function (e) {
    var r = e.target;
    if (r instanceof HTMLInputElement && r.type === 'radio' && r.checked) { state[r.name] = r.value; mark(r.name); }
  }, true);
  document.addEventListener('submit', function (e) {
    e.target.querySelectorAll('input[type="radio"]').forEach(function (r) { if (r.name in state) r.checked = state[r.name] === r.value; });
  }, true);
})();`;

/**
 * The role's, the format's and the attachments question's controls rendered again by the page
 * once changed (rerenderChoices): their line, or their fieldset. A select drawn by script (its
 * hidden input) is left to its own script.
 */
function rerenderChoices(doc: Doc): void {
  for (const control of allElements(doc)) {
    if (!RERENDERED.has(control.getAttribute('name') ?? '')) continue;
    if (control.tagName === 'INPUT' && !['radio', 'checkbox'].includes(control.getAttribute('type') ?? '')) continue;
    if (control.tagName !== 'INPUT' && control.tagName !== 'SELECT') continue;
    const zone = control.closest('.form-row, fieldset') ?? control.parentElement;
    if (zone?.querySelector('[role="combobox"], .select2-container, [data-chosen]')) continue;
    zone?.setAttribute('data-rerendered', '');
  }
  const script = doc.createElement('script');
  script.textContent = RERENDER_SCRIPT;
  // First in <body>, as the other scripts of the generator: the page's own stays its last.
  doc.body.prepend(script);
}

/** Bootstrap's modals saying `aria-hidden="true"` open or closed, without `aria-modal` (modalAriaStale). */
function modalAriaStale(doc: Doc): void {
  for (const modal of allElements(doc).filter((el) => el.classList.contains('modal'))) {
    modal.setAttribute('aria-hidden', 'true');
    modal.removeAttribute('aria-modal');
  }
}

/** The HTML of one page, as the variant of `spec` shows it. `keepIds` for the login and home pages, whose ids the walk uses. */
export function transformPage(html: string, spec: VariantSpec, opts: { keepIds?: boolean } = {}): string {
  const r = prng(spec.seed * 7919 + html.length);
  const doc = parse(html);
  if (spec.extraQuestion) extraQuestion(doc);
  if (spec.attachOneStep) attachOneStep(doc);
  else if (spec.attachSwap) attachSwap(doc);
  if (spec.attachEmptyLine) attachEmptyLine(doc, prng(spec.seed + 2));
  if (spec.certificateListed) certificateListed(doc);
  if (spec.designationFileName) designationFileName(doc);
  if (spec.downloadWording) downloadWording(doc);
  if (spec.fileNameField) fileNameField(doc);
  if (spec.importedAsRow) importedAsRow(doc);
  else if (spec.importedAsAttachments) importedAsAttachments(doc);
  if (spec.numberInIdentification) numberInIdentification(doc);
  if (spec.accordionBlocks) accordionBlocks(doc, spec);
  fold(doc, spec);
  if (spec.plainBlocks) plainBlocks(doc);
  if (spec.formSteps !== 'none' && !spec.accordionBlocks) formSteps(doc, spec.formSteps);
  if (spec.attachListAria) attachListAria(doc);
  if (spec.certificateLegacy) certificateLegacy(doc);
  if (spec.fileField) fileField(doc);
  if (spec.pageDefaults) pageDefaults(doc);
  if (spec.resultsHeading) resultsHeading(doc);
  if (spec.resultsUntitled) resultsUntitled(doc, prng(spec.seed + 3));
  if (spec.resultsGrid) resultsGrid(doc);
  if (spec.sentHighlight) sentHighlight(doc);
  else if (spec.sentInCard) sentInCard(doc);
  if (spec.homeDomains) homeDomains(doc);
  if (spec.homeTiles) homeTiles(doc);
  else if (spec.homeCards) homeCards(doc, prng(spec.seed + 5));
  else if (spec.homeTileLinks) homeTileLinks(doc);
  if (spec.attachmentsToggle) attachmentsToggle(doc);
  if (spec.roleAria) roleAria(doc);
  else if (spec.roleButtons) roleButtons(doc);
  else if (spec.roleBareText) roleBareText(doc);
  else if (spec.roleCells) roleCells(doc);
  if (spec.labelling !== 'for') relabel(doc, spec, r);
  if (!opts.keepIds && spec.ids !== 'keep') renameIds(doc, spec, prng(spec.seed));
  if (spec.reword) reword(doc, prng(spec.seed + 1));
  if (spec.bareDialogs) bareDialogs(doc);
  if (spec.headInBody) headInBody(doc);
  drawnSelects(doc, spec);
  if (spec.cadreChosen && !spec.cadreCombobox) cadreChosen(doc);
  if (spec.rerenderChoices) rerenderChoices(doc);
  if (spec.dateSections) dateSections(doc);
  if (spec.radiosOwnState) {
    const script = doc.createElement('script');
    script.textContent = RADIO_STATE_SCRIPT;
    doc.body.prepend(script);
  }
  if (spec.modalAriaStale) modalAriaStale(doc);
  if (spec.webComponents) webComponents(doc, spec);
  if (spec.actionsRight) {
    const style = doc.createElement('style');
    style.textContent = ACTIONS_RIGHT;
    doc.head.append(style);
  }
  if (spec.dialogsByClass) dialogsByClass(doc);
  if (spec.fades !== 'none') {
    const style = doc.createElement('style');
    style.textContent = FADES[spec.fades];
    doc.head.append(style);
  }
  const config = doc.createElement('script');
  config.textContent = `window.__moeVariant=${JSON.stringify({
    dialogDelayMs: spec.dialogDelayMs,
    enableDelayMs: spec.enableDelayMs,
    hideUntilPdf: spec.hideUntilPdf,
    structureAfterRoleMs: spec.structureAfterRoleMs,
    dialogsByClass: spec.dialogsByClass,
    modalAriaStale: spec.modalAriaStale,
    modalHidesPage: spec.modalHidesPage === 'none' ? '' : spec.modalHidesPage,
    modalsInTopLayer: spec.modalsInTopLayer,
    radiosOwnState: spec.radiosOwnState,
    modalsAtBodyEnd: spec.modalsAtBodyEnd,
  })};`;
  doc.head.append(config);
  const main = doc.querySelector('main');
  const script = doc.querySelector('body > script:last-of-type');
  if (spec.lateMs > 0 && main && script) {
    // Client-side rendering: the content and the page's script arrive after load.
    const bound = spec.bindMs > 0 && bindTexts(main);
    const template = doc.createElement('template');
    template.id = 'moe-variant-late';
    for (const child of Array.from(main.childNodes)) template.content.append(child);
    main.append(template);
    // Each bound text set back in place, in its own text node.
    const bind = bound
      ? `setTimeout(function () {
    document.querySelectorAll('[data-bound-text]').forEach(function (el) {
      var text = Array.prototype.find.call(el.childNodes, function (n) { return n.nodeType === 3 && n.data.trim(); });
      // Only what still waits for its binding: a text the page or its user changed since stays.
      // (« … » may have joined a space beside it in one text node once served.)
      if (text && text.data.trim() === '…') text.data = el.getAttribute('data-bound-text');
      el.removeAttribute('data-bound-text');
    });
  }, ${spec.bindMs});`
      : '';
    script.textContent = `setTimeout(function () {
  var t = document.getElementById('moe-variant-late');
  t.replaceWith(t.content);
  ${bind}
  ${script.textContent}
}, ${spec.lateMs});`;
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/** One line that says what a seed changes, printed when its walk fails. */
export function describeVariant(spec: VariantSpec): string {
  return Object.entries(spec)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
