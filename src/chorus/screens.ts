// Which screen of the flow a document shows, from what is on it (headings, labels, ids),
// never from the path alone: the works-invoice paths of the real portal are unknown.
// A screen is the sum of its evidence, each cue optional, so that one reworded title
// never loses the whole screen (portal.md §3: every label there is a guess).
import { normalizeLabel } from '../core/normalize.js';
import type { Screen } from '../core/screens.js';
import type { LocatorId } from '../core/steps.js';
import { DIALOGS, isShown } from './dom.js';
import { type LocateContext, locate } from './locate.js';
import { SENT_MESSAGE, WORKS_SPACE_TITLES } from './locators.js';
import { withHosts } from './shadow.js';

// Keycloak's forms, the old Spring login, and any password or one-time-code field.
const LOGIN = 'input[type="password"], input[autocomplete="one-time-code"], #kc-form-login, #kc-otp-login-form';
// A success box styled by its class alone (« cpp-success », « alert-success », a Material card).
const MESSAGES = '[role="status"], [role="alert"], .alert, .message, .msg, [class*="success"], h1, h2, p';
const SPACE_TITLES = 'h1, h2, .breadcrumb, [aria-current="page"], [role="tab"][aria-selected="true"]';

/**
 * What screen detection reads across the page rather than through a locator (the windows too,
 * even one a row holds), and the alerts the features read (`.text-danger` besides these): a
 * change there is never weighed row by row.
 */
export const READ_ACROSS_PAGE = `${LOGIN}, ${MESSAGES}, ${SPACE_TITLES}, ${DIALOGS}, .text-danger`;

/** What, around the results, would read their rows' text as its own: a message, a live region. */
export const TEXT_HOLDERS = `${MESSAGES}, ${SPACE_TITLES}, .text-danger`;

function isLoginPage(doc: Document): boolean {
  const host = doc.location?.hostname ?? '';
  if (host.startsWith('idp.')) return true;
  return doc.querySelector(LOGIN) !== null;
}

function isSentPage(doc: Document): boolean {
  // The text first: whether a message is shown is a style read, asked of the one that says it.
  const messages = doc.querySelectorAll(MESSAGES);
  if (Array.from(messages).some((m) => normalizeLabel(m.textContent ?? '').includes(SENT_MESSAGE) && isShown(m))) return true;
  // Said in a box of its own style (jQuery UI's « ui-state-highlight », a <div> with an icon):
  // the smallest element that says it all, if the page says it at all.
  const body = doc.body;
  if (!body?.textContent?.includes('en cours de transmission')) return false;
  let holder: Element = body;
  for (;;) {
    const child = Array.from(holder.children).find((c) => normalizeLabel(c.textContent ?? '').includes(SENT_MESSAGE));
    if (!child) break;
    holder = child;
  }
  return holder !== body && isShown(holder);
}

function inWorksSpace(doc: Document): boolean {
  const found = withHosts(doc, Array.from(doc.querySelectorAll(SPACE_TITLES)), SPACE_TITLES);
  const titles = [doc.title, ...found.map((e) => e.textContent ?? '')].map(normalizeLabel);
  const wanted = WORKS_SPACE_TITLES.map(normalizeLabel);
  return titles.some((t) => wanted.some((w) => t.includes(w)));
}

type Cue = LocatorId | 'works';

/** Reads what is read across the page (not through a locator), or the reading's answer if it has one. */
export type AcrossPage = <T>(key: string, read: () => T) => T;

interface Signature {
  screen: Screen;
  cues: [Cue, number][];
  /** Each of these groups must have one cue there (a results table in another space is not ours). */
  requires?: Cue[][];
  /**
   * A window opens over one page of the flow: over a page that shows another page's cue
   * (`not`) and none of its own page's (`over`), it is some other window, misread. A page
   * hidden behind its window (aria-hidden) shows neither, and does not count against it.
   */
  host?: { over: Cue[]; not: Cue[] };
}

/**
 * What each screen shows, and what each cue is worth. A screen needs 3 points; the best wins,
 * earlier in this list on a tie. Windows come first: a window open over a page is where the
 * user is. The upload screen is known from its file choice alone, before its cadre appears
 * (the tutorial: the page « s'agrandit » once the file is chosen).
 */
