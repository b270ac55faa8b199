// The content script's messages: the badge's step to the background, the toolbar button's
// toggle, and the popup's questions (which invoice and step, the diagnostic).
import { browser, type Runtime } from '../browser.js';
import { buildDiagnostic } from '../chorus/diagnostic.js';
import {
  type ContentToPopupDiagnostic,
  type ContentToPopupTab,
  fromThisExtension,
  isToContent,
  type Shown,
  type ToBackground,
} from '../messages.js';
import type { Engine } from './engine.js';
import { guarded } from './guarded.js';
import { logOnce } from './log.js';

/** How many frames up to the top page (a cross-origin parent is counted all the same). */
function depthOf(win: Window): number {
  let depth = 0;
  for (let w = win; w !== w.parent && depth < 31; w = w.parent) depth++;
  return depth;
}

export function sendStep(step: number | null, shows: Shown): void {
  const message: ToBackground = { type: 'content→background:step', step, shows, depth: depthOf(window) };
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the badge catches up at the next step.
  });
}

export function answerMessages(win: Window, engine: Engine): void {
  const answer = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): ContentToPopupTab | ContentToPopupDiagnostic | true | undefined => {
    if (!fromThisExtension(sender, browser.runtime.id) || !isToContent(message)) return undefined;
    if (message.type === 'background→content:toggle') guarded('toggle', () => engine.card.toggleCollapsed())();
    if (message.type === 'background→content:speaks') {
      guarded('speaks', () => engine.setSpeaks(message.speaks))();
      // Heard: the background knows this frame is still there.
      return true;
    }
    // The popup asks the one frame that speaks for its tab (the background knows which).
    if (message.type === 'popup→content:which') return engine.shown();
    if (message.type === 'popup→content:diagnostic') {
      const { invoice, step, seenAt } = engine.shown();
      const extensionVersion = browser.runtime.getManifest().version;
      try {
        const diagnostic = buildDiagnostic(win.document, { extensionVersion, step, ctx: { invoiceNumber: invoice } });
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
}
