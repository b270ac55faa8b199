// The 23 steps of the seed tutorial, as one table that the overlay and the popup both read.
// Texts live in _locales (keys step<N>Title/Text/Why/Target); everything else is here.

import type { FeatureId } from './features.js';
import { type Screen, screensFrom } from './screens.js';

/** Page elements the steps point at; src/chorus/locators.ts says how to find each one. */
export type LocatorId =
  | 'home.login'
  | 'home.worksAccess'
  | 'home.domainTile'
  | 'home.domainAccess'
  | 'home.worksTile'
  | 'space.searchTab'
  | 'search.roleMoe'
  | 'search.structure'
  | 'search.submit'
  | 'results.table'
  | 'results.download'
  | 'results.numberLink'
  | 'download.dialog'
  | 'download.formatPdf'
  | 'download.attachmentsNo'
  | 'download.format'
  | 'download.attachmentsBox'
  | 'download.confirm'
  | 'detail.actions'
  | 'detail.refuse'
  | 'detail.process'
  | 'upload.file'
  | 'upload.import'
  | 'upload.imported'
  | 'upload.cadre'
  | 'upload.continue'
  | 'form.references'
  | 'form.number'
  | 'form.date'
  | 'form.amounts'
  | 'form.attachmentsBlock'
  | 'form.addAttachment'
  | 'form.attachmentListed'
  | 'form.send'
  // Issue 12: guards and deadlines.
  | 'refuse.dialog'
  | 'refuse.reason'
  | 'form.save'
  | 'form.cadre'
  | 'attach.dialog'
  | 'attach.file'
  | 'attach.upload'
  | 'attach.designation'
  | 'attach.type'
  | 'attach.typeAnnexe'
  | 'attach.add'
  | 'attach.listed'
  | 'attach.close'
  | 'confirm.dialog'
  | 'confirm.send';

/** What shows that a step is done: the screen reached, or facts read on the page shown. */
export type Evidence =
  | { screen: Screen[] }
  | { filled: LocatorId }
  | { present: LocatorId }
  | {
      absent: LocatorId;
      /**
       * The page may render it still (the structures, listed once a role is chosen): a step
       * done on this evidence is done on this page only, and kept once a later step is
       * (stepOnPage), so that a field rendered late brings its step back.
       */
      mayCome?: true;
    }
  | { clicked: LocatorId }
  /** The form's totals read right: French amounts, HT + TVA = TTC (chorus/amounts.ts readTotals). */
  | { totalsRight: true }
  | { all: Evidence[] }
  | { any: Evidence[] };

export interface StepTarget {
  locator: LocatorId;
  /** This target is passed over once this holds (e.g. the role is chosen: go to the structure). */
  until?: Evidence;
  /**
   * The step whose target text names this one (« Je ne trouve pas … », « Montrez-moi … »): a
   * step the tutorial gives to reading points at the control that comes next (steps 9, 15, 17).
   */
  as?: number;
}

export type SectionId = 'login' | 'find' | 'open' | 'certificate' | 'complete' | 'finish';

/** The risky actions whose click is stopped until the user decides (public contract: data-moe-guard). */
export type GuardId = 'refuse' | 'send';

/** What the card shows beside the step's text: the amounts as read, the checks before sending. */
export type CardExtra = 'amounts' | 'send-checks';

export interface Step {
  n: number;
  section: SectionId;
  /** Screens on which this step is done. */
  screens: Screen[];
  /** Candidate targets, first not yet passed wins; none on login pages. */
  targets: StepTarget[];
  /** Any of these marks the step done; the user can always tick it by hand. */
  done: Evidence[];
  /** Steps worth a reason in the card (the tutorial gives one). */
  why?: true;
  /** Done, the invoice is sent: the round is over. */
  last?: true;
  /** What the card shows for this step beside its text. */
  card?: readonly CardExtra[];
  /** The automatic choices and checks made for this step (described in features.ts): the one place a feature's step is said. */
  features?: readonly FeatureId[];
  /** What this step proves of the contractor's invoice file (mistake n° 1: not downloading it). */
  invoiceFile?: 'downloaded' | 'attached';
  /** The risky action of this step that a guard stops; settling the guard settles the step. */
  guard?: GuardId;
  /**
   * Done before any invoice is at hand, so it counts for the invoice the user picks:
   * `search` for the invoice picked in this tab, `round` for the next one too, once one is sent
   * (the user stays logged in, in the works space).
   */
  carries?: 'search' | 'round';
}

