// Which screen of the flow a document shows, from what is on it (headings, labels, ids),
// never from the path alone: the works-invoice paths of the real portal are unknown.
import { normalizeLabel } from '../core/normalize.js';
import type { Screen } from '../core/screens.js';
import type { LocatorId } from '../core/steps.js';
import { isShown } from './dom.js';
import { type LocateContext, locate } from './locate.js';
import { SENT_MESSAGE, WORKS_SPACE_TITLES } from './locators.js';

function isLoginPage(doc: Document): boolean {
  const host = doc.location?.hostname ?? '';
  if (host.startsWith('idp.')) return true;
  // Keycloak's forms, the old Spring login, and any password or one-time-code field.
  return (
    doc.querySelector('input[type="password"], input[autocomplete="one-time-code"], #kc-form-login, #kc-otp-login-form') !== null
  );
}

function isSentPage(doc: Document): boolean {
  const messages = doc.querySelectorAll('[role="status"], [role="alert"], .alert, .message, .msg, h1, h2, p');
  return Array.from(messages).some((m) => isShown(m) && normalizeLabel(m.textContent ?? '').includes(SENT_MESSAGE));
}

function inWorksSpace(doc: Document): boolean {
  const titles = [
    doc.title,
    ...Array.from(doc.querySelectorAll('h1, h2, .breadcrumb, [aria-current="page"], [role="tab"][aria-selected="true"]')).map(
      (e) => e.textContent ?? '',
    ),
  ].map(normalizeLabel);
  const wanted = WORKS_SPACE_TITLES.map(normalizeLabel);
  return titles.some((t) => wanted.some((w) => t.includes(w)));
}

/** The contract's screen vocabulary, as a pure function of the document. */
export function detectScreen(doc: Document, ctx: LocateContext = {}): Screen {
  if (isLoginPage(doc)) return 'login';
  const has = (id: LocatorId) => locate(doc, id, ctx) !== null;
  if (isSentPage(doc)) return 'sent';
  if (has('confirm.dialog')) return 'send-confirm';
  if (has('attach.dialog')) return 'attachment-dialog';
  if (has('download.dialog')) return 'download-dialog';
  if (has('form.amounts') && (has('form.references') || has('form.send'))) return 'invoice-form';
  if (has('upload.file') && (has('upload.import') || has('upload.cadre'))) return 'certificate-upload';
  if (has('detail.process') || has('detail.refuse')) return 'invoice-detail';
  const works = inWorksSpace(doc);
  if (has('results.table') && (works || has('search.roleMoe'))) return 'works-results';
  if (has('search.roleMoe') && has('search.submit')) return 'works-search';
  if (works && has('space.searchTab')) return 'works-space';
  if (has('home.worksTile') || has('home.login')) return 'portal-home';
  return 'unknown';
}
