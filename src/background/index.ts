// The background: the toolbar badge (current step on portal tabs), the keyboard shortcut,
// and the stored state checked (migrated, or reset with a notice) when the extension is
// installed or updated.
import { browser, type Runtime, type Tabs } from '../browser.js';
import { anyInvoiceLate, type StoredState } from '../core/state.js';
import { fromThisExtension, isToBackground, type ToContent } from '../messages.js';
import { loadState, onStateChanged, updateState } from '../storage.js';

/** The step each portal tab shows, to redraw its badge when lateness changes. */
const steps = new Map<number, number | null>();
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
  for (const [tabId, step] of steps) void badge(tabId, step).catch(() => steps.delete(tabId));
}

loadState()
  .then(({ state }) => followLateness(state))
  .catch(() => undefined);
onStateChanged(followLateness);
browser.tabs.onRemoved.addListener((tabId: number) => {
  steps.delete(tabId);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromThisExtension(sender, browser.runtime.id) || !isToBackground(message) || sender.tab?.id === undefined) {
    return undefined;
  }
  // Only the top frame's step belongs on the badge.
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const tabId = sender.tab.id;
  steps.set(tabId, message.step);
  return badge(tabId, message.step).then(() => undefined);
});

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
