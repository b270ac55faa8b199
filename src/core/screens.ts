/** The screens of the public test contract (#chorus-moe-assistant[data-screen]), in the flow's order. */
export const SCREENS = [
  'portal-home',
  'login',
  'works-space',
  'works-search',
  'works-results',
  'download-dialog',
  'invoice-detail',
  'certificate-upload',
  'invoice-form',
  'attachment-dialog',
  'send-confirm',
  'sent',
  'unknown',
] as const;

export type Screen = (typeof SCREENS)[number];

/** This screen and every one after it in the flow, up to the sent page. */
export function screensFrom(first: Screen): Screen[] {
  return SCREENS.slice(SCREENS.indexOf(first), SCREENS.indexOf('sent') + 1);
}
