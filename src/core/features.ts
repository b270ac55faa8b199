// The content script's automatic choices and checks, each described once. From this list come
// the automation ids (type and list), the settings' validation and the options page's switches;
// what each feature does is its run in src/content/features/ (registry.ts, keyed by these ids),
// and the step it belongs to is the step record that names it (`features` in steps.ts).
// Data only: every context may import it.
import type { Screen } from './screens.js';

export interface FeatureDescription {
  id: string;
  /** The screens it runs on. */
  screens: readonly Screen[];
  /**
   * A feature the user can turn off in the settings: its switch's label, a key of
   * src/locales/messages.ts (checked where the table is visible: src/options/main.tsx).
   * Guards and reminders have none and always run: they only warn, and a warning is never a
   * choice made for the user.
   */
  labelKey?: string;
}

/** In the order they run on a screen. */
const DESCRIBED = [
  { id: 'role-moe', screens: ['works-search', 'works-results'], labelKey: 'optionRoleMoe' },
  { id: 'structure', screens: ['works-search', 'works-results'], labelKey: 'optionStructure' },
  { id: 'export-pdf', screens: ['download-dialog'], labelKey: 'optionExportPdf' },
  { id: 'export-no-attachments', screens: ['download-dialog'], labelKey: 'optionExportNoAttachments' },
  { id: 'cadre', screens: ['certificate-upload'], labelKey: 'optionCadre' },
  { id: 'attachment-designation', screens: ['attachment-dialog'], labelKey: 'optionAttachmentDesignation' },
  { id: 'attachment-type', screens: ['attachment-dialog'], labelKey: 'optionAttachmentType' },
  { id: 'amount-check', screens: ['invoice-form'], labelKey: 'optionAmountCheck' },
  { id: 'refuse-guard', screens: ['invoice-detail'] },
  { id: 'send-guard', screens: ['invoice-form'] },
  { id: 'draft-note', screens: ['invoice-form', 'attachment-dialog'] },
  { id: 'facturx-note', screens: ['certificate-upload', 'invoice-form', 'works-space', 'works-results', 'works-search'] },
] as const satisfies readonly FeatureDescription[];

type Described = (typeof DESCRIBED)[number];
type Switchable = Extract<Described, { labelKey: string }>;

export type FeatureId = Described['id'];
/** The features the settings can turn off. */
export type AutomationId = Switchable['id'];

export interface Feature extends FeatureDescription {
  id: FeatureId;
}

export interface Automation extends Feature {
  id: AutomationId;
  labelKey: Switchable['labelKey'];
}

export const FEATURES: readonly Feature[] = DESCRIBED;

export const AUTOMATIONS: readonly Automation[] = DESCRIBED.filter((f): f is Switchable => 'labelKey' in f);

export const AUTOMATION_IDS: readonly AutomationId[] = AUTOMATIONS.map((f) => f.id);