const OVER_FORM = {
  over: ['form.amounts', 'form.send', 'form.attachmentsBlock'],
  not: ['results.table'],
} satisfies Signature['host'];
const SIGNATURES: Signature[] = [
  { screen: 'send-confirm', cues: [['confirm.dialog', 5]], host: OVER_FORM },
  { screen: 'attachment-dialog', cues: [['attach.dialog', 5]], host: OVER_FORM },
  {
    screen: 'download-dialog',
    cues: [['download.dialog', 5]],
    host: { over: ['results.table'], not: ['form.amounts', 'form.send'] },
  },
  {
    screen: 'invoice-form',
    cues: [
      ['form.amounts', 2],
      ['form.references', 1],
      ['form.send', 2],
      ['form.attachmentsBlock', 1],
    ],
  },
  {
    screen: 'certificate-upload',
    cues: [
      ['upload.file', 3],
      ['upload.import', 1],
      ['upload.cadre', 2],
      ['upload.continue', 1],
    ],
  },
  {
    screen: 'invoice-detail',
    cues: [
      ['detail.process', 3],
      ['detail.refuse', 3],
      // The refusal window opens over the detail, which a framework's window hides (aria-hidden).
      ['refuse.dialog', 3],
    ],
  },
  {
    // The search form stays above the results: the table tips the balance.
    screen: 'works-results',
    cues: [
      ['results.table', 3],
      ['search.roleMoe', 2],
      ['search.submit', 1],
      ['works', 1],
    ],
    // « Factures reçues » has a results table too: ours is in the works space.
    requires: [['results.table'], ['works', 'search.roleMoe']],
  },
  {
    screen: 'works-search',
    cues: [
      ['search.roleMoe', 2],
      ['search.submit', 1],
      ['search.structure', 1],
      ['works', 1],
    ],
  },
  {
    screen: 'works-space',
    cues: [
      ['works', 2],
      ['space.searchTab', 1],
    ],
  },
  {
    screen: 'portal-home',
    cues: [
      ['home.worksTile', 3],
      ['home.login', 3],
      ['home.domainAccess', 3],
    ],
  },
];
const ENOUGH = 3;

/**
 * Each signature's cues, the heaviest first, and the most it can score: detection stops
 * weighing a screen once it cannot beat the best so far, so that the locators of the other
 * screens are not looked up on every page.
 */
const WEIGHED = SIGNATURES.map((sig) => ({
  ...sig,
  cues: [...sig.cues].sort((a, b) => b[1] - a[1]),
  most: sig.cues.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0),
}));

/** The contract's screen vocabulary, as a pure function of the document. */
export function detectScreen(
  doc: Document,
  ctx: LocateContext = {},
  find = (id: LocatorId) => locate(doc, id, ctx),
  acrossPage: AcrossPage = (_key, read) => read(),
): Screen {
  if (acrossPage('login', () => isLoginPage(doc))) return 'login';
  if (acrossPage('sent', () => isSentPage(doc))) return 'sent';
  // What each cue is worth: found, 1; found only as the name of a step of the form standing
  // for its section (not rendered yet), half — a step header alone is not the form.
  const seen = new Map<Cue, number>();
  const worth = (cue: Cue): number => {
    let v = seen.get(cue);
    if (v === undefined) {
      if (cue === 'works') v = acrossPage('works', () => inWorksSpace(doc)) ? 1 : 0;
      else {
        const found = find(cue);
        v = found ? (found.standIn ? 0.5 : 1) : 0;
      }
      seen.set(cue, v);
    }
    return v;
  };
  const has = (cue: Cue): boolean => worth(cue) > 0;
  let best: Screen = 'unknown';
  let bestScore = ENOUGH - 0.5;
  for (const { screen, cues, requires, host, most } of WEIGHED) {
    // Ties go to the earlier screen: one that can only tie the best is not weighed.
    if (most <= bestScore) continue;
    if (requires && !requires.every((group) => group.some(has))) continue;
    let score = 0;
    let left = most;
    for (const [cue, weight] of cues) {
      // What the cues still to weigh can add at most (a negative weight can only take away).
      left -= Math.max(0, weight);
      if (has(cue)) score += weight * worth(cue);
      else if (score + left <= bestScore) break;
    }
    // Weighed only for a window found: a misread window would mark every step before its page
    // done, for good.
    if (host && score > bestScore && host.not.some(has) && !host.over.some(has)) continue;
    if (score > bestScore) {
      best = screen;
      bestScore = score;
    }
    // A window is decisive: nothing under it is what the user is on.
    if (score >= 5 && (screen.endsWith('-dialog') || screen === 'send-confirm')) return screen;
  }
  return best;
}
