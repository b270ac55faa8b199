// Asking the portal's tabs: every tab is sent the message; those without our content script
// (any other site) do not answer, and only answers of the expected shape count.
import { browser, type Tabs } from '../browser.js';
import { isLeadAnswer, type PopupToBackgroundLead } from '../messages.js';

export interface TabAnswer<A> {
  tab: Tabs.Tab;
  answer: A;
  active: boolean;
}

/**
 * The frame that speaks for a tab: the top page, or in an application shown in frames the frame
 * that shows the flow (the background knows; a background that cannot say means the top page).
 */
async function leadFrame(tabId: number): Promise<number> {
  const question: PopupToBackgroundLead = { type: 'popup→background:lead', tabId };
  const answer: unknown = await browser.runtime.sendMessage(question).catch(() => null);
  return isLeadAnswer(answer) ? answer.frameId : 0;
}

/** Every portal tab's answer to `message`, each with its tab and whether it is the active one. */
export async function askPortalTabs<A>(message: object, isAnswer: (x: unknown) => x is A): Promise<TabAnswer<A>[]> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabs = await browser.tabs.query({});
  const answers = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return null;
      const answer: unknown = await browser.tabs
        .sendMessage(tab.id, message, { frameId: await leadFrame(tab.id) })
        .catch(() => null);
      return isAnswer(answer) ? { tab, answer, active: tab.id === active?.id } : null;
    }),
  );
  return answers.filter((a) => a !== null);
}

/**
 * The portal tab at hand: the active tab when it is one, else the one the user worked in last
 * (the popup may be open in a tab of its own).
 */
export async function askTabAtHand<A extends { seenAt: number }>(
  message: object,
  isAnswer: (x: unknown) => x is A,
): Promise<A | null> {
  const valid = await askPortalTabs(message, isAnswer);
  const chosen = valid.find((a) => a.active) ?? valid.sort((a, b) => b.answer.seenAt - a.answer.seenAt)[0];
  return chosen?.answer ?? null;
}
