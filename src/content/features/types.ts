import type { Located } from '../../chorus/locate.js';
import type { Screen } from '../../core/screens.js';
import type { AutomationId, InvoiceProgress, Settings } from '../../core/state.js';
import type { FeatureId, LocatorId } from '../../core/steps.js';

/** An automatic choice, shown as [role=status][data-moe-auto=ID] with an undo button. */
export interface AutoNotice {
  id: AutomationId;
  text: string;
  detail?: string;
  /** The control it changed: the notice stands beside it. */
  anchor?: Element;
  undo?: () => void;
  /** Whether the control still holds the automatic value: undo acts only then. */
  undoable?: () => boolean;
  undone?: boolean;
}

/** A warning about one page field, shown as [role=alert][data-moe-field=NAME] beside it. */
export interface FieldAlert {
  field: string;
  anchor: Element;
  message: string;
  fixes: { label: string; apply: () => void }[];
}

/** A line in the card: something the user should know about this screen. */
export interface CardNote {
  key: string;
  text: string;
}

/** Per page and per feature: what the feature remembers between evaluations. */
export interface FeatureMemo {
  applied?: boolean;
  gaveUp?: boolean;
  waitingSince?: number;
  /** How many times this page made us choose again (a list it reloaded). */
  choices?: number;
}

export interface FeatureContext {
  doc: Document;
  screen: Screen;
  settings: Settings;
  /** The progress of the invoice this tab works on. */
  progress: InvoiceProgress;
  memo: FeatureMemo;
  now: number;
  locate(id: LocatorId): Located | null;
  /** The user changed this control (or its radio group) on this page. */
  touchedByUser(el: Element): boolean;
  markTouched(el: Element): void;
  notify(notice: AutoNotice): void;
  alert(alert: FieldAlert): void;
  note(note: CardNote): void;
  /** Lines for the card (e.g. the amounts as read at step 17). */
  summary(lines: { label: string; value: string }[]): void;
  /** Ask for another evaluation a little later (a control that may enable itself). */
  recheckSoon(ms: number): void;
}

export type { FeatureId };

export interface Feature {
  id: FeatureId;
  screens: Screen[];
  run(ctx: FeatureContext): void;
}
