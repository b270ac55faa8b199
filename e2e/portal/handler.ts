// The replica portal as one request handler: (method, url, body) → response. Browser tests
// route the real origins to it (Playwright context.route, puppeteer request interception).
import {
  ATTACHMENT_TYPES,
  addOlderInvoices,
  CADRES,
  type Deposit,
  PortalModel,
  portalAcceptsAmount,
  type WorksInvoice,
} from './model.js';
import {
  CPRO,
  detailPage,
  formPage,
  framesPage,
  HOME_URL,
  homePage,
  IDP,
  LOGIN_URL,
  loginPage,
  notFoundPage,
  otherPage,
  otpPage,
  PORTAL,
  type RefuseWiring,
  searchPage,
  sentPage,
  uploadPage,
  WORKS,
  worksSpacePage,
} from './pages.js';
import * as alt from './pages-alt.js';
import { transformPage, type VariantSpec } from './variants.js';

export interface PortalRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array | null;
}

export interface PortalResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

function ok(body: string): PortalResponse {
  return { status: 200, headers: HTML, body };
}

function redirect(location: string): PortalResponse {
  return { status: 303, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

async function readForm(req: PortalRequest): Promise<FormData> {
  const type = req.headers['content-type'] ?? 'application/x-www-form-urlencoded';
  const body = req.body ? Buffer.from(req.body) : Buffer.alloc(0);
  return new Response(body, { headers: { 'content-type': type } }).formData();
}

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

// A file part counts by its name: Chromium's request interception passes the part's
// headers but not the file's bytes, so sizes are 0 there.
function files(form: FormData, name: string): File[] {
  return form.getAll(name).filter((v): v is File => typeof v !== 'string' && v.name !== '');
}

// A minimal, valid one-page PDF: what "Télécharger" sends back.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// The `spread` layout: full-width long pages, actions bottom-right, forms' buttons on the right.
const SPREAD_STYLE = `
main{max-width:none;padding-bottom:1600px}
.btn-toolbar{display:flex;justify-content:flex-end;gap:8px;background:#fff;padding:12px 24px;border-top:1px solid #ddd}
.panel-body{display:flow-root}
.panel-body>.btn,.panel-body>.form-row>.btn,.modal-dialog>.btn{float:right;margin-left:8px}
.tiles{justify-content:flex-end}
`;

/** The replica, in its own markup, or in the generated variant `spec` (variants.ts). */
export function createPortal(model = new PortalModel(), spec?: VariantSpec) {
  if (spec?.otherRows) addOlderInvoices(model, spec.otherRows);
  const isAlt = model.variant === 'alt';
  const screens = {
    worksSpace: () => (isAlt ? alt.worksSpacePage() : worksSpacePage(model)),
    search: (results: WorksInvoice[] | null, pageNo: number, errors: string[]) =>
      isAlt ? alt.searchPage(model, results, pageNo, errors) : searchPage(model, results, pageNo, errors),
    detail: (inv: WorksInvoice, notice = '', wiring?: RefuseWiring) =>
      isAlt ? alt.detailPage(inv, notice) : detailPage(inv, notice, wiring),
    upload: (inv: WorksInvoice, d: Deposit) => (isAlt ? alt.uploadPage(inv, d) : uploadPage(inv, d)),
    form: (inv: WorksInvoice, d: Deposit) => (isAlt ? alt.formPage(inv, d) : formPage(inv, d)),
  };

  async function handle(req: PortalRequest): Promise<PortalResponse> {
    const response = await route(req);
    if (model.layout !== 'spread' || typeof response.body !== 'string') return response;
    return { ...response, body: response.body.replace('</head>', `<style>${SPREAD_STYLE}</style></head>`) };
  }

  async function route(req: PortalRequest): Promise<PortalResponse> {
    const url = new URL(req.url);
    model.requests.push({ method: req.method, url: req.url });
    const path = url.pathname;
    const post = req.method === 'POST';

    if (url.origin === PORTAL) {
      if (path === '/aife_csm/login') return redirect(LOGIN_URL);
      if (path === '/navpage.do') return redirect(HOME_URL);
      if (path.startsWith('/aife_csm')) return ok(homePage(model));
      return ok(notFoundPage());
    }

    if (url.origin === 'https://idp.chorus-pro.gouv.fr') {
      if (!post) return ok(loginPage());
      const form = await readForm(req);
      if (url.searchParams.get('execution') === 'otp') {
        if (!model.awaitingSecondFactor || !/^\d{6}$/.test(text(form, 'otp'))) return ok(otpPage());
        model.awaitingSecondFactor = false;
        model.loggedIn = true;
        return redirect(`${PORTAL}/navpage.do`);
      }
      if (!text(form, 'username') || !text(form, 'password')) {
        return ok(loginPage('Adresse électronique ou mot de passe invalide.'));
      }
      model.awaitingSecondFactor = true;
      return ok(otpPage());
    }

    if (url.origin !== CPRO) return ok(notFoundPage());
    if (!model.loggedIn) return redirect(LOGIN_URL);

    // The application in frames (pages.ts framesPage): only a path of the application in its frame.
    if (path === '/cpp/cadre') {
      const src = url.searchParams.get('page') ?? '';
      return src.startsWith('/cpp/') ? ok(framesPage(src)) : ok(notFoundPage());
    }
    if (path === '/cpp/rechercheFactures') return ok(otherPage('Factures reçues'));
    if (path === '/cpp/facturesEmises') return ok(otherPage('Factures émises'));
    if (path === `${new URL(WORKS).pathname}/synthese` || path === `${new URL(WORKS).pathname}/deposer`) {
      return ok(screens.worksSpace());
    }
    const works = new URL(WORKS).pathname;

    if (path === `${works}/recherche`) {
      if (!post) {
        return ok(screens.search(model.criteria ? search() : null, 1, []));
      }
      const form = await readForm(req);
      const pageParam = text(form, 'listeResultats.page');
      if (!pageParam) {
        model.criteria = {
          role: text(form, 'listeResultats.critere.role'),
          structure: text(form, 'listeStructures.critere.idStructure'),
          numero: text(form, 'listeResultats.critere.numero'),
          statut: text(form, 'listeResultats.critere.etatCourant'),
        };
      }
      const errors: string[] = [];
      if (!model.criteria?.role) errors.push('Veuillez sélectionner un rôle.');
      else if (model.criteria.role !== 'FOURNISSEUR' && !model.criteria.structure) {
        errors.push('Veuillez sélectionner une structure.');
      }
      const pageNo = Math.max(1, Number(pageParam) || 1);
      if (model.criteria) model.searches.push({ ...model.criteria, page: pageNo });
      return ok(screens.search(errors.length ? null : search(), pageNo, errors));
    }

    if (path === `${works}/telecharger` && post) {
      const form = await readForm(req);
      const inv = model.invoice(text(form, 'idFactureTravaux'));
      if (!inv) return ok(notFoundPage());
      const format = text(form, 'format');
      model.downloads.push({
        invoiceId: inv.id,
        format,
        // A checkbox left unticked is not sent at all: that is « Non » (Spring's `_name` marker
        // says the box was on the form: variants.ts attachmentsToggle).
        withAttachments:
          text(form, 'avecPiecesJointesComplementaires') ||
          (format === 'PDF' && (isAlt || text(form, '_avecPiecesJointesComplementaires')) ? 'Non' : ''),
      });
      inv.telechargee = true;
      const ext = format === 'PIVOT' ? 'xml' : 'pdf';
      return {
        status: 200,
        headers: {
          'content-type': ext === 'pdf' ? 'application/pdf' : 'application/xml',
          'content-disposition': `attachment; filename="${inv.numero}.${ext}"`,
        },
        body: ext === 'pdf' ? PDF : '<Invoice/>',
      };
    }

    if (path === `${works}/consulter`) {
      const inv = model.invoice(url.searchParams.get('idFactureTravaux') ?? '');
      const wiring = url.searchParams.get('refuser') as RefuseWiring | null;
      return inv ? ok(screens.detail(inv, '', wiring ?? undefined)) : ok(notFoundPage());
    }

    if (path === `${works}/refuser` && post) {
      const form = await readForm(req);
      const inv = model.invoice(text(form, 'idFactureTravaux'));
      if (!inv) return ok(notFoundPage());
      const reason = text(form, 'motifRefus');
      // Since 19 Feb 2025 the portal no longer accepts a refusal over amounts (R2192-34).
      const accepted = reason !== '' && reason !== 'ERREUR_MONTANT';
      model.refusals.push({ invoiceId: inv.id, reason, comment: text(form, 'commentaire'), accepted });
      if (accepted) {
        inv.statut =
          reason === 'ERREUR_ACHEMINEMENT'
            ? "Refusée par la MOE pour erreur dans les données d'acheminement"
            : 'Refusée par la MOE pour autre motif';
      }
      return ok(screens.detail(inv, accepted ? 'La facture a été refusée.' : 'Le refus n’a pas été pris en compte.'));
    }

    if (path === `${works}/traiter`) {
      const inv = model.invoice(url.searchParams.get('idFactureTravaux') ?? '');
      if (!inv) return ok(notFoundPage());
      return redirect(`${WORKS}/depot?idDepot=${model.startDeposit(inv.id).id}`);
    }

    const deposit = model.deposits.get(url.searchParams.get('idDepot') ?? '');
    const depositInvoice = deposit ? model.invoice(deposit.invoiceId) : undefined;

    if (path === `${works}/depot` && deposit && depositInvoice) {
      if (!post) return ok(screens.upload(depositInvoice, deposit));
      const form = await readForm(req);
      deposit.errors = [];
      if (text(form, '_action') === 'importer') {
        const chosen = files(form, 'fichier');
        if (chosen.length === 0) deposit.errors.push('Veuillez sélectionner un fichier à importer.');
        // A Factur-X (PDF/A-3) switches the portal to batch deposit [C, user reports 2026];
        // the replica knows one by its name (Chromium's interception passes no file bytes).
        const facturx = chosen.find((f) => /factur-?x/i.test(f.name));
        if (facturx) {
          deposit.errors.push(
            'La facture que vous avez tenté de déposer est au format PDF/A3 (FACTUR-X) conçu pour déposer des factures par lots. Afin de revenir aux modalités de dépôt habituelles (sélection d’un cadre de facturation…), déposez une facture dans un autre format.',
          );
          return ok(screens.upload(depositInvoice, deposit));
        }
        for (const f of chosen) {
          deposit.certificate.push({ fileName: f.name, size: f.size });
          model.uploads.push({ depositId: deposit.id, kind: 'certificate', fileName: f.name, size: f.size });
        }
        return redirect(`${WORKS}/depot?idDepot=${deposit.id}`);
      }
      const chosen = text(form, 'cadreFacturation.code');
      // Cadres come as API codes (A15_ETAT_ACOMPTE_MOE) or short ones (A15).
      deposit.cadre = CADRES.find(([code]) => chosen !== '' && (code === chosen || code.startsWith(`${chosen}_`)))?.[0] ?? '';
      deposit.service = text(form, 'destinataire.service') || deposit.service;
      if (deposit.certificate.length === 0) deposit.errors.push('Veuillez importer le certificat de paiement.');
      if (!deposit.cadre) {
        deposit.errors.push('Veuillez sélectionner un cadre de facturation.');
      }
      if (deposit.errors.length) return ok(screens.upload(depositInvoice, deposit));
      return redirect(`${WORKS}/saisie?idDepot=${deposit.id}`);
    }

    if (path === `${works}/saisie` && deposit && depositInvoice) {
      if (deposit.sent) return ok(sentPage(deposit));
      if (!post) {
        const shown = screens.form(depositInvoice, deposit);
        deposit.errors = [];
        deposit.notice = '';
        return ok(shown);
      }
      const form = await readForm(req);
      keepDraft(deposit, form);
      const action = text(form, '_action');
      deposit.errors = [];
      if (action === 'televerserPJ') {
        const [file] = files(form, 'pieceJointe.fichier');
        if (file) {
          deposit.pendingAttachment = { fileName: file.name, size: file.size };
          model.uploads.push({ depositId: deposit.id, kind: 'attachment', fileName: file.name, size: file.size });
        } else deposit.errors.push('Veuillez sélectionner un fichier.');
        deposit.attachmentDialogOpen = true;
      } else if (action === 'ajouterPJ') {
        deposit.attachmentDialogOpen = true;
        // A window that asks for everything at once (variants.ts: attachOneStep) sends the file with « Ajouter ».
        const [file] = files(form, 'pieceJointe.fichier');
        if (file) {
          deposit.pendingAttachment = { fileName: file.name, size: file.size };
          model.uploads.push({ depositId: deposit.id, kind: 'attachment', fileName: file.name, size: file.size });
        }
        const designation = text(form, 'pieceJointe.designation').trim();
        const typeCode = text(form, 'pieceJointe.typeCode');
        const type = ATTACHMENT_TYPES.find(([code]) => typeCode !== '' && (code === typeCode || code.endsWith(`_${typeCode}`)));
        if (!deposit.pendingAttachment) deposit.errors.push('Veuillez téléverser un fichier.');
        if (!designation) deposit.errors.push('La désignation de la pièce jointe est obligatoire.');
        if (!type) deposit.errors.push('Le type de pièce jointe est obligatoire.');
        if (deposit.pendingAttachment && designation && type) {
          deposit.attachments.push({ ...deposit.pendingAttachment, designation, typeCode: type[0], typeLabel: type[1] });
          deposit.pendingAttachment = null;
        }
      } else if (action === 'enregistrer') {
        deposit.attachmentDialogOpen = false;
        model.drafts.push({ depositId: deposit.id, amounts: { ...deposit.amounts }, numero: deposit.numero, date: deposit.date });
        deposit.notice = 'Votre facture a été enregistrée en brouillon. Elle n’est pas envoyée.';
      } else if (action === 'envoyer') {
        deposit.attachmentDialogOpen = false;
        deposit.errors = validateForSending(deposit);
        if (deposit.errors.length === 0) {
          deposit.sent = true;
          depositInvoice.statut = 'Transmise à la MOA';
          model.sent.push({
            depositId: deposit.id,
            invoiceNumero: depositInvoice.numero,
            numero: deposit.numero,
            date: deposit.date,
            cadre: deposit.cadre,
            amounts: { ...deposit.amounts },
            attachments: deposit.attachments.map((a) => ({ ...a })),
            certificate: deposit.certificate.map((c) => c.fileName),
          });
          return redirect(`${WORKS}/confirmation?idDepot=${deposit.id}`);
        }
        model.rejectedSends.push({ depositId: deposit.id, errors: [...deposit.errors] });
      }
      // Errors are shown once, on the page this POST redirects to (post/redirect/get).
      return redirect(`${WORKS}/saisie?idDepot=${deposit.id}`);
    }

    if (path === `${works}/confirmation` && deposit?.sent) return ok(sentPage(deposit));
    return ok(notFoundPage());
  }

  function search() {
    const c = model.criteria;
    if (c?.role !== 'MOE') return [];
    return model.invoices.filter(
      (i) =>
        i.structureMoeId === c.structure && (!c.numero || i.numero.includes(c.numero)) && (!c.statut || i.statut === c.statut),
    );
  }

  function keepDraft(deposit: Deposit, form: FormData) {
    deposit.numero = text(form, 'references.numeroFacture');
    deposit.date = text(form, 'references.dateFacture');
    deposit.amounts = {
      ht: text(form, 'montants.montantHtTotal'),
      tva: text(form, 'montants.montantTVA'),
      ttc: text(form, 'montants.montantTtcTotal'),
      apayer: text(form, 'montants.montantAPayer'),
    };
  }

  async function handleVariant(req: PortalRequest): Promise<PortalResponse> {
    const res = await handle(req);
    const origin = new URL(req.url).origin;
    // The login pages are Keycloak's, not the portal's: the walk types into their ids.
    if (!spec || typeof res.body !== 'string' || !res.headers['content-type']?.startsWith('text/html') || origin === IDP) {
      return res;
    }
    return { ...res, body: transformPage(res.body, spec, { keepIds: origin === PORTAL }) };
  }

  return { model, handle: spec ? handleVariant : handle };
}

function validateForSending(d: Deposit): string[] {
  const errors: string[] = [];
  if (!d.numero.trim()) errors.push('Le numéro de facture est obligatoire.');
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(d.date.trim())) errors.push('La date de facture doit être au format jj/mm/aaaa.');
  const labels: [keyof Deposit['amounts'], string][] = [
    ['ht', 'Montant HT'],
    ['tva', 'Montant TVA'],
    ['ttc', 'Montant TTC'],
    ['apayer', 'Montant à payer'],
  ];
  for (const [key, label] of labels) {
    if (!portalAcceptsAmount(d.amounts[key])) {
      errors.push(
        `${label} : format invalide. Saisissez un montant avec une virgule comme séparateur décimal (2 décimales au plus).`,
      );
    }
  }
  return errors;
}

export type Portal = ReturnType<typeof createPortal>;
