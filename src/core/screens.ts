/** The screens of the public test contract (#chorus-moe-assistant[data-screen]). */
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
