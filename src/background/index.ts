// The background: the toolbar badge (current step on portal tabs), the keyboard shortcut,
// and the stored state checked (migrated, or reset with a notice) when the extension is
// installed or updated.
import browser from 'webextension-polyfill';
import { fromThisExtension, isToBackground, type ToContent } from '../messages.js';
import { loadState, updateState } from '../storage.js';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!fromThisExtension(sender, browser.runtime.id) || !isToBackground(message) || sender.tab?.id === undefined) {
    return undefined;
  }
  // Only the top frame's step belongs on the badge.
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const tabId = sender.tab.id;
  return Promise.all([
    browser.action.setBadgeText({ tabId, text: message.step === null ? '' : String(message.step) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#000091' }),
  ]).then(() => undefined);
});

browser.commands.onCommand.addListener(async (command: string, tab?: browser.Tabs.Tab) => {
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
