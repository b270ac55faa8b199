import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterPaint } from '../../src/content/schedule.js';

/** A window whose frames come only when the test says so. */
function fakeView(visibility: 'visible' | 'hidden') {
  const frames: FrameRequestCallback[] = [];
  const view = {
    document: { visibilityState: visibility },
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn),
  } as unknown as Window;
  const paint = () => {
    for (const fn of frames.splice(0)) fn(0);
  };
  return { view, paint };
}

const settled = (p: Promise<void>) => {
  let done = false;
  p.then(() => {
    done = true;
  });
  return () => done;
};

afterEach(() => vi.useRealTimers());

describe('afterPaint: the first reading of a page waits for its first frame', () => {
  test('not before the frame is painted, then in the task after it', async () => {
    vi.useFakeTimers();
    const { view, paint } = fakeView('visible');
    const done = settled(afterPaint(view));
    await vi.advanceTimersByTimeAsync(50);
    expect(done()).toBe(false);
    paint();
    // The frame's callback runs before the browser paints: the answer comes in a task after.
    await Promise.resolve();
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  test('a hidden tab paints nothing: at once', async () => {
    const { view } = fakeView('hidden');
    const done = settled(afterPaint(view));
    await Promise.resolve();
    await Promise.resolve();
    expect(done()).toBe(true);
  });

  test('a tab hidden before its frame comes is read all the same, soon', async () => {
    vi.useFakeTimers();
    const { view } = fakeView('visible');
    const done = settled(afterPaint(view));
    await vi.advanceTimersByTimeAsync(100);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(done()).toBe(true);
  });
});
