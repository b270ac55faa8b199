// The replica's server-side model: what the real Chorus Pro keeps between pages
// (one logged-in user, the works invoices, the deposit drafts) and what it received,
// so that tests can assert what "the portal" got. One instance per browser context.

export type Cents = number;

export interface Structure {
  id: string;
  name: string;
  siret: string;
}

export interface WorksInvoice {
  id: string;
  numero: string;
  dateDepot: string;
  miseADispositionMoe: string;
  fournisseur: string;
  siretFournisseur: string;
  structureMoeId: string;
  destinataire: string;
  service: string;
  montantHT: Cents;
  montantTVA: Cents;
  montantTTC: Cents;
  montantAPayer: Cents;
  statut: string;
  telechargee: boolean;
}

export interface Attachment {
  fileName: string;
  size: number;
  designation: string;
  typeCode: string;
  typeLabel: string;
}

export interface Deposit {
  id: string;
  invoiceId: string;
  certificate: { fileName: string; size: number }[];
  cadre: string;
  structure: string;
  service: string;
  numero: string;
  date: string;
  amounts: { ht: string; tva: string; ttc: string; apayer: string };
  attachments: Attachment[];
  pendingAttachment: { fileName: string; size: number } | null;
  attachmentDialogOpen: boolean;
  errors: string[];
  notice: string;
  sent: boolean;
}

export interface SentStatement {
  depositId: string;
  invoiceNumero: string;
  numero: string;
  date: string;
  cadre: string;
  amounts: { ht: string; tva: string; ttc: string; apayer: string };
  attachments: Attachment[];
  certificate: string[];
}

export interface RequestRecord {
  method: string;
  url: string;
}

export const ATTACHMENT_TYPES: [string, string][] = [
  ['BON_COMMANDE', 'Bon de commande'],
  ['BON_LIVRAISON', 'Bon de livraison'],
  ['CERTIFICAT', 'Certificat de paiement'],
  ['DOCUMENT_ANNEXE', 'Document annexe'],
  ['PROCES_VERBAL', 'Procès-verbal de réception'],
  ['AUTRE', 'Autre'],
];

// Labels as domain.md gives them; codes in the API's style (A15_ETAT_ACOMPTE_MOE).
export const CADRES: [string, string][] = [
  ['A1_FACTURE_FOURNISSEUR', "A1 : Dépôt par un fournisseur d'une facture"],
  ['A2_FACTURE_PAYEE', "A2 : Dépôt par un fournisseur d'une facture déjà payée"],
  ['A3_MEMOIRE_JUSTICE', "A3 : Dépôt par un fournisseur d'un mémoire de frais de justice"],
  ['A4_PROJET_DECOMPTE_MENSUEL', "A4 : Dépôt par un fournisseur d'un projet de décompte mensuel"],
  ['A5_ETAT_ACOMPTE', "A5 : Dépôt par un fournisseur d'un état d'acompte"],
  ['A6_ETAT_ACOMPTE_VALIDE', "A6 : Dépôt par un fournisseur d'un état d'acompte validé"],
  ['A7_PROJET_DECOMPTE_FINAL', "A7 : Dépôt par un fournisseur d'un projet de décompte final"],
  ['A8_DECOMPTE_GENERAL_DEFINITIF', "A8 : Dépôt par un fournisseur d'un décompte général et définitif"],
  ['A9_FACTURE_SOUSTRAITANT', "A9 : Dépôt par un sous-traitant d'une facture"],
  ['A10_PROJET_DECOMPTE_MENSUEL_SOUSTRAITANT', "A10 : Dépôt par un sous-traitant d'un projet de décompte mensuel"],
  ['A11_PROJET_DECOMPTE_FINAL_SOUSTRAITANT', "A11 : Dépôt par un sous-traitant d'un projet de décompte final"],
  ['A12_FACTURE_COTRAITANT', "A12 : Dépôt par un cotraitant d'une facture"],
  ['A13_PROJET_DECOMPTE_MENSUEL_COTRAITANT', "A13 : Dépôt par un cotraitant d'un projet de décompte mensuel"],
  ['A14_PROJET_DECOMPTE_FINAL_COTRAITANT', "A14 : Dépôt par un cotraitant d'un projet de décompte final"],
  ['A15_ETAT_ACOMPTE_MOE', "A15 : Dépôt par une MOE d'un état d'acompte"],
  ['A16_ETAT_ACOMPTE_VALIDE_MOE', "A16 : Dépôt par une MOE d'un état d'acompte validé"],
  ['A17_PROJET_DECOMPTE_GENERAL_MOE', "A17 : Dépôt par une MOE d'un projet de décompte général"],
  ['A18_DECOMPTE_GENERAL_MOE', "A18 : Dépôt par une MOE d'un décompte général"],
  ['A19_ETAT_ACOMPTE_VALIDE_MOA', "A19 : Dépôt par une MOA d'un état d'acompte validé"],
  ['A20_DECOMPTE_GENERAL_MOA', "A20 : Dépôt par une MOA d'un décompte général"],
  ['A21_DEMANDE_REMBOURSEMENT_TIC', "A21 : Dépôt par un bénéficiaire d'une demande de remboursement de la TIC"],
  [
    'A22_PROJET_DECOMPTE_GENERAL_TACITE',
    "A22 : Dépôt par un fournisseur d'un projet de décompte général dans le cadre d'une procédure tacite",
  ],
  [
    'A23_DECOMPTE_GENERAL_DEFINITIF_TACITE',
    "A23 : Dépôt par un fournisseur d'un décompte général et définitif dans le cadre d'une procédure tacite",
  ],
  ['A24_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOE', "A24 : Dépôt par une MOE d'un décompte général et définitif tacite"],
  ['A25_DECOMPTE_GENERAL_DEFINITIF_TACITE_MOA', "A25 : Dépôt par une MOA d'un décompte général et définitif tacite"],
];

