// The content script's entry. Everything runs inside try/catch: whatever the portal's
// markup, the page and its own scripts must never notice the extension failed.
import { h } from 'preact';
import { browser, type Runtime } from '../browser.js';
import { buildDiagnostic } from '../chorus/diagnostic.js';
import { mayChangeFindings } from '../chorus/dom.js';
import { deriveLocator } from '../chorus/picked.js';
import { detectScreen } from '../chorus/screens.js';
import { stepWhere } from '../core/steps.js';
import { setLanguage, stepText, t } from '../i18n.js';
import {
  type ContentToPopupDiagnostic,
  type ContentToPopupTab,
  fromThisExtension,
  isToContent,
  type ToBackground,
} from '../messages.js';
import { loadState, onStateChanged, updateState } from '../storage.js';
import { Engine } from './engine.js';
import { type GuardHit, type GuardId, GuardKeeper, guardFor } from './guards.js';
import { logOnce } from './log.js';
import { Guard } from './overlay/Guard.js';
import { HOST_ID, hostParent, mountHost } from './overlay/host.js';
import { pageDialogOpen } from './overlay/page.js';
import { RowMarkers } from './overlay/RowMarkers.js';
import { startPicker } from './picker.js';

/** Alt+Shift+J moves focus into the card (README); the key's code, whatever the layout. */
const SHORTCUT_CODE = 'KeyJ';
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
  setLanguage(state.settings.language);
  const overlay = mountHost(doc);
  // The guards' layer: its window, the line after « proceed », the ring after « cancel ».
  let hit: GuardHit | null = null;
  let proceeded: GuardId | null = null;
  let ring: Element | null = null;
  const renderLayer = () => {
    const vm = engine.view();
    const guard = {
      hit,
      proceeded,
      ring,
      proceed: guarded('proceed', () => {
        const element = guards.proceed();
        proceeded = hit?.id ?? null;
        // Focus is not a click: the user's Enter or click on it is what goes through.
        if (element instanceof HTMLElement) element.focus();
        renderLayer();
      }),
      cancel: guarded('cancel', () => {
        const stopped = guards.cancel();
        if (stopped?.id === 'refuse') engine.markStepDone(stepWhere((s) => s.guard === 'refuse'));
        ring = stopped?.blockers[0]?.anchor ?? null;
        ring?.scrollIntoView({ block: 'center' });
        if (ring instanceof HTMLElement) ring.focus();
        renderLayer();
      }),
    };
    overlay.renderLayer([h(Guard, { view: guard }), vm ? h(RowMarkers, { doc, state: vm.state, screen: vm.screen }) : null]);
  };
  const guards = new GuardKeeper(window, {
    check: (target) => {
      const vm = engine.view();
      if (!vm) return null;
      return guardFor(doc, vm.screen, vm.invoice, vm.invoice.number ? { invoiceNumber: vm.invoice.number } : {}, target);
    },
    isOwnEvent: (event) => event.composedPath().includes(overlay.host),
    show: (next) => {
      hit = next;
      if (next) {
        proceeded = null;
        ring = null;
      }
      renderLayer();
    },
    passed: () => {
      proceeded = null;
      renderLayer();
    },
  });
  // « Montrer l'élément » and « Copier le diagnostic » on the card (issue 14).
  let pickNote = { step: 0, text: '' };
  let stopPicker: (() => void) | null = null;
  const diagnosticJson = (): string => {
    const { invoice, step } = engine.shown();
    const extensionVersion = browser.runtime.getManifest().version;
    try {
      return JSON.stringify(buildDiagnostic(doc, { extensionVersion, step, ctx: { invoiceNumber: invoice } }), null, 2);
    } catch (error) {
      logOnce('diagnostic', error);
      return '';
    }
  };
  const pick = () => {
    const step = engine.view()?.step;
    if (!step || stopPicker) return;
    stopPicker = startPicker({
      host: overlay.host,
      instruction: t('pickInstruction', { TARGET: stepText(step.n, 'Target') }),
      picked: guarded('picked', (element: Element) => {
        stopPicker = null;
        const locator = deriveLocator(element);
        pickNote = { step: step.n, text: t(locator ? 'pickSaved' : 'pickUnusable') };
        if (locator) engine.pickCurrent(locator);
        else engine.schedule(0);
      }),
      cancelled: () => {
        stopPicker = null;
      },
    });
  };
  const engine: Engine = new Engine(doc, state, {
    render: (vm) => {
      if (!overlay.host.isConnected) hostParent(doc).append(overlay.host);
      renderLayer();
      overlay.render(vm, {
        done: guarded('done', () => engine.markCurrentDone()),
        skip: guarded('skip', () => engine.skipCurrent()),
        collapse: guarded('collapse', (collapsed: boolean) => engine.setCollapsed(collapsed)),
        pick: guarded('pick', pick),
        diagnostic: diagnosticJson,
        pickNote: pickNote.step === vm.step?.n ? pickNote.text : '',
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

  // Keyboard: the shortcut, Échap and Tab are read after the page's own handlers (bubbling,
  // on window), and left alone when the page already used the key.
  let dialogAtKeydown = false;
  const onKeyFirst = guarded('keys', () => {
    dialogAtKeydown = pageDialogOpen(doc);
  });
  const onKeyLast = guarded('keys', (e: KeyboardEvent) => {
    if (!e.isTrusted || e.defaultPrevented) return;
    if (e.code === SHORTCUT_CODE && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      overlay.focusCard();
    } else if (e.key === 'Escape') {
      // The page's open window owns Échap while focus is in the page.
      const ours = overlay.contains(e.composedPath()[0] ?? null);
      if (!ours && dialogAtKeydown) return;
      if (overlay.escape()) e.preventDefault();
    } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (overlay.tab(e)) e.preventDefault();
    }
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
    window.addEventListener('keydown', onKeyFirst, true);
    window.addEventListener('keydown', onKeyLast);
    doc.addEventListener('visibilitychange', onVisible);
    guards.start();
  };
  // Leaving the page leaves nothing behind on it; coming back from the back-forward cache
  // watches it again.
  const unwatch = () => {
    observer.disconnect();
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true });
    window.removeEventListener('focus', onFocus);
    window.removeEventListener('keydown', onKeyFirst, true);
    window.removeEventListener('keydown', onKeyLast);
    doc.removeEventListener('visibilitychange', onVisible);
    guards.stop();
    engine.stop();
    overlay.suspend();
    stopPicker?.();
    stopPicker = null;
  };
  window.addEventListener('pagehide', unwatch);
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    watch();
    overlay.resume();
    engine.resume();
  });

  onStateChanged(
    guarded('state', (next) => {
      setLanguage(next.settings.language);
      engine.replaceState(next);
    }),
  );
  const answer = (message: unknown, sender: Runtime.MessageSender): ContentToPopupTab | ContentToPopupDiagnostic | undefined => {
    if (!fromThisExtension(sender, browser.runtime.id) || !isToContent(message)) return undefined;
    if (message.type === 'background→content:toggle') guarded('toggle', () => engine.toggleCollapsed())();
    // Only the top frame answers for its tab.
    if (message.type === 'popup→content:which' && window === window.top) return engine.shown();
    if (message.type === 'popup→content:diagnostic' && window === window.top) {
      const { invoice, step, seenAt } = engine.shown();
      const extensionVersion = browser.runtime.getManifest().version;
      try {
        const diagnostic = buildDiagnostic(doc, { extensionVersion, step, ctx: { invoiceNumber: invoice } });
        return { diagnostic, seenAt };
      } catch (error) {
        logOnce('diagnostic', error);
      }
    }
    return undefined;
  };
  // The answer goes through sendResponse, at once: Chrome before 144 ignores a returned promise.
  const onMessage = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    const reply = answer(message, sender);
    if (reply !== undefined) sendResponse(reply);
  };
  browser.runtime.onMessage.addListener(onMessage as Runtime.OnMessageListenerCallback);

  watch();
  engine.evaluate();
}

if (!document.getElementById(HOST_ID)) {
  start().catch((error: unknown) => logOnce('start', error));
}