const LATER_THAN_SEARCH = screensFrom('works-results');
/**
 * Facts read in the attachment window only: another window may look like it to its locators
 * (a download window's « Format du fichier » select, filled, is no file chosen).
 */
const inAttachmentWindow = (...facts: Evidence[]): Evidence => ({ all: [{ screen: ['attachment-dialog'] }, ...facts] });
/** The file chosen in the attachment window, as its file input says (not the other fields). */
const FILE_CHOSEN = inAttachmentWindow({ filled: 'attach.file' });
/**
 * The file sent into the attachment window: in a window with an upload button, the fields that
 * name the file come with it (« Fichier téléversé »), not before.
 */
const UPLOADED = inAttachmentWindow({ present: 'attach.designation' }, { present: 'attach.upload' });
/**
 * The window put the fields that describe the file in place of its upload (a window in two
 * phases, as single-page applications draw it): neither file input nor upload button left.
 */
const UPLOAD_REPLACED = inAttachmentWindow(
  { present: 'attach.designation' },
  { absent: 'attach.upload' },
  { absent: 'attach.file' },
);
/** The window lists a file as added. */
const LISTED = inAttachmentWindow({ present: 'attach.listed' });
const FORM_AND_AFTER = screensFrom('invoice-form');
/**
 * The certificate is loaded: the upload screen lists it, or has grown the cadre field, which it
 * shows only once the certificate is loaded (tutorial, step 13) — a page sent back by the server
 * shows its file input empty again, and may name the file in words of its own. On that screen
 * only: another screen's « Cadre de facturation » filter says nothing of the upload.
 */
const CERTIFICATE_LOADED: Evidence[] = [
  { all: [{ screen: ['certificate-upload'] }, { any: [{ present: 'upload.imported' }, { present: 'upload.cadre' }] }] },
];

export const SECTIONS: SectionId[] = ['login', 'find', 'open', 'certificate', 'complete', 'finish'];