export const STRUCTURES: Structure[] = [
  { id: '25123', name: "ATELIER D'ARCHITECTURE LE GOFF", siret: '41234567800027' },
  { id: '25124', name: 'BET ARMOR INGÉNIERIE', siret: '52345678900018' },
];

function invoice(
  id: string,
  numero: string,
  dateDepot: string,
  fournisseur: string,
  ht: Cents,
  statut: string,
  structureMoeId = '25123',
): WorksInvoice {
  const tva = Math.round(ht * 0.2);
  return {
    id,
    numero,
    dateDepot,
    miseADispositionMoe: `${dateDepot} 09:12`,
    fournisseur,
    siretFournisseur: '38912345600031',
    structureMoeId,
    destinataire: 'COMMUNE DE PLOUNÉVEZ-LOCHRIST',
    service: 'SERVICE TECHNIQUE',
    montantHT: ht,
    montantTVA: tva,
    montantTTC: ht + tva,
    montantAPayer: ht + tva,
    statut,
    telechargee: false,
  };
}

/**
 * `n` older invoices of the MOE's structure, long dealt with: the list of a busy year, shown
 * 100 or 200 to a page (a long list: LONG_LIST rows or more), the pages beyond reached through
 * the pagination. One every two days back from 30/09/2026, in the order the portal lists them
 * (the newest first, after the replica's own); most were downloaded.
 */
