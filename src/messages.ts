// Messages between contexts, named by direction (Dark Reader's habit). Every receiver checks
// the sender is this extension and the message's shape before acting on it.
import type { Diagnostic } from './chorus/diagnostic.js';
import { SCREENS, type Screen } from './core/screens.js';
import { MAX_TEXT } from './core/state.js';
import { STEP_COUNT } from './core/steps.js';

/** Content script → background: the step shown on this tab, for the toolbar badge. */
export interface ContentToBackgroundStep {
  type: 'content→background:step';
  step: number | null;
  /**
   * What the frame shows: its screen (`unknown`: a page out of the flow), or `left` once the
   * page is left. In an application shown in frames, the frame furthest in the flow speaks for
   * its tab (background/frames.ts).
   */
  shows: Shown;
  /** How deep the frame is (0: the top page): at the same screen, the deeper frame holds the controls. */
  depth: number;
}

export type Shown = Screen | 'left';

/**
 * Background → content script: whether this frame speaks for its tab. Only the one that does
 * shows the card, rings the step's target, shows its notices and alerts.
 */
export interface BackgroundToContentSpeaks {
  type: 'background→content:speaks';
  speaks: boolean;
}

/** Popup → background: which frame of this tab speaks for it? */
export interface PopupToBackgroundLead {
  type: 'popup→background:lead';
  tabId: number;
}

/** The background's answer to PopupToBackgroundLead. */
export interface BackgroundToPopupLead {
  frameId: number;
}

/** Background → content script: the keyboard shortcut was pressed. */
export interface BackgroundToContentToggle {
  type: 'background→content:toggle';
}

/** Popup → content script: which invoice and step does this tab show? */
export interface PopupToContentWhich {
  type: 'popup→content:which';
}

/** The content script's answer to PopupToContentWhich. */
export interface ContentToPopupTab {
  invoice: string;
  step: number | null;
  /** When the user last worked in this tab (ms since the epoch). */
  seenAt: number;
}

/** Popup → content script: what the locators see of this page, to send us (issue 14). */
export interface PopupToContentDiagnostic {
  type: 'popup→content:diagnostic';
}

/** The content script's answer to PopupToContentDiagnostic. */
export interface ContentToPopupDiagnostic {
  diagnostic: Diagnostic;
  seenAt: number;
}

export type ToBackground = ContentToBackgroundStep | PopupToBackgroundLead;
export type ToContent = BackgroundToContentToggle | BackgroundToContentSpeaks | PopupToContentWhich | PopupToContentDiagnostic;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStep(v: unknown): v is number | null {
  return v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= STEP_COUNT);
}

/** Only this extension's own pages and scripts may talk to a context. */
export function fromThisExtension(sender: { id?: string | undefined }, ownId: string): boolean {
  return sender.id === ownId;
}

export function isToContent(message: unknown): message is ToContent {
  return (
    isRecord(message) &&
    ((message.type === 'background→content:speaks' && typeof message.speaks === 'boolean') ||
      message.type === 'background→content:toggle' ||
      message.type === 'popup→content:which' ||
      message.type === 'popup→content:diagnostic')
  );
}

export function isToBackground(message: unknown): message is ToBackground {
  if (!isRecord(message)) return false;
  if (message.type === 'popup→background:lead') return Number.isInteger(message.tabId);
  const shows = message.shows;
  const known = shows === 'left' || (typeof shows === 'string' && (SCREENS as readonly string[]).includes(shows));
  const depth = message.depth;
  return (
    message.type === 'content→background:step' &&
    isStep(message.step) &&
    known &&
    Number.isInteger(depth) &&
    (depth as number) >= 0 &&
    (depth as number) < 32
  );
}

export function isLeadAnswer(message: unknown): message is BackgroundToPopupLead {
  return isRecord(message) && Number.isInteger(message.frameId) && (message.frameId as number) >= 0;
}

export function isTabAnswer(message: unknown): message is ContentToPopupTab {
  return (
    isRecord(message) &&
    typeof message.invoice === 'string' &&
    message.invoice.length <= MAX_TEXT &&
    isStep(message.step) &&
    typeof message.seenAt === 'number' &&
    Number.isFinite(message.seenAt)
  );
}

export function isDiagnosticAnswer(message: unknown): message is ContentToPopupDiagnostic {
  return (
    isRecord(message) &&
    isRecord(message.diagnostic) &&
    typeof message.diagnostic.format === 'string' &&
    typeof message.seenAt === 'number' &&
    Number.isFinite(message.seenAt)
  );
}
