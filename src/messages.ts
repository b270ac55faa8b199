// Messages between contexts, named by direction (Dark Reader's habit).

/** Content script → background: the step shown on this tab, for the toolbar badge. */
export interface ContentToBackgroundStep {
  type: 'content→background:step';
  step: number | null;
}

/** Background → content script: the keyboard shortcut was pressed. */
export interface BackgroundToContentToggle {
  type: 'background→content:toggle';
}

export type ToBackground = ContentToBackgroundStep;
export type ToContent = BackgroundToContentToggle;

export function isToContent(message: unknown): message is ToContent {
  return typeof message === 'object' && message !== null && (message as ToContent).type === 'background→content:toggle';
}

export function isToBackground(message: unknown): message is ToBackground {
  return typeof message === 'object' && message !== null && (message as ToBackground).type === 'content→background:step';
}
