// The step's target on the page: its attribute (the ring follows it), and a scroll to it
// once per step when it is out of sight, as tour libraries do.
import { visibleProxy } from '../../chorus/dom.js';
import type { Located } from '../../chorus/locate.js';
import type { LocatorId, Step } from '../../core/steps.js';
import { logOnce } from '../log.js';

export const STEP_ATTR = 'data-moe-step';

function bringIntoView(el: Element): void {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (!view || (r.width === 0 && r.height === 0)) return;
  if (r.top >= 0 && r.bottom <= view.innerHeight && r.left >= 0 && r.right <= view.innerWidth) return;
  const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const tall = r.height > view.innerHeight * 0.8;
  el.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}

export class Highlight {
  private highlighted: Element | null = null;
  private lastScrolledStep: number | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Marks the element the user showed for the step if any, else what was located (or nothing),
   * and returns the element marked.
   */
  show(step: Step | null, id: LocatorId | undefined, located: Located | null, picked: Element | null): Element | null {
    if (id && located && located.fallback > 0) {
      logOnce(
        `drift:${id}`,
        `locator ${id} matched by its fallback "${located.via}" (score ${located.score}: ${located.cues.join(', ')})`,
        'info',
      );
    }
    // A target in a folded section: the user is shown what opens it.
    const chosen = picked ?? located?.behind ?? located?.element ?? null;
    const el = chosen ? visibleProxy(chosen) : null;
    this.mark(el, step);
    return el;
  }

  private mark(el: Element | null, step: Step | null): void {
    const value = step ? String(step.n) : '';
    if (this.highlighted !== el || el?.getAttribute(STEP_ATTR) !== value) {
      this.clear();
      if (el && step) {
        el.setAttribute(STEP_ATTR, value);
        this.highlighted = el;
      }
    }
    if (el && step && step.n !== this.lastScrolledStep) {
      this.lastScrolledStep = step.n;
      bringIntoView(el);
    }
  }

  clear(): void {
    this.highlighted?.removeAttribute(STEP_ATTR);
    this.highlighted = null;
    // A stale mark left by an earlier evaluation (element replaced) must not linger.
    for (const el of Array.from(this.doc.querySelectorAll(`[${STEP_ATTR}]`))) el.removeAttribute(STEP_ATTR);
  }
}
