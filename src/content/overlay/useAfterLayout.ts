// Once, when the overlay mounts: a call after the browser's next layout of the page and
// before it paints (a ResizeObserver reports the root element it starts observing then), so
// that reading the page's geometry costs no layout of our own.
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Schedules `fn` after the first layout; the returned function is true while it is pending. */
export function useAfterLayout(fn: () => void): () => boolean {
  const pending = useRef(false);
  useLayoutEffect(() => {
    pending.current = true;
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      pending.current = false;
      fn();
    });
    observer.observe(document.documentElement);
    return () => {
      observer.disconnect();
      pending.current = false;
    };
  }, []);
  return () => pending.current;
}
