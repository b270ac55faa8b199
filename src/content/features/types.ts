import type { Located } from '../../chorus/locate.js';
import type { AutomationId } from '../../core/features.js';
import type { Screen } from '../../core/screens.js';
import type { InvoiceProgress, Settings } from '../../core/state.js';
import type { LocatorId } from '../../core/steps.js';

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
  /** The choice is over on this page: made, found made, left to the user, or impossible. */
  settled?: boolean;
  waitingSince?: number;
  /** How many times the choice was made on this page (a list it reloaded may wipe it). */
  choices?: number;
  /** A select drawn by script is being opened and chosen in (it takes a moment). */
  drawing?: boolean;
  /** What the card says of this choice on this page, once it is settled (kept for every evaluation). */
  note?: CardNote;
}

export interface FeatureContext {
  doc: Document;
  screen: Screen;
  settings: Settings;
  /** The progress of the invoice this tab works on. */
  progress: InvoiceProgress;
  memo: FeatureMemo;
  /**
   * Aborted when the page is left, the screen changes or the user turns the feature off:
   * anything the feature attaches (listener, timer, observer) is attached with it.
   */
  signal: AbortSignal;
  now: number;
  locate(id: LocatorId): Located | null;
  /** What is read across the page rather than through a locator, once per reading (Finder.acrossPage). */
  acrossPage<T>(key: string, read: () => T): T;
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

/** What a feature does on a screen it runs on (described in src/core/features.ts). */
export type FeatureRun = (ctx: FeatureContext) => void;
