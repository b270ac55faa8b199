// Which steps a page shows done, and which step comes next. Pure: the page is seen
// through PageFacts, which the content script answers from the live document.
import type { Screen } from './screens.js';
import { type Evidence, type LocatorId, STEPS, type Step, type StepTarget } from './steps.js';

export interface PageFacts {
  screen: Screen;
  /** The control holds a value (radio checked, option chosen, text typed, file chosen). */
  filled(id: LocatorId): boolean;
  /** The element is on the page and shown. */
  present(id: LocatorId): boolean;
  /** The user clicked it on this page. */
  clicked(id: LocatorId): boolean;
  /** The form's totals read right (every total a French amount, HT + TVA = TTC). */
  totalsRight(): boolean;
}

/** Whether `e` holds on the page; `sure`: not on the absence of what the page may render still (`mayCome`). */
export function evidenceHolds(e: Evidence, facts: PageFacts, sure = false): boolean {
  if ('screen' in e) return e.screen.includes(facts.screen);
  if ('filled' in e) return facts.filled(e.filled);
  if ('present' in e) return facts.present(e.present);
  if ('absent' in e) return !(sure && e.mayCome) && !facts.present(e.absent);
  if ('clicked' in e) return facts.clicked(e.clicked);
  if ('totalsRight' in e) return facts.totalsRight();
  if ('all' in e) return e.all.every((x) => evidenceHolds(x, facts, sure));
  return e.any.some((x) => evidenceHolds(x, facts, sure));
}

/**
 * Steps this page shows done (`sure`: not on the absence of something the page may render
 * still). Login pages show nothing: we never read them.
 */
export function stepsDoneOnPage(facts: PageFacts, sure = false): number[] {
  if (facts.screen === 'login' || facts.screen === 'unknown') return [];
  return STEPS.filter((s) => s.done.some((e) => evidenceHolds(e, facts, sure))).map((s) => s.n);
}

/**
 * The first step not done that belongs to this screen; when this screen has none left,
 * the first step not done at all (its target is on another screen). Null when all are done
 * or when the page is not part of the flow.
 */
export function currentStep(screen: Screen, done: readonly number[]): Step | null {
  if (screen === 'unknown') return null;
  const open = STEPS.filter((s) => !done.includes(s.n));
  return open.find((s) => s.screens.includes(screen)) ?? (screen === 'sent' ? null : (open[0] ?? null));
}

/** The element the step points at now, or null on screens where it has no target. */
export function activeTarget(step: Step, facts: PageFacts): StepTarget | null {
  if (facts.screen === 'login' || !step.screens.includes(facts.screen)) return null;
  return step.targets.find((t) => !t.until || !evidenceHolds(t.until, facts)) ?? null;
}
