// What of the page's changes reaches the engine (watch.ts): a name or a text a framework sets
// after render does; a spinner, a clock outside anything read, a framework's comments do not.
import { afterEach, expect, test } from 'vitest';
import type { CardTools } from '../../src/content/cardTools.js';
import type { Engine } from '../../src/content/engine.js';
import type { GuardKeeper } from '../../src/content/guards.js';
import type { KeyListeners } from '../../src/content/keys.js';
import { mountHost } from '../../src/content/overlay/host.js';
import { watchPage } from '../../src/content/watch.js';
import { page } from '../chorus/fixtures.js';

let leave: (() => void) | undefined;
afterEach(() => leave?.());

function watched(html: string) {
  const doc = page(html);
  const win = doc.defaultView as Window;
  const seen: MutationRecord[][] = [];
  const none = () => undefined;
  const engine = {
    pageChanged: (records: MutationRecord[]) => seen.push(records),
    user: { onClick: none, onUserChange: none, onFocusOut: none },
    seen: none,
    stop: none,
    resume: none,
  } as unknown as Engine;
  const overlay = mountHost(doc);
  doc.body.append(overlay.host);
  watchPage(win, engine, overlay, {
    guards: { start: none, stop: none } as unknown as GuardKeeper,
    keys: { first: none, last: none, own: none } as unknown as KeyListeners,
    tools: { stop: none } as unknown as CardTools,
  });
  leave = () => win.dispatchEvent(new Event('pagehide'));
  /** Whether `change` reached the engine. */
  const reaches = async (change: () => void) => {
    seen.length = 0;
    change();
    await new Promise((r) => setTimeout(r, 0));
    return seen.length > 0;
  };
  return { doc, reaches, host: overlay.host };
}

const PAGE = `<header><span id="clock">10:00</span><span id="spinner" class="turn-0"></span></header>
  <main><button id="go">…</button><a id="tab" role="tab" href="#t">Travaux</a><label id="lbl">Rôle</label><!--anchor--></main>`;

test('a name, a title, a tab selected or a label’s text set after render reaches the engine', async () => {
  const { doc, reaches } = watched(PAGE);
  const go = doc.getElementById('go') as HTMLElement;
  expect(await reaches(() => go.setAttribute('aria-label', 'Traiter'))).toBe(true);
  expect(await reaches(() => go.setAttribute('title', 'Traiter la facture'))).toBe(true);
  expect(await reaches(() => doc.getElementById('tab')?.setAttribute('aria-selected', 'true'))).toBe(true);
  expect(await reaches(() => doc.getElementById('lbl')?.setAttribute('for', 'go'))).toBe(true);
  expect(
    await reaches(() => {
      (go.firstChild as Text).data = 'Traiter';
    }),
  ).toBe(true);
});

test('a spinner, a clock outside anything read, a framework’s comment: nothing reaches the engine', async () => {
  const { doc, reaches } = watched(PAGE);
  expect(await reaches(() => doc.getElementById('spinner')?.setAttribute('class', 'turn-1'))).toBe(false);
  expect(
    await reaches(() => {
      ((doc.getElementById('clock') as Element).firstChild as Text).data = '10:01';
    }),
  ).toBe(false);
  expect(
    await reaches(() => {
      const comment = Array.from(doc.querySelector('main')?.childNodes ?? []).find((n) => n.nodeType === 8) as Comment;
      comment.data = 'anchor 2';
    }),
  ).toBe(false);
});

test('a section or a window that ends fading in or out reaches the engine; a button’s hover colour does not', async () => {
  const { doc, reaches } = watched(`${PAGE}<div id="panel" role="tabpanel"><input name="x"></div><div id="deco"></div>`);
  const end = (id: string, type: string, init: Record<string, string>) => () =>
    doc.getElementById(id)?.dispatchEvent(Object.assign(new Event(type, { bubbles: true }), init));
  expect(await reaches(end('panel', 'transitionend', { propertyName: 'visibility' }))).toBe(true);
  expect(await reaches(end('panel', 'transitionend', { propertyName: 'opacity' }))).toBe(true);
  expect(await reaches(end('panel', 'animationend', { animationName: 'fade' }))).toBe(true);
  expect(await reaches(end('go', 'transitionend', { propertyName: 'background-color' }))).toBe(false);
  // Nothing read in it: a decoration's fade changes nothing found.
  expect(await reaches(end('deco', 'transitionend', { propertyName: 'opacity' }))).toBe(false);
});

test('a page’s window that hides the rest of the page (aria-hidden, inert on <body>’s children) does not hide the assistant', async () => {
  const { doc, host } = watched(PAGE);
  // Angular CDK's dialog, Headless UI's: every child of <body> but the window's own container.
  for (const el of Array.from(doc.body.children)) {
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('inert', '');
  }
  await new Promise((r) => setTimeout(r, 0));
  expect([host.getAttribute('aria-hidden'), host.hasAttribute('inert')]).toEqual([null, false]);
  expect(doc.querySelector('header')?.getAttribute('aria-hidden')).toBe('true');
  // A page that sets it again and again is left to win, within a second: no endless tug of war.
  let rounds = 0;
  const observer = new MutationObserver(() => {
    if (rounds++ < 100 && !host.hasAttribute('aria-hidden')) host.setAttribute('aria-hidden', 'true');
  });
  observer.observe(host, { attributes: true });
  host.setAttribute('aria-hidden', 'true');
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  expect(rounds).toBeLessThan(100);
  expect(host.getAttribute('aria-hidden')).toBe('true');
});
