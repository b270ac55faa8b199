// What the overlay shows, built from what the stages found. The overlay reads only this.
import type { Screen } from '../core/screens.js';
import type { HelpContact, InvoiceProgress, StoredState } from '../core/state.js';
import type { Step } from '../core/steps.js';
import { t } from '../i18n.js';
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
}

export interface ViewParts {
  screen: Screen;
  step: Step | null;
  target: Element | null;
  /** The step has a target on this screen, and the page does not show it. */
  targetMissing: boolean;
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
}

export function buildViewModel(parts: ViewParts): ViewModel {
  const { notDownloaded, ...rest } = parts;
  const notes = notDownloaded ? [...parts.notes, { key: 'not-downloaded', text: t('noteNotDownloaded') }] : parts.notes;
  return { ...rest, notes, onScreen: !!parts.step && parts.step.screens.includes(parts.screen), help: parts.state.settings.help };
}
