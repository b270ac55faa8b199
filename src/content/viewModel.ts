// What the overlay shows, built from what the stages found. The overlay reads only this.
import { accessibleName } from '../chorus/dom.js';
import { normalizeLabel } from '../core/normalize.js';
import type { Screen } from '../core/screens.js';
import type { HelpContact, InvoiceProgress, StoredState } from '../core/state.js';
import type { Step } from '../core/steps.js';
import { stepText, t } from '../i18n.js';
import type { AutoNotice, CardNote, FieldAlert } from './features/types.js';

export interface ViewModel {
  screen: Screen;
  step: Step | null;
  /** The step is done on this screen (else its target is on another one). */
  onScreen: boolean;
  target: Element | null;
  targetMissing: boolean;
  /** The target is in a folded section: what the control that opens it says ('' if nothing). */
  openFirst: string | null;
  /** What the highlighted button says on this page, when the step's text calls it otherwise. */
  pageName: string | null;
  /** How the card names what it points at (« le bouton « Traiter » »): the target's own step's words. */
  targetText: string;
  invoice: InvoiceProgress;
  notices: AutoNotice[];
  alerts: FieldAlert[];
  notes: CardNote[];
  summary: { label: string; value: string }[];
  collapsed: boolean;
  /** The organisation's help contact from the settings, for the foot of the card. */
  help: HelpContact | undefined;
  /** Every invoice's progress and the settings, for the row markers (issue 12). */
  state: StoredState;
  /** The element the user had shown for this step is no longer found (issue 14). */
  pickedLost: boolean;
  /**
   * This frame speaks for its tab: it shows the card, notices and alerts (an application in
   * frames has one voice, the frame furthest in the flow).
   */
  speaks: boolean;
}

export interface ViewParts {
  screen: Screen;
  step: Step | null;
  target: Element | null;
  /** The step whose target text names the target (StepTarget.as), else the step's own. */
  targetOf: number | null;
  /** The step has a target on this screen, and the page does not show it. */
  targetMissing: boolean;
  /** What is missing is the row of the invoice at hand: the list shows others (another page of results). */
  notListed: boolean;
  openFirst: string | null;
  invoice: InvoiceProgress;
  notices: AutoNotice[];
  alerts: FieldAlert[];
  notes: CardNote[];
  /** Past the download without the invoice file (mistake n° 1). */
  notDownloaded: boolean;
  summary: ViewModel['summary'];
  collapsed: boolean;
  state: StoredState;
  pickedLost: boolean;
  speaks: boolean;
}

export function buildViewModel(parts: ViewParts): ViewModel {
  const { notDownloaded, targetOf, notListed, ...rest } = parts;
  const named = targetOf ?? parts.step?.n ?? null;
  const notes = [...parts.notes];
  if (notDownloaded) notes.push({ key: 'not-downloaded', text: t('noteNotDownloaded') });
  // The download's own step back on the list: its window was closed without a download.
  if (parts.step?.invoiceFile === 'downloaded' && parts.screen === 'works-results') {
    notes.push({ key: 'download-closed', text: t('noteDownloadClosed') });
  }
  // Not the portal's change but another page of the list: said so, and nothing else is offered to point at.
  const unlisted = notListed && parts.targetMissing && !!parts.invoice.number;
  if (unlisted) notes.push({ key: 'not-listed', text: t('noteNotListed', { NUMBER: parts.invoice.number }) });
  const pageName = named !== null && parts.target && parts.openFirst === null ? nameOnPage(named, parts.target) : null;
  return {
    ...rest,
    targetMissing: parts.targetMissing && !unlisted,
    notes,
    pageName,
    targetText: named === null ? '' : stepText(named, 'Target'),
    onScreen: !!parts.step && parts.step.screens.includes(parts.screen),
    help: parts.state.settings.help,
  };
}

const ACTIONS = 'button, a[href], [role="button"], [role="link"], [role="tab"], input[type="submit"], input[type="button"]';

/**
 * The highlighted button's own words, when the step quotes the tutorial's (« Traiter »,
 * « Télécharger ») and the page calls it by none of them (« Associer un état d’acompte »,
 * « Valider »): portal labels are guesses (portal.md §3), and the user reads the page.
 */
function nameOnPage(step: number, target: Element): string | null {
  const quotes = (text: string) => Array.from(text.matchAll(/[«“]\s*([^»”]+?)\s*[»”]/g), (m) => normalizeLabel(m[1] ?? ''));
  // The target's description names it; when it does not (« la fenêtre de téléchargement »),
  // the instruction does (« … puis cliquez sur « Télécharger » »).
  const named = quotes(stepText(step, 'Target'));
  const quoted = named.length > 0 ? named : quotes(stepText(step, 'Text'));
  if (quoted.length === 0 || !target.matches(ACTIONS)) return null;
  const name = accessibleName(target).replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(name) || quoted.some((q) => normalizeLabel(name).includes(q))) return null;
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}
