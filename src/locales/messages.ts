// Every text the user reads, French first, English second, in our own words. No script bundles
// it: `npm run locales` writes it to public/_locales/{fr,en}/messages.json (a unit test checks
// they are current), where src/i18n.ts reads it with browser.i18n. `satisfies` keeps each key's
// type: t('noSuchKey') does not compile, and a text without its French or English does not either.
export interface Text {
  fr: string;
  en: string;
}

export const MESSAGES = {
  extName: { fr: 'Assistant MOE pour Chorus Pro', en: 'Chorus Pro MOE Assistant' },
  extDescription: {
    fr: 'Guide le maître d’œuvre dans le traitement des factures de travaux sur Chorus Pro : étapes, choix, montants, délai.',
    en: 'Guides the maître d’œuvre through works invoices on Chorus Pro: steps, routine choices, amounts, deadline.',
  },
  actionTitle: { fr: 'Assistant MOE — où en suis-je ?', en: 'MOE Assistant — where am I?' },
  commandToggle: { fr: 'Afficher ou masquer l’assistant', en: 'Show or hide the assistant' },

  sectionLogin: { fr: 'Se connecter', en: 'Log in' },
  sectionFind: { fr: 'Trouver la facture', en: 'Find the invoice' },
  sectionOpen: { fr: 'Accéder à la facture', en: 'Open the invoice' },
  sectionCertificate: { fr: 'Ajouter le certificat de paiement', en: 'Add the payment certificate' },
  sectionComplete: { fr: 'Compléter les informations', en: 'Complete the invoice' },
  sectionFinish: { fr: 'Terminer le traitement', en: 'Finish' },

  step1Title: { fr: 'Se connecter à Chorus Pro', en: 'Log in to Chorus Pro' },
  step1Text: {
    fr: 'Connectez-vous à votre compte Chorus Pro. L’assistant ne lit ni ne remplit jamais la page de connexion.',
    en: 'Log in to your Chorus Pro account. The assistant never reads or fills the login page.',
  },
  step1Target: { fr: 'le bouton « Se connecter »', en: 'the “Se connecter” button' },
  step2Title: { fr: 'Ouvrir « Factures de travaux »', en: 'Open “Factures de travaux”' },
  step2Text: {
    fr: 'Ouvrez le domaine Facturation (« Accéder au domaine ») si ses applications ne sont pas affichées, puis l’application « Factures de travaux » avec « Accéder ».',
    en: 'Open the Facturation domain (“Accéder au domaine”) if its applications are not shown, then the “Factures de travaux” application with “Accéder”.',
  },
  step2Target: {
    fr: 'la tuile « Factures de travaux » et son bouton « Accéder »',
    en: 'the “Factures de travaux” tile and its “Accéder” button',
  },
  step3Title: { fr: 'Aller dans « Rechercher »', en: 'Go to “Rechercher”' },
  step3Text: {
    fr: 'Ouvrez l’onglet « Rechercher » de l’espace Factures de travaux.',
    en: 'Open the “Rechercher” tab of the works-invoice space.',
  },
  step3Target: { fr: 'l’onglet « Rechercher »', en: 'the “Rechercher” tab' },
  step4Title: { fr: 'Rôle « Maîtrise d’œuvre » et structure', en: 'Role “Maîtrise d’œuvre” and structure' },
  step4Text: {
    fr: 'Choisissez le rôle « Maîtrise d’œuvre », puis votre structure dans la liste si Chorus Pro la demande.',
    en: 'Choose the role “Maîtrise d’œuvre”, then your structure in the list if Chorus Pro asks for it.',
  },
  step4Target: { fr: 'le choix du rôle « Maîtrise d’œuvre »', en: 'the “Maîtrise d’œuvre” role choice' },
  step5Title: { fr: 'Lancer la recherche', en: 'Search' },
  step5Text: {
    fr: 'Ajoutez des critères si vous le souhaitez (facultatif), puis cliquez sur « Rechercher ».',
    en: 'Add criteria if you wish (optional), then click “Rechercher”.',
  },
  step5Target: { fr: 'le bouton « Rechercher »', en: 'the “Rechercher” button' },
  step6Title: { fr: 'Télécharger la facture', en: 'Download the invoice' },
  step6Text: {
    fr: 'Dans la liste, cliquez sur l’icône de téléchargement tout à droite de la ligne de la facture.',
    en: 'In the list, click the download icon at the far right of the invoice’s row.',
  },
  step6Why: {
    fr: 'Indispensable : Chorus Pro ne reprend pas la facture de l’entreprise dans votre état d’acompte, vous devrez la joindre vous-même à l’étape 18.',
    en: 'Essential: Chorus Pro does not carry the contractor’s invoice into your payment certificate; you will attach it yourself at step 18.',
  },
  step6Target: { fr: 'l’icône de téléchargement au bout de la ligne', en: 'the download icon at the end of the row' },
  step7Title: { fr: 'PDF, sans pièces jointes complémentaires', en: 'PDF, without supplementary attachments' },
  step7Text: {
    fr: 'Choisissez le format PDF et « Non » pour les pièces jointes complémentaires, puis cliquez sur « Télécharger ».',
    en: 'Choose the PDF format and “Non” for supplementary attachments, then click “Télécharger”.',
  },
  step7Target: { fr: 'la fenêtre de téléchargement', en: 'the download window' },
  step8Title: { fr: 'Ouvrir la facture', en: 'Open the invoice' },
  step8Text: {
    fr: 'Cliquez sur le numéro de la facture, au milieu de sa ligne.',
    en: 'Click the invoice number, in the middle of its row.',
  },
  step8Target: { fr: 'le numéro de la facture dans la liste', en: 'the invoice number in the list' },
  step9Title: { fr: 'Vérifier avant tout refus', en: 'Check before any refusal' },
  step9Text: {
    fr: 'Plusieurs actions sont proposées. Ne refusez la facture que si elle ne vous est pas destinée (mauvais destinataire, SIRET ou service, doublon). Sinon, cliquez sur « Traiter » pour ajouter votre certificat de paiement.',
    en: 'Several actions are offered. Only refuse the invoice if it is not meant for you (wrong recipient, SIRET or service, duplicate). Otherwise, click “Traiter” to add your payment certificate.',
  },
  step9Why: {
    fr: 'Un montant erroné n’est jamais un motif de refus : vous saisirez les montants que vous acceptez dans votre état d’acompte.',
    en: 'A wrong amount is never a reason to refuse: you enter the amounts you accept in your payment certificate.',
  },
  step9Target: { fr: 'les actions de la facture', en: 'the invoice’s actions' },
  step10Title: { fr: 'Traiter la facture', en: 'Process the invoice' },
  step10Text: {
    fr: 'Cliquez sur « Traiter » pour ajouter votre certificat de paiement.',
    en: 'Click “Traiter” to add your payment certificate.',
  },
  step10Target: { fr: 'le bouton « Traiter »', en: 'the “Traiter” button' },
  step11Title: { fr: 'Choisir le certificat de paiement', en: 'Choose the payment certificate' },
  step11Text: {
    fr: 'Dans « Choix du fichier à importer », cliquez sur l’icône à droite et choisissez votre certificat de paiement (et les autres pièces utiles).',
    en: 'In “Choix du fichier à importer”, click the icon on the right and choose your payment certificate (and any other needed files).',
  },
  step11Target: {
    fr: 'le sélecteur de fichier « Choix du fichier à importer »',
    en: 'the “Choix du fichier à importer” file picker',
  },
  step12Title: { fr: 'Importer le fichier', en: 'Import the file' },
  step12Text: { fr: 'Une fois le fichier choisi, cliquez sur « Importer ».', en: 'Once the file is chosen, click “Importer”.' },
  step12Target: { fr: 'le bouton « Importer »', en: 'the “Importer” button' },
  step13Title: { fr: 'Cadre de facturation', en: 'Billing framework' },
  step13Text: {
    fr: 'Vérifiez le format de dépôt et choisissez le cadre de facturation, en général A15 (état d’acompte déposé par une MOE). Indiquez la structure et le service s’ils sont demandés.',
    en: 'Check the deposit format and choose the billing framework, usually A15 (payment certificate deposited by the MOE). Give the structure and service if asked.',
  },
  step13Target: { fr: 'la liste « Cadre de facturation »', en: 'the “Cadre de facturation” list' },
  step14Title: { fr: 'Continuer', en: 'Continue' },
  step14Text: { fr: 'Cliquez sur « Continuer ».', en: 'Click “Continuer”.' },
  step14Target: { fr: 'le bouton « Continuer »', en: 'the “Continuer” button' },
  step15Title: { fr: 'Relire le formulaire pré-rempli', en: 'Review the pre-filled form' },
  step15Text: {
    fr: 'Chorus Pro a repris les destinataires et les montants de l’entreprise. Il reste surtout le cadre « Références » à remplir, en commençant par le numéro.',
    en: 'Chorus Pro carried over the recipients and the contractor’s amounts. The “Références” block is what remains to fill, starting with the number.',
  },
  step15Target: { fr: 'le cadre « Références »', en: 'the “Références” block' },
  step16Title: { fr: 'Références : numéro et date', en: 'References: number and date' },
  step16Text: {
    fr: 'Indiquez le numéro de votre état d’acompte (par exemple le numéro de l’entreprise suivi de « EA ») et sa date (jj/mm/aaaa).',
    en: 'Enter your certificate’s number (for instance the contractor’s number followed by “EA”) and its date (dd/mm/yyyy).',
  },
  step16Target: { fr: 'le champ « Numéro de facture »', en: 'the “Numéro de facture” field' },
  step17Title: { fr: 'Montants totaux', en: 'Total amounts' },
  step17Text: {
    fr: 'Comparez les montants avec votre certificat et corrigez-les si besoin. Une fois justes, joignez la facture de l’entreprise : « Ajouter » dans « Pièces jointes ».',
    en: 'Compare the amounts with your certificate and correct them if needed. Once right, attach the contractor’s invoice: “Ajouter” under “Pièces jointes”.',
  },
  step17Why: {
    fr: 'Les décimales s’écrivent avec une virgule, jamais avec un point : 1234,56.',
    en: 'Decimals take a comma, never a point: 1234,56.',
  },
  step17Target: { fr: 'le cadre « Montants totaux »', en: 'the “Montants totaux” block' },
  step18Title: { fr: 'Joindre la facture de l’entreprise', en: 'Attach the contractor’s invoice' },
  step18Text: {
    fr: 'Dans le cadre « Pièces jointes », cliquez sur « Ajouter ».',
    en: 'In the “Pièces jointes” block, click “Ajouter”.',
  },
  step18Why: {
    fr: 'La facture de travaux n’est pas reprise par Chorus Pro : sans elle, la maîtrise d’ouvrage ne l’aura pas.',
    en: 'Chorus Pro does not carry the works invoice over: without it, the buyer will not have it.',
  },
  step18Target: { fr: 'le bouton « Ajouter » des pièces jointes', en: 'the attachments’ “Ajouter” button' },
  step19Title: { fr: 'Choisir la facture téléchargée', en: 'Choose the downloaded invoice' },
  step19Text: {
    fr: 'Cliquez sur l’icône à droite et choisissez le PDF de la facture téléchargé à l’étape 7.',
    en: 'Click the icon on the right and choose the invoice PDF downloaded at step 7.',
  },
  step19Target: { fr: 'le sélecteur de fichier de la fenêtre', en: 'the window’s file picker' },
  step20Title: { fr: 'Téléverser le fichier', en: 'Upload the file' },
  step20Text: {
    fr: 'Cliquez sur « Téléverser » pour envoyer le fichier choisi dans la fenêtre.',
    en: 'Click “Téléverser” to upload the chosen file into the window.',
  },
  step20Target: { fr: 'le bouton « Téléverser »', en: 'the “Téléverser” button' },
  step21Title: { fr: 'Désignation « Facture », type « Document annexe »', en: 'Designation “Facture”, type “Document annexe”' },
  step21Text: {
    fr: 'Désignation : « Facture » ; type de pièce jointe : « Document annexe ». Cliquez sur « Ajouter », puis sur « Fermer ».',
    en: 'Designation: “Facture”; attachment type: “Document annexe”. Click “Ajouter”, then “Fermer”.',
  },
  step21Target: {
    fr: 'les champs « Désignation » et « Type de pièce jointe »',
    en: 'the “Désignation” and “Type de pièce jointe” fields',
  },
  step22Title: { fr: 'Valider et envoyer', en: 'Validate and send' },
  step22Text: {
    fr: 'Cliquez sur « Valider et envoyer ». « Enregistrer » garde seulement un brouillon : rien n’est envoyé.',
    en: 'Click “Valider et envoyer”. “Enregistrer” only keeps a draft: nothing is sent.',
  },
  step22Target: { fr: 'le bouton « Valider et envoyer »', en: 'the “Valider et envoyer” button' },
  step23Title: { fr: 'Confirmer l’envoi', en: 'Confirm sending' },
  step23Text: {
    fr: 'Dans la fenêtre « Confirmation d’envoi », cliquez sur « Confirmer et envoyer ».',
    en: 'In the “Confirmation d’envoi” window, click “Confirmer et envoyer”.',
  },
  step23Target: { fr: 'le bouton « Confirmer et envoyer »', en: 'the “Confirmer et envoyer” button' },

  cardStep: { fr: 'Étape $N$/$TOTAL$', en: 'Step $N$/$TOTAL$' },
  cardDone: { fr: 'C’est fait', en: 'Done' },
  cardSkip: { fr: 'Passer', en: 'Skip' },
  cardHide: { fr: 'Masquer', en: 'Hide' },
  cardHideHint: { fr: 'Masquer l’assistant sur cette page (Échap)', en: 'Hide the assistant on this page (Esc)' },
  cardLabel: { fr: 'Assistant MOE Chorus Pro', en: 'Chorus Pro MOE assistant' },
  cardNotFound: {
    fr: 'Je ne trouve pas $TARGET$ sur cette page. Chorus Pro a peut-être changé : cherchez-le vous-même, le reste de l’assistant continue de fonctionner.',
    en: 'I cannot find $TARGET$ on this page. Chorus Pro may have changed: look for it yourself; the rest of the assistant keeps working.',
  },
  cardOpenFirst: {
    fr: 'D’abord, ouvrez « $NAME$ », surligné : la suite de l’étape y est repliée.',
    en: 'First, open “$NAME$” (highlighted): the rest of this step is folded inside it.',
  },
  cardOpenFirstUnnamed: {
    fr: 'D’abord, ouvrez la section surlignée : la suite de l’étape y est repliée.',
    en: 'First, open the highlighted section: the rest of this step is folded inside it.',
  },
  cardPageName: {
    fr: 'Sur cette page, son libellé est « $NAME$ ».',
    en: 'On this page, it reads “$NAME$”.',
  },
  cardOtherScreen: { fr: 'Cette étape se fait sur un autre écran.', en: 'This step happens on another screen.' },
  cardLogin: {
    fr: 'Connectez-vous à Chorus Pro, puis l’assistant vous guidera. Il ne lit ni ne remplit jamais cette page.',
    en: 'Log in to Chorus Pro, then the assistant will guide you. It never reads or fills this page.',
  },
  cardSent: {
    fr: 'État d’acompte envoyé. Pour la facture suivante, revenez à la recherche.',
    en: 'Payment certificate sent. For the next invoice, go back to the search.',
  },
  cardInvoice: { fr: 'Facture $NUMBER$', en: 'Invoice $NUMBER$' },
  noteNotListed: {
    fr: 'La facture $NUMBER$, celle que vous traitez, n’est pas dans cette liste : elle est peut-être sur une autre page des résultats. Sinon, cherchez-la par son numéro dans les critères de recherche.',
    en: 'Invoice $NUMBER$, the one you are processing, is not in this list: it may be on another page of results. Otherwise, search for it by its number in the search criteria.',
  },
  noteDownloadClosed: {
    fr: 'La fenêtre de téléchargement s’est fermée sans que la facture soit téléchargée : rouvrez-la par l’icône de sa ligne.',
    en: 'The download window closed without the invoice being downloaded: open it again with the icon on its row.',
  },
  noteNotDownloaded: {
    fr: 'Vous n’avez pas encore téléchargé la facture de l’entreprise (étapes 6 et 7) : il vous la faudra à l’étape 19. Téléchargez-la depuis la liste des factures.',
    en: 'You have not downloaded the contractor’s invoice yet (steps 6 and 7): you will need it at step 19. Download it from the list of invoices.',
  },
  cardAmountsRead: { fr: 'Montants lus sur la page', en: 'Amounts read on the page' },
  announceStep: { fr: 'Étape $N$ : $TITLE$', en: 'Step $N$: $TITLE$' },

  autoUndo: { fr: 'Annuler', en: 'Undo' },
  autoUndone: { fr: 'Choix annulé.', en: 'Choice undone.' },
  autoUndoNone: {
    fr: 'Ce choix ne peut pas revenir à « aucun » sur cette page : choisissez vous-même l’option voulue.',
    en: 'This choice cannot go back to “none” on this page: choose the option you want yourself.',
  },
  autoUndoDrawn: {
    fr: 'Cette liste ne peut pas revenir à vide : choisissez vous-même la valeur voulue.',
    en: 'This list cannot go back to empty: choose the value you want yourself.',
  },
  autoRoleMoe: { fr: 'J’ai choisi le rôle « Maîtrise d’œuvre ».', en: 'I chose the role “Maîtrise d’œuvre”.' },
  autoStructure: { fr: 'J’ai choisi votre seule structure : $NAME$.', en: 'I chose your only structure: $NAME$.' },
  autoSelect2Lag: { fr: 'La liste affichée peut tarder à se mettre à jour.', en: 'The list shown may take a moment to update.' },
  autoExportPdf: { fr: 'J’ai choisi le format PDF.', en: 'I chose the PDF format.' },
  autoExportNoAttachments: {
    fr: 'J’ai choisi « Non » pour les pièces jointes complémentaires.',
    en: 'I chose “Non” for supplementary attachments.',
  },
  autoCadre: { fr: 'J’ai choisi le cadre $CADRE$.', en: 'I chose the framework $CADRE$.' },
  autoDesignation: { fr: 'J’ai écrit « Facture » comme désignation.', en: 'I wrote “Facture” as the designation.' },
  autoType: { fr: 'J’ai choisi le type « Document annexe ».', en: 'I chose the type “Document annexe”.' },
  autoDisabled: {
    fr: 'Je n’ai pas pu faire ce choix : $WHAT$ reste désactivé. Faites-le vous-même si besoin.',
    en: 'I could not make this choice: $WHAT$ stays disabled. Make it yourself if needed.',
  },
  autoMissing: {
    fr: 'Je ne trouve pas l’option $WHAT$ : choisissez-la vous-même.',
    en: 'I cannot find the option $WHAT$: choose it yourself.',
  },
  autoAmbiguous: {
    fr: 'Plusieurs options ressemblent à $WHAT$ : choisissez vous-même.',
    en: 'Several options look like $WHAT$: choose yourself.',
  },
  warnCadreNotMoe: {
    fr: 'Le cadre $CADRE$ n’est pas un cadre de maîtrise d’œuvre. Pour votre état d’acompte, choisissez $USUAL$.',
    en: 'Framework $CADRE$ is not a project-manager framework. For your payment certificate, choose $USUAL$.',
  },
  cadreChooseUsual: { fr: 'Choisir $CADRE$', en: 'Choose $CADRE$' },

  amountUseComma: { fr: 'Utilisez une virgule : $FIX$', en: 'Use a comma: $FIX$' },
  amountEnglish: { fr: 'Écriture anglaise : en français, $FIX$', en: 'English notation: in French, $FIX$' },
  amountDotted: { fr: 'Pas de point entre les milliers : $FIX$', en: 'No dots between thousands: $FIX$' },
  amountAmbiguous: {
    fr: '« $TEXT$ » peut se lire de deux façons. Lequel voulez-vous dire ?',
    en: '“$TEXT$” can be read two ways. Which do you mean?',
  },
  amountTooManyDecimals: { fr: 'Deux décimales au plus : $FIX$', en: 'Two decimals at most: $FIX$' },
  amountSuffix: {
    fr: 'Le montant seul, sans « € », « HT » ni « TTC » : $FIX$',
    en: 'The amount alone, without “€”, “HT” or “TTC”: $FIX$',
  },
  amountNotANumber: { fr: 'Ce n’est pas un montant. Exemple : 1234,56', en: 'This is not an amount. Example: 1234,56' },
  amountEmpty: { fr: 'Montant manquant.', en: 'Amount missing.' },
  amountOutOfRange: { fr: 'Montant trop grand pour Chorus Pro.', en: 'Amount too large for Chorus Pro.' },
  amountApply: { fr: 'Corriger en $FIX$', en: 'Change to $FIX$' },
  amountReadingThousands: { fr: '$FIX$ (milliers)', en: '$FIX$ (thousands)' },
  amountReadingDecimal: { fr: '$FIX$ (décimales)', en: '$FIX$ (decimals)' },
  totalsMismatch: { fr: 'HT + TVA = $EXPECTED$, mais le TTC indique $TTC$.', en: 'HT + VAT = $EXPECTED$, but TTC shows $TTC$.' },
  totalsRate: {
    fr: 'La TVA fait $RATE$ % du HT : ce n’est pas un taux légal (20, 10, 5,5, 8,5 ou 2,1 %, ou 0 en autoliquidation).',
    en: 'VAT is $RATE$ % of HT: not a legal rate (20, 10, 5.5, 8.5 or 2.1 %, or 0 with reverse charge).',
  },

  popupNoInvoice: { fr: 'Aucune facture choisie pour l’instant', en: 'No invoice chosen yet' },
  popupInvoice: { fr: 'Facture $NUMBER$', en: 'Invoice $NUMBER$' },
  popupRestart: { fr: 'Recommencer', en: 'Start over' },
  popupOpenPortal: { fr: 'Ouvrir Chorus Pro', en: 'Open Chorus Pro' },
  popupOptions: { fr: 'Réglages', en: 'Settings' },
  deadline: { fr: 'À envoyer avant le $DATE$ ($LEFT$)', en: 'To send by $DATE$ ($LEFT$)' },
  deadlineDaysLeft: { fr: 'encore $N$ j', en: '$N$ d left' },
  deadlineToday: { fr: 'aujourd’hui', en: 'today' },
  deadlineLate: { fr: 'en retard de $N$ j', en: '$N$ d late' },
  deadlineUnknown: {
    fr: 'Délai de 7 jours : ouvrez la facture pour que je lise sa date de mise à disposition.',
    en: '7-day deadline: open the invoice so that I can read its availability date.',
  },
  popupSent: {
    fr: 'État d’acompte envoyé : rien d’autre à faire pour cette facture.',
    en: 'Payment certificate sent: nothing more to do for this invoice.',
  },
  popupOtherInvoices: { fr: 'Autres factures', en: 'Other invoices' },
  popupReset: {
    fr: 'Vos données enregistrées étaient illisibles : elles ont été remises à zéro.',
    en: 'Your saved data could not be read: it was reset.',
  },

  optionsTitle: { fr: 'Réglages de l’assistant MOE', en: 'MOE assistant settings' },
  optionsDefaultCadre: { fr: 'Cadre de facturation par défaut', en: 'Default billing framework' },
  optionsAutomations: { fr: 'Choix faits pour vous', en: 'Choices made for you' },
  optionsSaved: { fr: 'Enregistré.', en: 'Saved.' },
  optionRoleMoe: { fr: 'Rôle « Maîtrise d’œuvre » (étape 4)', en: 'Role “Maîtrise d’œuvre” (step 4)' },
  optionStructure: { fr: 'Structure unique (étape 4)', en: 'Only structure (step 4)' },
  optionExportPdf: { fr: 'Format PDF (étape 7)', en: 'PDF format (step 7)' },
  optionExportNoAttachments: { fr: 'Sans pièces jointes complémentaires (étape 7)', en: 'No supplementary attachments (step 7)' },
  optionCadre: { fr: 'Cadre de facturation (étape 13)', en: 'Billing framework (step 13)' },
  optionAttachmentDesignation: { fr: 'Désignation « Facture » (étape 21)', en: 'Designation “Facture” (step 21)' },
  optionAttachmentType: { fr: 'Type « Document annexe » (étape 21)', en: 'Type “Document annexe” (step 21)' },
  optionAmountCheck: { fr: 'Vérification des montants (étape 17)', en: 'Amount checks (step 17)' },

  // Issue 10: the card stays out of the page's way; keyboard, screen readers, language.
  optionsLanguage: { fr: 'Langue', en: 'Language' },
  optionsLanguageAuto: { fr: 'Celle du navigateur', en: 'The browser’s' },
  optionsLanguageFr: { fr: 'Français', en: 'Français (French)' },
  optionsLanguageEn: { fr: 'English (anglais)', en: 'English' },
  cardShortcutHint: {
    fr: 'Alt+Maj+J : aller à l’assistant. Échap : le replier.',
    en: 'Alt+Shift+J: go to the assistant. Esc: fold it.',
  },
  cardPill: { fr: 'Étape $N$', en: 'Step $N$' },
  cardPillHint: { fr: 'Ouvrir l’assistant (étape $N$)', en: 'Open the assistant (step $N$)' },
  // Issue 14: the diagnostic to send, settings (help contact, reset, export / import).
  diagnosticCopy: { fr: 'Copier le diagnostic', en: 'Copy the diagnostic' },
  diagnosticCopied: {
    fr: 'Diagnostic copié : collez-le dans votre message. Il décrit la page sans aucun montant, numéro ni nom.',
    en: 'Diagnostic copied: paste it into your message. It describes the page with no amount, number or name.',
  },
  diagnosticNotCopied: {
    fr: 'Copie impossible ici : sélectionnez le texte ci-dessous et copiez-le.',
    en: 'Could not copy here: select the text below and copy it.',
  },
  diagnosticNoPage: {
    fr: 'Aucune page de Chorus Pro ouverte : ouvrez celle qui pose problème, puis recommencez.',
    en: 'No Chorus Pro page open: open the one that goes wrong, then try again.',
  },
  diagnosticShow: { fr: 'Voir ce qui est copié', en: 'See what is copied' },
  cardHelp: { fr: 'Besoin d’aide : $CONTACT$', en: 'Need help: $CONTACT$' },
  optionsHelpTitle: { fr: 'Contact d’aide de votre organisation', en: 'Your organisation’s help contact' },
  optionsHelpHint: {
    fr: 'Affiché au pied de la fiche de l’assistant, pour les questions que le tutoriel renvoie à votre service achats.',
    en: 'Shown at the foot of the assistant’s card, for the questions the tutorial sends to your purchasing service.',
  },
  optionsHelpName: { fr: 'Nom ou service', en: 'Name or department' },
  optionsHelpPhone: { fr: 'Téléphone', en: 'Phone' },
  optionsHelpEmail: { fr: 'Courriel', en: 'E-mail' },
  optionsDataTitle: { fr: 'Vos données', en: 'Your data' },
  optionsReset: { fr: 'Effacer la progression de toutes les factures', en: 'Clear the progress of every invoice' },
  optionsResetConfirm: { fr: 'Oui, tout effacer', en: 'Yes, clear everything' },
  optionsResetCancel: { fr: 'Annuler', en: 'Cancel' },
  optionsResetDone: { fr: 'Progression effacée. Vos réglages sont conservés.', en: 'Progress cleared. Your settings are kept.' },
  optionsExport: { fr: 'Exporter les réglages', en: 'Export the settings' },
  optionsImport: { fr: 'Importer des réglages', en: 'Import settings' },
  optionsImported: { fr: 'Réglages importés.', en: 'Settings imported.' },
  optionsImportBad: {
    fr: 'Ce fichier n’est pas un export des réglages de l’assistant : rien n’a changé.',
    en: 'This file is not an export of the assistant’s settings: nothing changed.',
  },
  // Issue 12: guards and deadlines.
  guardRefuseTitle: { fr: 'Refuser arrête tout le circuit de la facture', en: 'Refusing stops the whole billing circuit' },
  guardRefuseText: {
    fr: 'Un refus ne sert qu’aux erreurs d’acheminement : mauvais destinataire, SIRET ou service, doublon. Un désaccord sur les montants ne justifie pas un refus (R2192-34) : traitez la facture et indiquez dans votre état d’acompte les montants que vous acceptez.',
    en: 'A refusal is only for routing errors: wrong recipient, SIRET or service, a duplicate. A disagreement on amounts does not justify a refusal (R2192-34): process the invoice and enter in your payment certificate the amounts you accept.',
  },
  guardRefuseCancel: { fr: 'Corriger les montants à la place', en: 'Correct the amounts instead' },
  guardRefuseProceed: { fr: 'Continuer vers le refus', en: 'Go on to the refusal' },
  guardRefuseAfter: {
    fr: 'Cliquez à nouveau sur le bouton de refus pour continuer : rien n’a été envoyé.',
    en: 'Click the refusal button again to go on: nothing was sent.',
  },
  guardSendTitle: { fr: 'Il manque quelque chose avant l’envoi', en: 'Something is missing before sending' },
  guardSendText: {
    fr: 'Une fois envoyé, l’état d’acompte ne peut plus être modifié. Voici ce qui n’est pas prêt :',
    en: 'Once sent, the payment certificate can no longer be changed. This is not ready yet:',
  },
  guardSendCancel: { fr: 'Compléter d’abord', en: 'Complete it first' },
  guardSendProceed: { fr: 'Envoyer quand même', en: 'Send anyway' },
  guardSendAfter: {
    fr: 'Cliquez à nouveau sur « Valider et envoyer » pour continuer.',
    en: 'Click “Valider et envoyer” again to go on.',
  },
  refuseAmountReason: {
    fr: 'Une erreur de montant ne se refuse pas : fermez cette fenêtre, traitez la facture et saisissez les montants que vous acceptez dans votre état d’acompte.',
    en: 'An amount error is not a reason to refuse: close this window, process the invoice and enter the amounts you accept in your payment certificate.',
  },
  refusingNote: {
    fr: 'La fenêtre de refus est ouverte : choisissez le motif qui s’applique. Si la facture vous est bien destinée, fermez-la sans confirmer, puis cliquez sur « Traiter ».',
    en: 'The refusal window is open: choose the reason that applies. If the invoice is meant for you, close it without confirming, then click “Traiter”.',
  },
  sendCheckReferencesOk: { fr: 'Numéro et date renseignés', en: 'Number and date filled in' },
  sendCheckReferencesKo: { fr: 'Numéro ou date à renseigner', en: 'Number or date missing' },
  sendCheckCadreOk: { fr: 'Cadre de maîtrise d’œuvre', en: 'A project manager’s billing framework' },
  sendCheckCadreKo: {
    fr: 'Le cadre n’est pas un cadre de maîtrise d’œuvre (A15 pour un état d’acompte)',
    en: 'The billing framework is not a project manager’s one (A15 for a payment certificate)',
  },
  sendCheckAmountsOk: { fr: 'Montants valides et cohérents', en: 'Amounts valid and consistent' },
  sendCheckAmountsKo: { fr: 'Montants invalides ou incohérents', en: 'Amounts invalid or inconsistent' },
  sendCheckAttachmentOk: {
    fr: 'Pièce jointe « Facture » de type « Document annexe »',
    en: 'Attachment “Facture” of type “Document annexe”',
  },
  sendCheckAttachmentKo: {
    fr: 'Pas de pièce jointe « Facture » de type « Document annexe »',
    en: 'No attachment “Facture” of type “Document annexe”',
  },
  sendCheckDownloadedOk: { fr: 'Facture de l’entreprise téléchargée', en: 'Contractor’s invoice downloaded' },
  sendCheckDownloadedKo: {
    fr: 'Facture de l’entreprise pas encore téléchargée',
    en: 'Contractor’s invoice not downloaded yet',
  },
  draftNotSent: {
    fr: 'Enregistré en brouillon : l’état d’acompte n’est pas envoyé tant que vous n’avez pas cliqué sur « Valider et envoyer » puis « Confirmer et envoyer ».',
    en: 'Saved as a draft: the payment certificate is not sent until you click “Valider et envoyer” then “Confirmer et envoyer”.',
  },
  facturxBatch: {
    fr: 'Votre fichier est un Factur-X (PDF/A-3) : Chorus Pro l’a pris comme un dépôt par lots et saute le cadre de facturation. Pour le dépôt habituel, déposez un PDF simple (exporté sans Factur-X) puis choisissez le cadre A15.',
    en: 'Your file is a Factur-X (PDF/A-3): Chorus Pro took it as a batch deposit and skips the billing framework. For the usual deposit, upload a plain PDF (exported without Factur-X), then choose framework A15.',
  },
  rowNotStarted: { fr: 'Pas commencée', en: 'Not started' },
  rowStep: { fr: 'Étape $N$', en: 'Step $N$' },
  rowSent: { fr: 'Envoyée', en: 'Sent' },
  rowElapsed: { fr: 'J+$N$ / $DAYS$', en: 'D+$N$ / $DAYS$' },
  rowDueToday: { fr: 'à envoyer aujourd’hui', en: 'due today' },
  rowLate: { fr: 'en retard', en: 'late' },
  popupInProgress: { fr: 'En cours, la plus urgente d’abord', en: 'In progress, most urgent first' },
  popupSentFold: { fr: 'Envoyées ($N$)', en: 'Sent ($N$)' },
  popupDraft: {
    fr: 'Brouillon enregistré, pas encore envoyé : terminez par « Valider et envoyer » puis « Confirmer et envoyer ».',
    en: 'Draft saved, not sent yet: finish with “Valider et envoyer” then “Confirmer et envoyer”.',
  },
  popupNoDeadline: { fr: 'date de mise à disposition inconnue', en: 'availability date unknown' },
  optionsMoeDays: {
    fr: 'Délai de la maîtrise d’œuvre (jours, 7 par défaut, 15 au plus)',
    en: 'Project manager’s delay (days, 7 by default, 15 at most)',
  },

  // issue 14 — picker: « Montrer l'élément », the elements shown in the options, « Copier le diagnostic » on the card.
  pickShow: { fr: 'Montrer l’élément', en: 'Show the element' },
  pickWrong: { fr: 'Ce n’est pas le bon élément', en: 'This is not the right element' },
  pickWrongHint: {
    fr: 'Montrez à l’assistant l’élément qu’il aurait dû mettre en évidence : il s’en souviendra pour cette étape.',
    en: 'Show the assistant the element it should have highlighted: it will remember it for this step.',
  },
  pickInstruction: {
    fr: 'Cliquez sur $TARGET$ dans la page. Ce clic ne sera pas transmis au portail. Échap pour annuler.',
    en: 'Click $TARGET$ on the page. This click is not passed on to the portal. Esc to cancel.',
  },
  pickCancel: { fr: 'Annuler', en: 'Cancel' },
  pickUnusable: {
    fr: 'L’assistant ne sait pas retrouver cet élément à coup sûr : essayez sur le bouton ou le champ lui-même.',
    en: 'The assistant cannot find that element again reliably: try on the button or field itself.',
  },
  pickSaved: {
    fr: 'C’est noté : l’assistant utilisera cet élément pour cette étape.',
    en: 'Noted: the assistant will use this element for this step.',
  },
  pickLost: {
    fr: 'L’élément que vous aviez montré pour cette étape n’est plus sur la page : l’assistant l’oublie et cherche de nouveau par lui-même.',
    en: 'The element you had shown for this step is no longer on the page: the assistant forgets it and looks for it on its own again.',
  },
  cardDiagnosticCopied: {
    fr: 'Diagnostic copié : collez-le dans votre message.',
    en: 'Diagnostic copied: paste it into your message.',
  },
  cardDiagnosticSelect: {
    fr: 'Copie impossible ici : le texte est sélectionné, copiez-le avec Ctrl+C.',
    en: 'Copying is not possible here: the text is selected, copy it with Ctrl+C.',
  },
  optionsPickedTitle: { fr: 'Éléments que vous avez montrés', en: 'Elements you showed' },
  optionsPickedNone: {
    fr: 'Aucun : l’assistant trouve seul les éléments de chaque étape.',
    en: 'None: the assistant finds every step’s element on its own.',
  },
  optionsPickedStep: { fr: 'Étape $N$', en: 'Step $N$' },
  optionsPickedReset: { fr: 'Réinitialiser', en: 'Reset' },
  optionsPickedResetAll: { fr: 'Tout réinitialiser', en: 'Reset all' },
  pickedById: { fr: 'l’élément d’identifiant « $ID$ »', en: 'the element with id “$ID$”' },
  pickedByLabel: { fr: 'le champ « $TEXT$ »', en: 'the field “$TEXT$”' },
  pickedByRole: { fr: '$ROLE$ « $NAME$ »', en: '$ROLE$ “$NAME$”' },
  pickedByName: { fr: 'le champ nommé « $NAME$ »', en: 'the field named “$NAME$”' },
  pickedByPath: { fr: 'l’élément placé en $PATH$', en: 'the element at $PATH$' },
  pickedRoleButton: { fr: 'le bouton', en: 'the button' },
  pickedRoleLink: { fr: 'le lien', en: 'the link' },
  pickedRoleTab: { fr: 'l’onglet', en: 'the tab' },
  pickedRoleRadio: { fr: 'le choix', en: 'the choice' },
  pickedRoleCheckbox: { fr: 'la case', en: 'the checkbox' },
  pickedRoleOption: { fr: 'l’option', en: 'the option' },
  // new messages: add them at the end
} satisfies Record<string, Text>;
