// The ring around the step's target, with the step's number.
import type { Rect } from './geometry.js';

export function rectOf(el: Element | null): Rect | null {
  if (!el?.isConnected) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

export function Ring({ rect, step }: { rect: Rect; step: number }) {
  const pad = 4;
  return (
    <div
      class="moe-ring"
      aria-hidden="true"
      style={{
        top: `${rect.top - pad}px`,
        left: `${rect.left - pad}px`,
        width: `${rect.width + pad * 2}px`,
        height: `${rect.height + pad * 2}px`,
      }}
    >
      <span class="moe-ring-badge">{step}</span>
    </div>
  );
}