export const STEPS: readonly Step[] = [
  {
    n: 1,
    section: 'login',
    screens: ['login', 'portal-home'],
    targets: [{ locator: 'home.login' }],
    // Logged in: the applications' tiles, or the domains' before them (portal.md §5).
    done: [
      { present: 'home.worksTile' },
      { all: [{ present: 'home.domainAccess' }, { absent: 'home.login' }] },
      { screen: screensFrom('works-space') },
    ],
    carries: 'round',
  },
  {
    n: 2,
    section: 'find',
    screens: ['portal-home'],
    // The « Facturation » domain first, when the home shows the domains and not yet their
    // applications (a tile « Facturation », « Accéder au domaine » [C]).
    targets: [
      {
        locator: 'home.domainAccess',
        until: { any: [{ present: 'home.worksAccess' }, { absent: 'home.domainAccess' }] },
      },
      { locator: 'home.worksAccess' },
    ],
    done: [{ screen: screensFrom('works-space') }],
    carries: 'round',
  },
  {
    n: 3,
    section: 'find',
    screens: ['works-space'],
    targets: [{ locator: 'space.searchTab' }],
    done: [{ screen: screensFrom('works-search') }],
    carries: 'round',
  },
  {
    n: 4,
    section: 'find',
    screens: ['works-search', 'works-results'],
    targets: [{ locator: 'search.roleMoe', until: { filled: 'search.roleMoe' } }, { locator: 'search.structure' }],
    done: [
      {
        all: [
          { filled: 'search.roleMoe' },
          // A single structure may need no field; or its list comes once the role is chosen.
          { any: [{ filled: 'search.structure' }, { absent: 'search.structure', mayCome: true }] },
        ],
      },
      { screen: screensFrom('invoice-detail') },
    ],
    features: ['role-moe', 'structure'],
    carries: 'search',
  },
  {
    n: 5,
    section: 'find',
    screens: ['works-search'],
    targets: [{ locator: 'search.submit' }],
    done: [{ screen: LATER_THAN_SEARCH }],
    carries: 'search',
  },
  {
    n: 6,
    section: 'find',
    screens: ['works-results'],
    targets: [{ locator: 'results.download' }],
    done: [{ clicked: 'results.download' }, { screen: ['download-dialog'] }],
    why: true,
  },
  {
    n: 7,
    section: 'find',
    // Its window closed without a download (« Annuler », the cross, Escape): the list is where it
    // opens again, and the invoice is still not on the user's disk (mistake n° 1).
    screens: ['download-dialog', 'works-results'],
    targets: [
      { locator: 'results.download', until: { screen: ['download-dialog'] }, as: 6 },
      { locator: 'download.formatPdf', until: { any: [{ filled: 'download.formatPdf' }, { absent: 'download.formatPdf' }] } },
      // A format select drawn by script has no PDF option on the page until it is opened: the
      // select itself, until it shows a format.
      { locator: 'download.format', until: { any: [{ filled: 'download.format' }, { absent: 'download.format' }] } },
      {
        locator: 'download.attachmentsNo',
        until: { any: [{ filled: 'download.attachmentsNo' }, { absent: 'download.attachmentsNo' }] },
      },
      { locator: 'download.confirm' },
    ],
    done: [{ clicked: 'download.confirm' }],
    features: ['export-pdf', 'export-no-attachments'],
    invoiceFile: 'downloaded',
  },
  {
    n: 8,
    section: 'open',
    screens: ['works-results'],
    targets: [{ locator: 'results.numberLink' }],
    done: [{ screen: screensFrom('invoice-detail') }],
  },
  {
    n: 9,
    section: 'open',
    screens: ['invoice-detail'],
    // The tutorial's step 9 is a warning to read; what the user does next is « Traiter » (every
    // independent tester looked for it here). The action bar stands in when the page shows no
    // such button (step 10 then says it is missing).
    // In the refusal window the user opened (past the guard), what it asks: the reason, where
    // « Erreur de montant » gets its line. A framework's window hides the page behind it.
    targets: [
      { locator: 'refuse.reason', until: { absent: 'refuse.dialog' } },
      { locator: 'detail.process', until: { absent: 'detail.process' }, as: 10 },
      { locator: 'detail.actions' },
    ],
    done: [{ clicked: 'detail.process' }, { screen: screensFrom('certificate-upload') }],
    why: true,
    features: ['refuse-guard'],
    guard: 'refuse',
  },
  {
    n: 10,
    section: 'open',
    screens: ['invoice-detail'],
    targets: [{ locator: 'detail.process' }],
    done: [{ screen: screensFrom('certificate-upload') }],
  },
  {
    n: 11,
    section: 'certificate',
    screens: ['certificate-upload'],
    targets: [{ locator: 'upload.file' }],
    done: [{ filled: 'upload.file' }, ...CERTIFICATE_LOADED, { screen: FORM_AND_AFTER }],
  },
  {
    n: 12,
    section: 'certificate',
    screens: ['certificate-upload'],
    targets: [{ locator: 'upload.import' }],
    done: [...CERTIFICATE_LOADED, { screen: FORM_AND_AFTER }],
  },
  {
    n: 13,
    section: 'certificate',
    screens: ['certificate-upload'],
    targets: [{ locator: 'upload.cadre' }],
    done: [{ filled: 'upload.cadre' }, { screen: FORM_AND_AFTER }],
    features: ['cadre', 'facturx-note'],
  },
  {
    n: 14,
    section: 'certificate',
    screens: ['certificate-upload'],
    targets: [{ locator: 'upload.continue' }],
    done: [{ screen: FORM_AND_AFTER }],
  },
  {
    n: 15,
    section: 'complete',
    screens: ['invoice-form'],
    // Reading the form ends in writing its one block to fill: the number, where step 16 begins.
    targets: [{ locator: 'form.number', until: { absent: 'form.number' }, as: 16 }, { locator: 'form.references' }],
    // Reviewed once the user writes in the Références block, the one the tutorial says to fill.
    done: [{ filled: 'form.number' }, { filled: 'form.date' }, { screen: screensFrom('attachment-dialog') }],
  },
  {
    n: 16,
    section: 'complete',
    screens: ['invoice-form'],
    targets: [{ locator: 'form.number', until: { filled: 'form.number' } }, { locator: 'form.date' }],
    done: [{ all: [{ filled: 'form.number' }, { filled: 'form.date' }] }, { screen: ['sent'] }],
  },
  {
    n: 17,
    section: 'complete',
    screens: ['invoice-form'],
    // The amounts stay pointed at while they read wrong; once right, the user compares them with
    // the certificate on the card's summary and goes on to the attachments' « Ajouter ».
    targets: [
      { locator: 'form.amounts', until: { totalsRight: true } },
      { locator: 'form.addAttachment', until: { absent: 'form.addAttachment' }, as: 18 },
      { locator: 'form.amounts' },
    ],
    done: [{ clicked: 'form.addAttachment' }, { screen: screensFrom('attachment-dialog') }],
    why: true,
    card: ['amounts', 'send-checks'],
    features: ['amount-check'],
  },
  {
    n: 18,
    section: 'complete',
    screens: ['invoice-form'],
    targets: [{ locator: 'form.addAttachment' }],
    // A list of attachments read on the form (or later): the certificate's upload screen may list
    // its own files under « Pièces jointes » too, which says nothing of the invoice's.
    done: [
      { screen: screensFrom('attachment-dialog') },
      { all: [{ screen: FORM_AND_AFTER }, { present: 'form.attachmentListed' }] },
    ],
    why: true,
    card: ['send-checks'],
  },
  {
    n: 19,
    section: 'complete',
    screens: ['attachment-dialog'],
    targets: [{ locator: 'attach.file' }],
    // Chosen: the file input says so, not the other fields (a window may show them from the start).
    done: [FILE_CHOSEN, UPLOADED, UPLOAD_REPLACED, LISTED, { screen: screensFrom('send-confirm') }],
    card: ['send-checks'],
    invoiceFile: 'attached',
  },
  {
    n: 20,
    section: 'complete',
    screens: ['attachment-dialog'],
    targets: [{ locator: 'attach.upload' }],
    done: [
      UPLOADED,
      UPLOAD_REPLACED,
      // A window with no upload button: the file chosen is all there is to this step.
      inAttachmentWindow({ filled: 'attach.file' }, { absent: 'attach.upload' }),
      LISTED,
      { screen: screensFrom('send-confirm') },
    ],
    card: ['send-checks'],
  },
  {
    n: 21,
    section: 'complete',
    screens: ['attachment-dialog'],
    targets: [
      { locator: 'attach.designation', until: { any: [{ filled: 'attach.designation' }, { present: 'attach.listed' }] } },
      { locator: 'attach.type', until: { any: [{ filled: 'attach.type' }, { present: 'attach.listed' }] } },
      { locator: 'attach.add', until: { any: [{ present: 'attach.listed' }, { absent: 'attach.add' }] } },
      { locator: 'attach.close' },
    ],
    done: [
      { all: [{ screen: FORM_AND_AFTER }, { present: 'form.attachmentListed' }, { absent: 'attach.dialog' }] },
      { screen: screensFrom('send-confirm') },
    ],
    card: ['send-checks'],
    features: ['attachment-designation', 'attachment-type'],
  },
  {
    n: 22,
    section: 'finish',
    screens: ['invoice-form'],
    targets: [{ locator: 'form.send' }],
    done: [{ screen: screensFrom('send-confirm') }],
    card: ['send-checks'],
    features: ['send-guard', 'draft-note'],
    guard: 'send',
  },
  {
    n: 23,
    section: 'finish',
    screens: ['send-confirm'],
    targets: [{ locator: 'confirm.send' }],
    done: [{ screen: ['sent'] }],
    card: ['send-checks'],
    last: true,
  },
];

