// What makes the engine look again: the page's changes (at most once per frame) and the user.
// Leaving the page leaves nothing behind on it; coming back from the back-forward cache
// watches it again.
import { mayChangeFindings } from '../chorus/dom.js';
import type { Engine } from './engine.js';
import { guarded } from './guarded.js';
import type { GuardKeeper } from './guards.js';
import type { OverlayHost } from './overlay/host.js';

const OBSERVED_ATTRIBUTES = ['class', 'style', 'hidden', 'disabled', 'aria-hidden', 'open', 'aria-expanded'];

/** Starts watching the page now. */
export function watchPage(win: Window, engine: Engine, overlay: OverlayHost, guards: GuardKeeper): void {
  const doc = win.document;
  const observer = new MutationObserver(
    guarded('observe', (mutations: MutationRecord[]) => {
      if (mutations.some((m) => !overlay.contains(m.target) && mayChangeFindings(m))) engine.pageChanged();
    }),
  );
  const listeners: [string, EventListener][] = [
    ['click', guarded('click', (e: Event) => engine.onClick(e))],
    ['input', guarded('input', (e: Event) => engine.onUserChange(e))],
    ['change', guarded('change', (e: Event) => engine.onUserChange(e))],
    ['focusout', guarded('focusout', (e: Event) => engine.onFocusOut(e))],
  ];
  const onFocus = guarded('focus', () => engine.seen());
  const onVisible = guarded('visible', () => {
    if (doc.visibilityState === 'visible') engine.seen();
  });
  const watch = () => {
    observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    for (const [type, listener] of listeners) doc.addEventListener(type, listener, { capture: true, passive: true });
    win.addEventListener('focus', onFocus);
    doc.addEventListener('visibilitychange', onVisible);
    guards.start();
  };
  const unwatch = () => {
    observer.disconnect();
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true });
    win.removeEventListener('focus', onFocus);
    doc.removeEventListener('visibilitychange', onVisible);
    guards.stop();
    engine.stop();
  };
  win.addEventListener('pagehide', unwatch);
  win.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    watch();
    engine.schedule(0);
  });
  watch();
}
