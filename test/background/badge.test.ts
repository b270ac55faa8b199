import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const noReply = () => undefined;
/** The badge's text on a tab, once the background has drawn it. */
async function badgeIs(tabId: number, text: string): Promise<void> {
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(text));
}
const step = (n: number | null, page: 'flow' | 'other' | 'left' = n === null ? 'other' : 'flow') => ({
  type: 'content→background:step',
  step: n,
  page,
});

describe('the toolbar badge', () => {
  beforeEach(async () => {
    // Each test gets a fresh background (the setup resets the fake browser and its listeners).
    vi.resetModules();
    // fake-browser does not model keyboard commands; the background only registers a listener.
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: () => undefined } } });
    await import('../../src/background/index.js');
  });

  test('shows the step the page shows, on that tab only, and clears when there is none', async () => {
    const top = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger(step(12), top, noReply);
    await badgeIs(7, '12');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    await fakeBrowser.runtime.onMessage.trigger(step(null), top, noReply);
    await badgeIs(7, '');
  });

  test('ignores anything that is not our message, and a sub-frame out of the flow', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      step(3, 'other'),
      { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 2 },
      noReply,
    );
    const top = { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something else', step: 4, page: 'flow' }, top, noReply);
    // A payload that is not a step never reaches the badge ("[object Object]", "NaN"…).
    for (const n of [{ x: 1 }, '4', 0, 24, 2.5, Number.NaN, [4], undefined]) {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: n, page: 'flow' }, top, noReply);
    }
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 4, page: 'elsewhere' }, top, noReply);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 4 }, top, noReply);
    // Another extension or a web page cannot set it either.
    await fakeBrowser.runtime.onMessage.trigger(step(6), { ...top, id: 'another-extension' }, noReply);
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    await fakeBrowser.runtime.onMessage.trigger(step(5), top, noReply);
    await badgeIs(9, '5');
  });

  test('an application shown in frames: the frame that shows the flow speaks for the tab, on the badge and to the popup', async () => {
    const frame = (frameId: number) => ({
      id: fakeBrowser.runtime.id,
      tab: { id: 4 } as never,
      frameId,
      url: 'https://cpro.chorus-pro.gouv.fr/cpp/x',
    });
    const popup = { id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('')}src/popup/index.html` };
    const lead = async (sender: object = popup) => {
      let answer: unknown;
      await fakeBrowser.runtime.onMessage.trigger({ type: 'popup→background:lead', tabId: 4 }, sender, (a: unknown) => {
        answer = a;
      });
      return answer;
    };
    // The top page holds the application's frames, and shows no screen of its own.
    await fakeBrowser.runtime.onMessage.trigger(step(null), frame(0), noReply);
    await fakeBrowser.runtime.onMessage.trigger(step(6), frame(3), noReply);
    await badgeIs(4, '6');
    expect(await lead()).toEqual({ frameId: 3 });
    // A content script may not ask.
    expect(await lead(frame(3))).toBeUndefined();
    // A window drawn in a frame of its own (the attachment window) speaks while it is there.
    await fakeBrowser.runtime.onMessage.trigger(step(19), frame(5), noReply);
    await badgeIs(4, '19');
    expect(await lead()).toEqual({ frameId: 5 });
    await fakeBrowser.runtime.onMessage.trigger(step(null, 'left'), frame(5), noReply);
    await fakeBrowser.runtime.onMessage.trigger(step(22), frame(3), noReply);
    await badgeIs(4, '22');
    expect(await lead()).toEqual({ frameId: 3 });
    // The top page showing a screen of the flow itself (a window it draws over the frames) speaks first.
    await fakeBrowser.runtime.onMessage.trigger(step(23), frame(0), noReply);
    await badgeIs(4, '23');
    expect(await lead()).toEqual({ frameId: 0 });
    // The top page left: its frames go with it.
    await fakeBrowser.runtime.onMessage.trigger(step(null, 'left'), frame(0), noReply);
    await badgeIs(4, '');
    expect(await lead()).toEqual({ frameId: 0 });
  });

  test('« ! » beside the step when an invoice in progress is past the MOE’s delay', async () => {
    const { updateState, loadState } = await import('../../src/storage.js');
    const { recordFacts } = await import('../../src/core/state.js');
    await loadState();
    await updateState((s) => recordFacts(s, 'FT-1', { receivedAt: '01/01/2020' }, 1));
    const top = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 };
    await vi.waitFor(async () => {
      await fakeBrowser.runtime.onMessage.trigger(step(12), top, noReply);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('12!');
    });
    await fakeBrowser.runtime.onMessage.trigger(step(null), top, noReply);
    await badgeIs(7, '!');
  });
});
