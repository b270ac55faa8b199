import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const noReply = () => undefined;
/** The badge's text on a tab, once the background has drawn it. */
async function badgeIs(tabId: number, text: string): Promise<void> {
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(text));
}
const step = (n: number | null, shows = n === null ? 'unknown' : 'invoice-detail', depth = 0) => ({
  type: 'content→background:step',
  step: n,
  shows,
  depth,
});

describe('the toolbar badge', () => {
  beforeEach(async () => {
    // Each test gets a fresh background (the setup resets the fake browser and its listeners).
    vi.resetModules();
    // fake-browser does not model keyboard commands; the background only registers a listener.
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: () => undefined } } });
    // Every frame told whether it speaks answers, as a content script does.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => true as never);
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
      step(3, 'unknown'),
      { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 2 },
      noReply,
    );
    const top = { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something else', step: 4, shows: 'invoice-detail' }, top, noReply);
    // A payload that is not a step never reaches the badge ("[object Object]", "NaN"…).
    for (const n of [{ x: 1 }, '4', 0, 24, 2.5, Number.NaN, [4], undefined]) {
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'content→background:step', step: n, shows: 'invoice-detail', depth: 0 },
        top,
        noReply,
      );
    }
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 4, shows: 'elsewhere' }, top, noReply);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 4 }, top, noReply);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content→background:step', step: 4, shows: 'invoice-detail', depth: -1 },
      top,
      noReply,
    );
    // Another extension or a web page cannot set it either.
    await fakeBrowser.runtime.onMessage.trigger(step(6), { ...top, id: 'another-extension' }, noReply);
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    await fakeBrowser.runtime.onMessage.trigger(step(5), top, noReply);
    await badgeIs(9, '5');
  });

  test('an application shown in frames: the frame furthest in the flow speaks for the tab, on the badge, to the popup and to the frames', async () => {
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
    // What each frame was told: whether it speaks (frames that no longer answer are gone).
    const told = new Map<number, boolean>();
    const gone = new Set<number>();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
      async (_tab: number, message: unknown, options?: { frameId?: number }) => {
        const frameId = options?.frameId ?? 0;
        if (gone.has(frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        told.set(frameId, (message as { speaks: boolean }).speaks);
        return undefined;
      },
    );
    // Frame 3 is the application's frame, in the top page; frame 5 a window's form, in frame 3.
    const depths: Record<number, number> = { 0: 0, 3: 1, 5: 2 };
    const says = async (frameId: number, n: number | null, shows: string) => {
      await fakeBrowser.runtime.onMessage.trigger(step(n, shows, depths[frameId]), frame(frameId), noReply);
    };
    // The top page holds the application's frames; its menu reads as the works space.
    await says(0, 3, 'works-space');
    await says(3, 6, 'works-results');
    await badgeIs(4, '6');
    expect(await lead()).toEqual({ frameId: 3 });
    expect(Object.fromEntries(told)).toEqual({ 0: false, 3: true });
    // A content script may not ask.
    expect(await lead(frame(3))).toBeUndefined();
    // The download window the top page draws over the results: the top page speaks.
    await says(0, 7, 'download-dialog');
    await badgeIs(4, '7');
    expect(Object.fromEntries(told)).toEqual({ 0: true, 3: false });
    await says(0, 3, 'works-space');
    await says(3, 9, 'invoice-detail');
    await badgeIs(4, '9');
    // A window whose form is a frame of its own, in the frame's window: at the same screen, the deeper frame speaks.
    await says(5, 19, 'attachment-dialog');
    await says(3, 19, 'attachment-dialog');
    await badgeIs(4, '19');
    expect(await lead()).toEqual({ frameId: 5 });
    expect(Object.fromEntries(told)).toEqual({ 0: false, 3: false, 5: true });
    // Its frame removed without a word: it no longer answers, and the frame speaks again.
    gone.add(5);
    await says(3, 22, 'invoice-form');
    await badgeIs(4, '22');
    expect(await lead()).toEqual({ frameId: 3 });
    expect(told.get(3)).toBe(true);
    // The top page left: its frames go with it.
    await says(0, null, 'left');
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
