// The engine's use of the elements the user showed (issue 14): for a step with one stored
// for this host, that element is looked up first; our own locators are the fallback. A
// stored locator that no longer finds its element is dropped, with a notice on the card —
// never acted on blindly, never kept to point at the wrong thing later.
import { resolvePicked } from '../chorus/picked.js';
import { findPicked, type StoredState } from '../core/state.js';
import { logOnce } from './log.js';

/**
 * A page rendered late may not hold the element yet: the stored locator is given this long on
 * the step's screen before it is dropped (our own locators serve meanwhile).
 */
const GRACE_MS = 1500;

export interface PickedLookup {
  /** The element the user showed, found on this page. */
  element: Element | null;
  /** The stored locator no longer matches: drop it and tell the user. */
  lost: boolean;
  /** Look again this soon (the grace period runs). */
  recheckMs?: number;
}

export class PickedTargets {
  private missingSince: { step: number; at: number } | null = null;

  constructor(readonly host: string) {}

  lookup(doc: Document, state: StoredState, step: number, now: number): PickedLookup {
    const picked = findPicked(state, this.host, step);
    if (!picked) return { element: null, lost: false };
    const element = resolvePicked(doc, picked.locator);
    if (element) {
      this.missingSince = null;
      logOnce(
        `drift:picked:${step}`,
        `step ${step}: target picked by you (${picked.locator.by}), used before our locators`,
        'info',
      );
      return { element, lost: false };
    }
    if (this.missingSince?.step !== step) this.missingSince = { step, at: now };
    const waited = now - this.missingSince.at;
    if (waited >= GRACE_MS) {
      this.missingSince = null;
      logOnce(`drift:picked-lost:${step}`, `step ${step}: the target picked by you is no longer found; dropped`, 'info');
      return { element: null, lost: true };
    }
    return { element: null, lost: false, recheckMs: GRACE_MS - waited };
  }
}