export const STEP_COUNT = STEPS.length;

/** The number of the one step this rule picks: code names a step by what it is, never by its number. */
export function stepWhere(rule: (s: Step) => boolean): number {
  const step = STEPS.find(rule);
  if (!step) throw new Error('no step of the table fits this rule');
  return step.n;
}

const LAST_STEP = stepWhere((s) => s.last === true);

/** The invoice is sent: its last step is done. */
export function isSent(done: readonly number[]): boolean {
  return done.includes(LAST_STEP);
}

/** The contractor's invoice is on the user's disk: downloaded, or since chosen as the attachment. */
export function hasInvoiceFile(done: readonly number[]): boolean {
  return STEPS.some((s) => s.invoiceFile !== undefined && done.includes(s.n));
}

/**
 * Of these steps done, those that count for another invoice: the one the user picks in this
 * tab (`search`: logging in and searching served it too), or the next one once this one is
 * sent (`round`).
 */
export function carriedSteps(done: readonly number[], to: 'search' | 'round'): number[] {
  return done.filter((n) => {
    const carries = STEPS[n - 1]?.carries;
    return carries === 'round' || (carries === 'search' && to === 'search');
  });
}

/** Clicks that count as a step done: every `clicked` evidence of the table. */
export const CLICK_EVIDENCE: readonly LocatorId[] = [
  ...new Set(STEPS.flatMap((s) => [...s.done, ...s.targets.flatMap((t) => (t.until ? [t.until] : []))]).flatMap(clicksOf)),
];

function clicksOf(e: Evidence): LocatorId[] {
  if ('clicked' in e) return [e.clicked];
  if ('all' in e) return e.all.flatMap(clicksOf);
  if ('any' in e) return e.any.flatMap(clicksOf);
  return [];
}
