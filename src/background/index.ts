// The background: the toolbar badge (current step on portal tabs), the keyboard shortcut,
// and the stored state checked (migrated, or reset with a notice) when the extension is
// installed or updated.
import { browser, type Runtime, type Tabs } from '../browser.js';
import { anyInvoiceLate, type StoredState } from '../core/state.js';
import { type BackgroundToPopupLead, fromThisExtension, isToBackground, type ToContent } from '../messages.js';
import { loadState, onStateChanged, updateState } from '../storage.js';
import { TabFrames } from './frames.js';

/** The step each portal tab shows (through the frame that speaks for it), to redraw its badge when lateness changes. */
const frames = new TabFrames();
let late = false;

function badge(tabId: number, step: number | null): Promise<unknown> {
  const text = step === null ? (late ? '!' : '') : `${step}${late ? '!' : ''}`;
  return Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: late ? '#ce0500' : '#000091' }),
  ]);
}

function followLateness(state: StoredState): void {
  const now = anyInvoiceLate(state, Date.now());
  if (now === late) return;
  late = now;
  // Tabs without a step (any other site) show « ! » too: it is about the user's work, not the page.
  void browser.action.setBadgeText({ text: late ? '!' : '' }).catch(() => undefined);
  void browser.action.setBadgeBackgroundColor({ color: '#ce0500' }).catch(() => undefined);
  for (const tabId of frames.tabIds()) void badge(tabId, frames.lead(tabId).step).catch(() => frames.forget(tabId));
}

loadState()
  .then(({ state }) => followLateness(state))
  .catch(() => undefined);
onStateChanged(followLateness);
browser.tabs.onRemoved.addListener((tabId: number) => {
  frames.forget(tabId);
});

const onMessage = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): void => {
  if (!fromThisExtension(sender, browser.runtime.id) || !isToBackground(message)) return;
  if (message.type === 'popup→background:lead') {
    // Asked by the popup, a page of the extension's own (a content script may not ask). Answered
    // at once through sendResponse: Chrome before 144 ignores a returned promise.
    if (!sender.url?.startsWith(browser.runtime.getURL(''))) return;
    const answer: BackgroundToPopupLead = { frameId: frames.lead(message.tabId).frameId };
    sendResponse(answer);
    return;
  }
  if (sender.tab?.id === undefined) return;
  const tabId = sender.tab.id;
  const frameId = sender.frameId ?? 0;
  if (message.shows === 'left') frames.left(tabId, frameId);
  else frames.report(tabId, frameId, { step: message.step, screen: message.shows, depth: message.depth });
  void speak(tabId).catch(() => undefined);
};

/**
 * Tells each frame of the tab whether it speaks for it, and puts the speaker's step on the
 * badge. A speaker that no longer answers (a window's frame removed without a word) is
 * forgotten, and the next one speaks.
 */
async function speak(tabId: number): Promise<void> {
  for (let tries = 0; tries < 4; tries++) {
    const lead = frames.lead(tabId);
    const ids = frames.frameIds(tabId);
    // A lone page speaks, as it always does: nothing to tell it.
    if (ids.length > 1 || (ids.length === 1 && ids[0] !== 0)) {
      const told = (frameId: number, speaks: boolean) => {
        const message: ToContent = { type: 'background→content:speaks', speaks };
        return browser.tabs.sendMessage(tabId, message, { frameId }).then(
          () => true,
          () => false,
        );
      };
      if (!(await told(lead.frameId, true))) {
        frames.left(tabId, lead.frameId);
        continue;
      }
      await Promise.all(ids.filter((id) => id !== lead.frameId).map((id) => told(id, false)));
    }
    await badge(tabId, lead.step);
    return;
  }
}
browser.runtime.onMessage.addListener(onMessage as Runtime.OnMessageListenerCallback);

browser.commands.onCommand.addListener(async (command: string, tab?: Tabs.Tab) => {
  if (command !== 'toggle-assistant') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const message: ToContent = { type: 'background→content:toggle' };
  // A tab outside the portal has no content script to answer: nothing to toggle there.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
});

browser.runtime.onInstalled.addListener(async () => {
  await loadState();
  // Written only when what is stored is old, corrupt or over its bounds.
  await updateState((state) => state);
});
