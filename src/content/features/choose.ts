// The shape every "choice made for the user" shares: find the control, leave it alone if
// anyone already chose, wait a little for a disabled control, choose, say so with an undo.

import { choose, restore, type Snapshot } from '../../chorus/controls.js';
import { visibleProxy } from '../../chorus/dom.js';
import { isFilled } from '../../chorus/locate.js';
import type { AutomationId } from '../../core/state.js';
import type { LocatorId } from '../../core/steps.js';
import { t } from '../../i18n.js';
import type { AutoNotice, FeatureContext } from './types.js';

/** How long a disabled control may take to enable itself before we give up and say so. */
export const ENABLE_WAIT_MS = 2000;

export function groupHasChoice(el: Element): boolean {
  if (el instanceof HTMLOptionElement) {
    const select = el.closest('select');
    return !!select && select.value !== '';
  }
  if (el instanceof HTMLInputElement && el.type === 'radio') {
    const scope = el.form ?? el.ownerDocument;
    return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).some(
      (r) => r.name === el.name && r.checked,
    );
  }
  return isFilled(el);
}

export function isDisabled(el: Element): boolean {
  if (el instanceof HTMLOptionElement) return el.disabled || !!el.closest('select')?.disabled;
  return (el as HTMLInputElement).disabled === true || el.closest('fieldset:disabled') !== null;
}

/** Shows the notice of a choice just made, with an undo that puts the old value back. */
export function announce(
  ctx: FeatureContext,
  id: AutomationId,
  snapshot: Snapshot,
  el: Element,
  text: string,
  detail?: string,
): void {
  const anchor = visibleProxy(el instanceof HTMLOptionElement ? (el.closest('select') ?? el) : el);
  const notice: AutoNotice = {
    id,
    text,
    anchor,
    ...(detail ? { detail } : {}),
    undo: () => {
      restore(snapshot);
      ctx.markTouched(el);
      ctx.notify({ id, text: t('autoUndone'), anchor, undone: true });
    },
  };
  ctx.notify(notice);
}

/** Whether the control is ready to be chosen now; notes why not when we give up. */
export function readyToChoose(ctx: FeatureContext, el: Element, what: string): boolean {
  if (!isDisabled(el)) return true;
  ctx.memo.waitingSince ??= ctx.now;
  const waited = ctx.now - ctx.memo.waitingSince;
  if (waited >= ENABLE_WAIT_MS) {
    ctx.memo.gaveUp = true;
    ctx.note({ key: `${what}-disabled`, text: t('autoDisabled', { WHAT: what }) });
  } else {
    ctx.recheckSoon(ENABLE_WAIT_MS - waited + 50);
  }
  return false;
}

/**
 * Chooses the radio or option a locator finds, once per page, unless a choice exists.
 * `what` names the option in the card when something goes wrong.
 */
export function chooseOnce(ctx: FeatureContext, id: AutomationId, locator: LocatorId, what: string, text: string): boolean {
  const memo = ctx.memo;
  if (memo.applied || memo.gaveUp) return false;
  const found = ctx.locate(locator);
  if (!found) return false;
  const el = found.element;
  if (ctx.touchedByUser(el) || groupHasChoice(el)) {
    memo.applied = true;
    return false;
  }
  const values = new Set(found.all.map((e) => (e as HTMLInputElement | HTMLOptionElement).value));
  if (values.size > 1) {
    memo.gaveUp = true;
    ctx.note({ key: `${id}-ambiguous`, text: t('autoAmbiguous', { WHAT: what }) });
    return false;
  }
  if (!readyToChoose(ctx, el, what)) return false;
  const snapshot = choose(el as HTMLInputElement | HTMLOptionElement);
  if (!snapshot) return false;
  memo.applied = true;
  announce(ctx, id, snapshot, el, text);
  return true;
}