export function addOlderInvoices(model: PortalModel, n: number): void {
  const statuses = [
    'Transmise à la MOA',
    'Prise en compte par la MOA',
    'Mise à disposition MOA',
    'Refusée par la MOE pour autre motif',
  ];
  const suppliers = [
    'SARL MAÇONNERIE KERDREUX',
    'ÉLEC OUEST SAS',
    'CHARPENTES DU LÉON',
    'PLOMBERIE BRETONNE',
    'MENUISERIES ABER',
  ];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2026, 8, 30) - i * 2 * 86_400_000);
    const two = (x: number) => String(x).padStart(2, '0');
    const date = `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    const numero = `FT-${day.getUTCFullYear()}-H${String(n - i).padStart(3, '0')}`;
    const older = invoice(
      String(870000 + i),
      numero,
      date,
      suppliers[i % suppliers.length] as string,
      150_000 + i * 13_700,
      statuses[i % statuses.length] as string,
    );
    model.invoices.push({ ...older, telechargee: i % 5 !== 0 });
  }
  model.pageSize = Math.max(model.pageSize, n >= 200 ? 200 : 100);
}

/** Which markup the replica serves: ours, or another plausible one (pages-alt.ts). */
export type Variant = 'classic' | 'alt';

/**
 * How the pages are laid out: as written, or `spread` — long, full-width pages with the
 * main actions bottom-right, as many portals have them.
 */
export type Layout = 'plain' | 'spread';

export class PortalModel {
  constructor(
    readonly variant: Variant = 'classic',
    readonly layout: Layout = 'plain',
  ) {}
  loggedIn = false;
  awaitingSecondFactor = false;
  /**
   * The works tile's « Accéder » says « Ouvrir » instead, beyond what the locators know, and the
   * page listens to its clicks (window.__moeHeard): « Montrer l'élément » is tested on it (issue 14).
   */
  disguiseWorksAccess = false;
  invoices: WorksInvoice[] = [
    invoice('880101', 'FT-2026-0142', '24/11/2026', 'SARL MAÇONNERIE KERDREUX', 1234567, 'Mise à disposition MOE'),
    invoice('880102', 'FT-2026-0139', '20/11/2026', 'ÉLEC OUEST SAS', 845050, 'Mise à disposition MOE'),
    invoice('880103', '2026-11-087', '12/11/2026', 'CHARPENTES DU LÉON', 2310000, 'Prise en compte MOE'),
    invoice('880104', 'DM-07', '03/11/2026', 'PLOMBERIE BRETONNE', 512300, 'Transmise à la MOA'),
    invoice('880105', 'FT-2026-0101', '28/10/2026', 'SARL MAÇONNERIE KERDREUX', 1987600, 'Refusée par la MOE pour autre motif'),
    invoice('880106', 'FT-2026-0088', '14/10/2026', 'PEINTURES DE L’ELORN', 308044, 'Mise à disposition MOA'),
    invoice('880107', 'A-2026-33', '02/10/2026', 'MENUISERIES ABER', 1120000, 'Prise en compte par la MOA'),
    invoice('880201', 'BET-2026-9', '21/11/2026', 'TERRASSEMENTS IROISE', 4400000, 'Mise à disposition MOE', '25124'),
  ];
  pageSize = 5;
  criteria: { role: string; structure: string; numero: string; statut: string } | null = null;
  deposits = new Map<string, Deposit>();
  private nextDeposit = 1;

  // What the portal received, for tests.
  requests: RequestRecord[] = [];
  searches: { role: string; structure: string; numero: string; statut: string; page: number }[] = [];
  downloads: { invoiceId: string; format: string; withAttachments: string }[] = [];
  refusals: { invoiceId: string; reason: string; comment: string; accepted: boolean }[] = [];
  uploads: { depositId: string; kind: 'certificate' | 'attachment'; fileName: string; size: number }[] = [];
  drafts: { depositId: string; amounts: Deposit['amounts']; numero: string; date: string }[] = [];
  sent: SentStatement[] = [];
  rejectedSends: { depositId: string; errors: string[] }[] = [];

  invoice(id: string): WorksInvoice | undefined {
    return this.invoices.find((i) => i.id === id);
  }

  startDeposit(invoiceId: string): Deposit {
    const inv = this.invoice(invoiceId);
    if (!inv) throw new Error(`unknown invoice ${invoiceId}`);
    const id = String(this.nextDeposit++);
    const deposit: Deposit = {
      id,
      invoiceId,
      certificate: [],
      cadre: '',
      structure: inv.destinataire,
      service: inv.service,
      numero: '',
      date: '',
      amounts: {
        ht: formatCents(inv.montantHT),
        tva: formatCents(inv.montantTVA),
        ttc: formatCents(inv.montantTTC),
        apayer: formatCents(inv.montantAPayer),
      },
      attachments: [],
      pendingAttachment: null,
      attachmentDialogOpen: false,
      errors: [],
      notice: '',
      sent: false,
    };
    this.deposits.set(id, deposit);
    return deposit;
  }
}

/** "1234567" cents → "12 345,67", with the ordinary space Chorus Pro shows in its fields. */
export function formatCents(cents: Cents): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100).toString();
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${grouped},${String(abs % 100).padStart(2, '0')}`;
}

/** The portal's own check of an amount field: French format only, at most 2 decimals. */
export function portalAcceptsAmount(text: string): boolean {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^-?\d+(,\d{1,2})?$/.test(compact);
}
