// The shape every "choice made for the user" shares: find the control, leave it alone if
// anyone already chose, wait a little for a disabled control, choose, say so with an undo.

import { choose, restore, type Snapshot } from '../../chorus/controls.js';
import { visibleProxy } from '../../chorus/dom.js';
import type { AutomationId } from '../../core/state.js';
import type { LocatorId } from '../../core/steps.js';
import { t } from '../../i18n.js';
import type { AutoNotice, FeatureContext } from './types.js';

/** How long a disabled control may take to enable itself before we give up and say so. */
export const ENABLE_WAIT_MS = 2000;

export function isDisabled(el: Element): boolean {
  if (el instanceof HTMLOptionElement) return el.disabled || !!el.closest('select')?.disabled;
  return (el as HTMLInputElement).disabled === true || el.closest('fieldset:disabled') !== null;
}

/** Called just after a choice: whether the control still holds it later (the user may change it). */
function holdsChoice(snapshot: Snapshot): () => boolean {
  if (snapshot.kind === 'value') {
    const chosen = snapshot.el.value;
    return () => snapshot.el.value === chosen;
  }
  const chosen = snapshot.el.checked;
  return () => snapshot.el.checked === chosen;
}

/**
 * Shows the notice of a choice just made, with an undo that puts the old value back — only
 * while the control still holds the automatic value: undoing must never erase what the user
 * chose after us.
 */
export function announce(
  ctx: FeatureContext,
  id: AutomationId,
  snapshot: Snapshot,
  el: Element,
  text: string,
  detail?: string,
): void {
  const undoable = holdsChoice(snapshot);
  const anchor = visibleProxy(el instanceof HTMLOptionElement ? (el.closest('select') ?? el) : el);
  const notice: AutoNotice = {
    id,
    text,
    anchor,
    ...(detail ? { detail } : {}),
    undoable,
    undo: () => {
      if (!undoable()) {
        ctx.notify({ id, text, anchor, ...(detail ? { detail } : {}) });
        return;
      }
      restore(snapshot);
      ctx.markTouched(el);
      ctx.notify({ id, text: t('autoUndone'), anchor, undone: true });
    },
  };
  ctx.notify(notice);
}

/**
 * Whether the control is ready to be chosen now. A disabled control is waited for as long as
 * the page shows it: the portal may enable it only once it has processed a prior choice, and
 * its mutations wake us. Past a moment, the card says what we are waiting for.
 */
export function readyToChoose(ctx: FeatureContext, el: Element, what: string): boolean {
  if (!isDisabled(el)) return true;
  ctx.memo.waitingSince ??= ctx.now;
  const waited = ctx.now - ctx.memo.waitingSince;
  if (waited >= ENABLE_WAIT_MS) ctx.note({ key: `${what}-disabled`, text: t('autoDisabled', { WHAT: what }) });
  else ctx.recheckSoon(ENABLE_WAIT_MS - waited + 50);
  return false;
}

/** Whether this very radio or option is the one chosen. */
function isChosen(el: Element): boolean {
  if (el instanceof HTMLOptionElement) return el.selected;
  return el instanceof HTMLInputElement && el.checked;
}

/**
 * Chooses the radio or option a locator finds, once per page, unless the user chose. `what`
 * names the option in the card when something goes wrong; when the list that should hold it
 * (`holder`) is there without it, the card says so.
 */
export function chooseOnce(
  ctx: FeatureContext,
  id: AutomationId,
  locator: LocatorId,
  what: string,
  text: string,
  holder?: LocatorId,
): boolean {
  const memo = ctx.memo;
  if (memo.applied || memo.gaveUp) return false;
  const found = ctx.locate(locator);
  if (!found) {
    if (holder && ctx.locate(holder)) {
      memo.gaveUp = true;
      ctx.note({ key: `${id}-missing`, text: t('autoMissing', { WHAT: what }) });
    }
    return false;
  }
  const el = found.element;
  // Only the user's own input (a trusted event on this page) is a choice to respect: a value
  // the page pre-selected (« Fournisseur », PIVOT) is a default, and the tutorial fixes this one.
  if (ctx.touchedByUser(el) || isChosen(el)) {
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
