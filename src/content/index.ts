// The content script's entry. Everything runs inside try/catch: whatever the portal's
// markup, the page and its own scripts must never notice the extension failed.
import browser from 'webextension-polyfill';
import { mayChangeFindings } from '../chorus/dom.js';
import { detectScreen } from '../chorus/screens.js';
import { type ContentToPopupTab, fromThisExtension, isToContent, type ToBackground } from '../messages.js';
import { loadState, onStateChanged, updateState } from '../storage.js';
import { Engine } from './engine.js';
import { logOnce } from './log.js';
import { HOST_ID, mountHost } from './overlay/host.js';

const OBSERVED_ATTRIBUTES = ['class', 'style', 'hidden', 'disabled', 'aria-hidden', 'open', 'aria-expanded'];

function guarded<A extends unknown[]>(key: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      logOnce(key, error);
    }
  };
}

async function start(): Promise<void> {
  const doc = document;
  // In a sub-frame, the assistant appears only if that frame holds a screen of the flow;
  // a login frame (idp., a password field) is never read.
  if (window !== window.top && ['unknown', 'login'].includes(detectScreen(doc))) return;
  const { state } = await loadState();
  const overlay = mountHost(doc);
  const engine: Engine = new Engine(doc, state, {
    render: (vm) => {
      if (!overlay.host.isConnected) doc.documentElement.append(overlay.host);
      overlay.render(vm, {
        done: guarded('done', () => engine.markCurrentDone()),
        skip: guarded('skip', () => engine.skipCurrent()),
        collapse: guarded('collapse', (collapsed: boolean) => engine.setCollapsed(collapsed)),
      });
    },
    persist: (change) => {
      updateState(change).catch((error: unknown) => logOnce('save', error));
    },
    stepChanged: (step) => {
      const message: ToBackground = { type: 'content→background:step', step };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the badge catches up at the next step.
      });
    },
    setScreen: (screen, step) => overlay.setScreen(screen, step),
    isOwnEvent: (event) => event.composedPath().includes(overlay.host),
  });

  // —— what makes the engine look again: the page's changes (at most once per frame) and the user ——
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
    window.addEventListener('focus', onFocus);
    doc.addEventListener('visibilitychange', onVisible);
  };
  // Leaving the page leaves nothing behind on it; coming back from the back-forward cache
  // watches it again.
  const unwatch = () => {
    observer.disconnect();
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true });
    window.removeEventListener('focus', onFocus);
    doc.removeEventListener('visibilitychange', onVisible);
    engine.stop();
  };
  window.addEventListener('pagehide', unwatch);
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    watch();
    engine.schedule(0);
  });

  onStateChanged(guarded('state', (next) => engine.replaceState(next)));
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!fromThisExtension(sender, browser.runtime.id) || !isToContent(message)) return undefined;
    if (message.type === 'background→content:toggle') guarded('toggle', () => engine.toggleCollapsed())();
    // Only the top frame answers for its tab.
    if (message.type === 'popup→content:which' && window === window.top) {
      const answer: ContentToPopupTab = engine.shown();
      return Promise.resolve(answer);
    }
    return undefined;
  });

  watch();
  engine.evaluate();
}

if (!document.getElementById(HOST_ID)) {
  start().catch((error: unknown) => logOnce('start', error));
}
