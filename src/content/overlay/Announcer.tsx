import { useEffect, useState } from 'preact/hooks';

// A step change that comes with a page load is announced only once the live region has been
// in the page a moment (screen readers ignore a region created with its text), and a step
// that only flickers by (the engine between two states of a window) is not announced at all.
const ANNOUNCE_DELAY_MS = 700;

/** The polite live region: in the page from the start, its text set a moment later. */
export function Announcer({ text }: { text: string }) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div class="moe-sr" aria-live="polite" data-moe-announce="">
      {said}
    </div>
  );
}
