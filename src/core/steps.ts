// The 23 steps of the seed tutorial, as one table that the overlay and the popup both read.
// Texts live in _locales (keys step<N>Title/Text/Why/Target); everything else is here.
import { type Screen, screensFrom } from './screens.js';

/** Page elements the steps point at; src/chorus/locators.ts says how to find each one. */
export type LocatorId =
  | 'home.login'
  | 'home.worksAccess'
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
  | { absent: LocatorId }
  | { clicked: LocatorId }
  | { all: Evidence[] }
  | { any: Evidence[] };

export interface StepTarget {
  locator: LocatorId;
  /** This target is passed over once this holds (e.g. the role is chosen: go to the structure). */
  until?: Evidence;
}

export type SectionId = 'login' | 'find' | 'open' | 'certificate' | 'complete' | 'finish';

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
}

const LATER_THAN_SEARCH = screensFrom('works-results');
const FORM_AND_AFTER = screensFrom('invoice-form');

export const SECTIONS: SectionId[] = ['login', 'find', 'open', 'certificate', 'complete', 'finish'];

export const STEPS: readonly Step[] = [
  {
    n: 1,
    section: 'login',
    screens: ['login', 'portal-home'],
    targets: [{ locator: 'home.login' }],
    done: [{ present: 'home.worksTile' }, { screen: screensFrom('works-space') }],
  },
  {
    n: 2,
    section: 'find',
    screens: ['portal-home'],
    targets: [{ locator: 'home.worksAccess' }],
    done: [{ screen: screensFrom('works-space') }],
  },
  {
    n: 3,
    section: 'find',
    screens: ['works-space'],
    targets: [{ locator: 'space.searchTab' }],
    done: [{ screen: screensFrom('works-search') }],
  },
  {
    n: 4,
    section: 'find',
    screens: ['works-search', 'works-results'],
    targets: [{ locator: 'search.roleMoe', until: { filled: 'search.roleMoe' } }, { locator: 'search.structure' }],
    done: [
      {
        all: [{ filled: 'search.roleMoe' }, { any: [{ filled: 'search.structure' }, { absent: 'search.structure' }] }],
      },
      { screen: screensFrom('invoice-detail') },
    ],
  },
  {
    n: 5,
    section: 'find',
    screens: ['works-search'],
    targets: [{ locator: 'search.submit' }],
    done: [{ screen: LATER_THAN_SEARCH }],
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
    screens: ['download-dialog'],
    targets: [
      { locator: 'download.formatPdf', until: { filled: 'download.formatPdf' } },
      {
        locator: 'download.attachmentsNo',
        until: { any: [{ filled: 'download.attachmentsNo' }, { absent: 'download.attachmentsNo' }] },
      },
      { locator: 'download.confirm' },
    ],
    done: [{ clicked: 'download.confirm' }],
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
    targets: [{ locator: 'detail.actions' }],
    done: [{ clicked: 'detail.process' }, { screen: screensFrom('certificate-upload') }],
    why: true,
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
    done: [{ filled: 'upload.file' }, { present: 'upload.imported' }, { screen: FORM_AND_AFTER }],
  },
  {
    n: 12,
    section: 'certificate',
    screens: ['certificate-upload'],
    targets: [{ locator: 'upload.import' }],
    done: [{ present: 'upload.imported' }, { screen: FORM_AND_AFTER }],
  },
  {
    n: 13,
    section: 'certificate',
    screens: ['certificate-upload'],
    targets: [{ locator: 'upload.cadre' }],
    done: [{ filled: 'upload.cadre' }, { screen: FORM_AND_AFTER }],
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
    targets: [{ locator: 'form.references' }],
    done: [{ screen: FORM_AND_AFTER }],
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
    targets: [{ locator: 'form.amounts' }],
    done: [{ clicked: 'form.addAttachment' }, { screen: screensFrom('attachment-dialog') }],
    why: true,
  },
  {
    n: 18,
    section: 'complete',
    screens: ['invoice-form'],
    targets: [{ locator: 'form.addAttachment' }],
    done: [{ screen: screensFrom('attachment-dialog') }, { present: 'form.attachmentListed' }],
    why: true,
  },
  {
    n: 19,
    section: 'complete',
    screens: ['attachment-dialog'],
    targets: [{ locator: 'attach.file' }],
    done: [
      { filled: 'attach.file' },
      { present: 'attach.designation' },
      { present: 'attach.listed' },
      { screen: screensFrom('send-confirm') },
    ],
  },
  {
    n: 20,
    section: 'complete',
    screens: ['attachment-dialog'],
    targets: [{ locator: 'attach.upload' }],
    done: [{ present: 'attach.designation' }, { present: 'attach.listed' }, { screen: screensFrom('send-confirm') }],
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
    done: [{ all: [{ present: 'form.attachmentListed' }, { absent: 'attach.dialog' }] }, { screen: screensFrom('send-confirm') }],
  },
  {
    n: 22,
    section: 'finish',
    screens: ['invoice-form'],
    targets: [{ locator: 'form.send' }],
    done: [{ screen: screensFrom('send-confirm') }],
  },
  {
    n: 23,
    section: 'finish',
    screens: ['send-confirm'],
    targets: [{ locator: 'confirm.send' }],
    done: [{ screen: ['sent'] }],
  },
];

export const STEP_COUNT = STEPS.length;

export function stepByNumber(n: number): Step | undefined {
  return STEPS[n - 1];
}
