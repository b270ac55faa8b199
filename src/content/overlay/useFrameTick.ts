// Re-render on scroll and resize (and, with `reflow`, when the page's size changes: a window
// opens, the page grows, zoom), at most once a frame. Everything is removed on unmount.
import { useEffect, useState } from 'preact/hooks';

export function useFrameTick(reflow = false): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((n) => n + 1);
      });
    };
    window.addEventListener('scroll', bump, { capture: true, passive: true });
    window.addEventListener('resize', bump, { passive: true });
    // A ResizeObserver reports every element once when it starts observing it: that first report
    // tells nothing the render that mounted us did not already know, and would place all the
    // boxes a second time on every page load.
    let first = true;
    const observer = reflow
      ? new ResizeObserver(() => {
          if (first) first = false;
          else bump();
        })
      : null;
    if (observer) {
      observer.observe(document.documentElement);
      if (document.body) observer.observe(document.body);
    }
    return () => {
      window.removeEventListener('scroll', bump, { capture: true });
      window.removeEventListener('resize', bump);
      observer?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [reflow]);
  return tick;
}
