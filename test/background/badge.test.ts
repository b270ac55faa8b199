import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const noReply = () => undefined;

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
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 12 }, top, noReply);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('12');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: null }, top, noReply);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  test('ignores sub-frames and anything that is not our message', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content→background:step', step: 3 },
      { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 2 },
      noReply,
    );
    const top = { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, frameId: 0 };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something else', step: 4 }, top, noReply);
    // A payload that is not a step never reaches the badge ("[object Object]", "NaN"…).
    for (const step of [{ x: 1 }, '4', 0, 24, 2.5, Number.NaN, [4], undefined]) {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step }, top, noReply);
    }
    // Another extension or a web page cannot set it either.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content→background:step', step: 6 },
      { ...top, id: 'another-extension' },
      noReply,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 5 }, top, noReply);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('5');
  });

  test('« ! » beside the step when an invoice in progress is past the MOE’s delay', async () => {
    const { updateState, loadState } = await import('../../src/storage.js');
    const { recordFacts } = await import('../../src/core/state.js');
    await loadState();
    await updateState((s) => recordFacts(s, 'FT-1', { receivedAt: '01/01/2020' }, 1));
    const top = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 };
    await vi.waitFor(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: 12 }, top, noReply);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('12!');
    });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content→background:step', step: null }, top, noReply);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
  });
});
