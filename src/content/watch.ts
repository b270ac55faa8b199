// What makes the engine look again: the page's changes (at most once per frame) and the user;
// the keyboard's listeners come and go with them.
// Leaving the page leaves nothing behind on it; coming back from the back-forward cache
// watches it again.
import { mayChangeFindings, mayShowOrHide } from '../chorus/dom.js';
import type { CardTools } from './cardTools.js';
import type { Engine } from './engine.js';
import { guarded } from './guarded.js';
import type { GuardKeeper } from './guards.js';
import type { KeyListeners } from './keys.js';
import type { OverlayHost } from './overlay/host.js';

// What shows or hides, and what names: a name given or changed after render (a framework's
// binding, a tab selected) is a change of what the locators find.
const OBSERVED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'disabled',
  'aria-hidden',
  'inert',
  'open',
  'aria-expanded',
  'aria-label',
  'aria-labelledby',
  'title',
  'aria-selected',
  'aria-current',
  'id',
  'for',
];

/** What else comes and goes with the page. */
export interface Watched {
  guards: GuardKeeper;
  keys: KeyListeners;
  tools: CardTools;
}

/** Starts watching the page now. */
export function watchPage(win: Window, engine: Engine, overlay: OverlayHost, { guards, keys, tools }: Watched): void {
  const doc = win.document;
  const observer = new MutationObserver(
    guarded('observe', (mutations: MutationRecord[]) => {
      if (mutations.some((m) => m.target === overlay.host && m.type === 'attributes')) overlay.keepExposed();
      const changes = mutations.filter((m) => !overlay.contains(m.target) && mayChangeFindings(m));
      if (changes.length > 0) engine.pageChanged(changes);
    }),
  );
  // A section or a window shown by a transition is read hidden when the change that starts it
  // comes (the first frame of a fade), and nothing of the page changes when it ends.
  const onShownOrHidden = guarded('transition', (e: Event) => {
    if (!overlay.contains(e.target) && mayShowOrHide(e)) engine.pageChanged();
  });
  // A popover shown or hidden changes no attribute (a window of Angular CDK opened again): its
  // toggle says so. Ours is not the page's business.
  const onToggle = guarded('toggle', (e: Event) => {
    if (!overlay.contains(e.target) && e.target instanceof Element && e.target.hasAttribute('popover')) engine.pageChanged();
  });
  const listeners: [string, EventListener][] = [
    ['toggle', onToggle],
    ['transitionend', onShownOrHidden],
    ['animationend', onShownOrHidden],
    ['click', guarded('click', (e: Event) => engine.user.onClick(e))],
    ['input', guarded('input', (e: Event) => engine.user.onUserChange(e))],
    ['change', guarded('change', (e: Event) => engine.user.onUserChange(e))],
    ['focusout', guarded('focusout', (e: Event) => engine.user.onFocusOut(e))],
  ];
  const onFocus = guarded('focus', () => engine.seen());
  const onVisible = guarded('visible', () => {
    if (doc.visibilityState === 'visible') engine.seen();
  });
  const watch = () => {
    observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      // Frameworks change a text in place (Angular's and React's bindings set a text node's data).
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    for (const [type, listener] of listeners) doc.addEventListener(type, listener, { capture: true, passive: true });
    win.addEventListener('focus', onFocus);
    win.addEventListener('keydown', keys.first, true);
    win.addEventListener('keydown', keys.last);
    overlay.host.addEventListener('keydown', keys.own);
    doc.addEventListener('visibilitychange', onVisible);
    guards.start();
  };
  const unwatch = () => {
    observer.disconnect();
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true });
    win.removeEventListener('focus', onFocus);
    win.removeEventListener('keydown', keys.first, true);
    win.removeEventListener('keydown', keys.last);
    overlay.host.removeEventListener('keydown', keys.own);
    doc.removeEventListener('visibilitychange', onVisible);
    guards.stop();
    engine.stop();
    overlay.suspend();
    tools.stop();
  };
  win.addEventListener('pagehide', unwatch);
  win.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    watch();
    overlay.resume();
    engine.resume();
  });
  watch();
}
