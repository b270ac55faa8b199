// The guards (mistakes n° 2, 1, 5): the user's own click on a risky action is stopped
// before the page sees it, and a window in our shadow root asks first. The guard never
// clicks, submits or re-dispatches anything: « proceed » only lets the user's next click on
// that same element through, untouched, as the trusted click it is.
//
// The listener is on the window, in the capture phase: it runs before the page's listeners
// on the document, on the button (inline onclick or addEventListener) and before a form's
// submit, which a cancelled click never starts.
import { type LocateContext, locate } from '../chorus/locate.js';
import type { InvoiceProgress } from '../core/state.js';
import type { GuardId } from '../core/steps.js';
import { type SendCheck, sendBlockers, sendChecks } from './features/sendGuard.js';
import { logOnce } from './log.js';

export type { GuardId };

export interface GuardHit {
  id: GuardId;
  /** The page element whose action was stopped. */
  element: Element;
  /** For « send »: the lines at ✗ that stopped it. */
  blockers: SendCheck[];
}

/**
 * The guard a click on `target` calls for: the refusal action on the invoice detail, or
 * « Valider et envoyer » with a blocking line at ✗. With all three at ✓, none.
 */
export function guardFor(
  doc: Document,
  screen: string,
  progress: InvoiceProgress,
  ctx: LocateContext,
  target: Element,
): GuardHit | null {
  if (screen === 'invoice-detail') {
    const refuse = locate(doc, 'detail.refuse', ctx)?.element;
    return refuse?.contains(target) ? { id: 'refuse', element: refuse, blockers: [] } : null;
  }
  if (screen !== 'invoice-form') return null;
  const send = locate(doc, 'form.send', ctx)?.element;
  if (!send?.contains(target)) return null;
  const blockers = sendBlockers(sendChecks(doc, progress, (id) => locate(doc, id, ctx)?.element ?? null));
  return blockers.length > 0 ? { id: 'send', element: send, blockers } : null;
}

export interface GuardHooks {
  /** The guard this click on `target` calls for, if any (evaluated at the click). */
  check(target: Element): GuardHit | null;
  /** Events inside our own UI are not the user's actions on the page. */
  isOwnEvent(event: Event): boolean;
  /** The window opened (a hit) or closed (null). */
  show(hit: GuardHit | null): void;
  /** The click the user allowed went through. */
  passed(): void;
}

const ACTIVATION_KEYS = ['Enter', ' '];

export class GuardKeeper {
  /** The element whose next click goes through, after « proceed ». */
  private allowed: Element | null = null;
  private open: GuardHit | null = null;
  /** A Space pressed on a guarded element: the click comes on its keyup, and is stopped there. */
  private spaceOn: Element | null = null;

  constructor(
    private readonly win: Window,
    private readonly hooks: GuardHooks,
  ) {}

  start(): void {
    this.win.addEventListener('click', this.onClick, { capture: true });
    this.win.addEventListener('keydown', this.onKey, { capture: true });
    this.win.addEventListener('keyup', this.onKey, { capture: true });
  }

  stop(): void {
    this.win.removeEventListener('click', this.onClick, { capture: true });
    this.win.removeEventListener('keydown', this.onKey, { capture: true });
    this.win.removeEventListener('keyup', this.onKey, { capture: true });
  }

  /** The user chose « proceed »: the next click on the element reaches the page. */
  proceed(): Element | null {
    const element = this.open?.element ?? null;
    this.allowed = element;
    this.close();
    return element;
  }

  cancel(): GuardHit | null {
    const hit = this.open;
    this.allowed = null;
    this.close();
    return hit;
  }

  private close(): void {
    this.open = null;
    this.hooks.show(null);
  }

  private hit(event: Event): GuardHit | null {
    if (!event.isTrusted || this.hooks.isOwnEvent(event)) return null;
    const target = event.target;
    if (!(target instanceof Element)) return null;
    if (this.allowed?.isConnected && this.allowed.contains(target)) return null;
    return this.hooks.check(target);
  }

  private stopEvent(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private readonly onClick = (event: Event): void => {
    if (event.isTrusted && this.allowed && event.target instanceof Element && this.allowed.contains(event.target)) {
      // The one click the user allowed: untouched, and only once.
      this.allowed = null;
      this.hooks.passed();
      return;
    }
    const hit = this.safely(() => this.hit(event));
    if (!hit) return;
    this.stopEvent(event);
    this.openFor(hit);
  };

  /** Enter and Space on a guarded button are stopped too (pages may act on the key itself). */
  private readonly onKey = (event: Event): void => {
    if (!(event instanceof KeyboardEvent) || !ACTIVATION_KEYS.includes(event.key)) return;
    if (event.type === 'keyup' && event.key === ' ' && this.spaceOn && event.target === this.spaceOn) {
      this.stopEvent(event);
      const element = this.spaceOn;
      this.spaceOn = null;
      const hit = this.safely(() => this.hooks.check(element));
      if (hit) this.openFor(hit);
      return;
    }
    if (event.type !== 'keydown') return;
    const hit = this.safely(() => this.hit(event));
    if (!hit) return;
    this.stopEvent(event);
    // Space clicks on its keyup: open then, so that this keyup does not land on our window.
    if (event.key === ' ') this.spaceOn = event.target as Element;
    else this.openFor(hit);
  };

  private openFor(hit: GuardHit): void {
    this.open = hit;
    this.hooks.show(hit);
  }

  /** A failing check lets the page have its click: the guard must never break the page. */
  private safely(fn: () => GuardHit | null): GuardHit | null {
    try {
      return fn();
    } catch (error) {
      logOnce('guard', error);
      return null;
    }
  }
}
