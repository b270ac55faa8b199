// The engine's use of the elements the user showed (issue 14): for a step with one stored
// for this host, that element is looked up first; our own locators are the fallback. A
// stored locator that no longer finds its element is dropped, with a notice on the card —
// never acted on blindly, never kept to point at the wrong thing later.
import { resolvePicked } from '../chorus/picked.js';
import type { Change } from '../core/advance.js';
import type { Screen } from '../core/screens.js';
import { dropPicked, findPicked, type StoredState } from '../core/state.js';
import type { Step } from '../core/steps.js';
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

/** The engine's picked stage: the element shown for the step on its screen, and what to do of a lost one. */
export interface PickedStage {
  element: Element | null;
  /** Look again this soon (the grace period runs). */
  recheckMs?: number;
  /** The stored locator is lost: this change drops it. */
  drop?: Change;
  /** The card says the element shown for this step is gone. */
  lost: boolean;
}

export class PickedTargets {
  private missingSince: { step: number; at: number } | null = null;
  private lostStep: number | null = null;

  constructor(readonly host: string) {}

  /** The element the user showed comes first for the step on its screen. */
  stage(doc: Document, state: StoredState, step: Step | null, screen: Screen, now: number): PickedStage {
    const picked = step?.screens.includes(screen) ? this.lookup(doc, state, step.n, now) : null;
    const host = this.host;
    let drop: Change | undefined;
    if (step && picked?.lost) {
      drop = (s) => dropPicked(s, host, step.n);
      this.lostStep = step.n;
    }
    return {
      element: picked?.element ?? null,
      ...(picked?.recheckMs !== undefined ? { recheckMs: picked.recheckMs } : {}),
      ...(drop ? { drop } : {}),
      lost: !!step && step.n === this.lostStep,
    };
  }

  /** The user showed an element again: no notice of the lost one. */
  picked(): void {
    this.lostStep = null;
  }

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
