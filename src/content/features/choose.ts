// The shape every "choice made for the user" shares (`makeChoice`): find the control, leave it
// alone if anyone already chose, wait a little for a disabled control, choose, say so with an
// undo. A feature gives only its decisions: which control, whether it already holds a choice,
// what to choose, and the notice's words.

import {
  type Choosable,
  check,
  choose,
  fillText,
  isChosen,
  rebase,
  restore,
  type Snapshot,
  userIsEditing,
} from '../../chorus/controls.js';
import { isAriaChoice, visibleProxy } from '../../chorus/dom.js';
import { chooseDrawn, type DrawnOutcome, restoreDrawn } from '../../chorus/drawn.js';
import { drawnValue, isDrawnSelect, isFilled, type Located } from '../../chorus/locate.js';
import { faceOf } from '../../chorus/shadow.js';
import type { AutomationId } from '../../core/features.js';
import type { LocatorId } from '../../core/steps.js';
import { t } from '../../i18n.js';
import { logOnce } from '../log.js';
import type { AutoNotice, FeatureContext, FeatureRun } from './types.js';

/** How long a disabled control may take to enable itself before we give up and say so. */
export const ENABLE_WAIT_MS = 2000;

/**
 * What a feature decides for its control: a radio or an option to choose, a text to type, a
 * checkbox to untick — or why nothing can be chosen (the card says so, once per page).
 */
export type Decision =
  | { choose: Choosable }
  | { fill: HTMLInputElement | HTMLTextAreaElement; text: string }
  | { uncheck: HTMLInputElement }
  | 'missing'
  | 'ambiguous';

type Chosen = Exclude<Decision, 'missing' | 'ambiguous'>;

/** What the notice says of the choice made. */
export type NoticeText = string | { text: string; detail?: string };

export interface Choice<E extends Element, D extends Chosen = Chosen> {
  id: AutomationId;
  /** Finds the control; an element that is not `E` is not this control. */
  locator: LocatorId;
  control(el: Element): el is E;
  /** Names the control in the card when it stays disabled, or the option when it is missing or ambiguous. */
  what: string | ((ctx: FeatureContext) => string);
  /** The control already holds a choice (ours, the page's or the user's): it is left alone. */
  held(el: E): boolean;
  /**
   * `held` reads more than the control (the text around it, which the page may render after the
   * value): asked again at each reading until the user touches the control or the choice is made.
   */
  heldReadsPage?: boolean;
  /** The decision; null: nothing to choose now (the page may still change). */
  pick(el: E, ctx: FeatureContext, found: Located): D | 'missing' | 'ambiguous' | null;
  /** The notice's words, once `pick` is chosen. */
  notice(pick: D, el: E, ctx: FeatureContext): NoticeText;
  /**
   * How many times the choice may be made on this page (1 unless said): a page that reloads a
   * list wipes a choice made too early, and the choice follows it — but a page that keeps
   * wiping it is not fought past this.
   */
  times?: number;
  /** Where the option should be: when it is there without the control, the option is missing. */
  holder?: LocatorId;
  /**
   * When the page draws the list by script (its options exist only while it is open): the
   * select, the option's words, and the notice once it is chosen.
   */
  drawn?: DrawnChoice;
}

export interface DrawnChoice {
  /** Finds the select; anything but a select drawn by script is not it. */
  locator: LocatorId;
  /** Whether an option's text (as the page writes it) is the one to choose. */
  matches(text: string, ctx: FeatureContext): boolean;
  notice(option: string, ctx: FeatureContext): NoticeText;
  /**
   * Whatever the select already shows is kept (the cadre: a pre-filled one is the portal's, a
   * supplier's one is warned about). Otherwise only the wanted option is: a default the page
   * shows (« PIVOT ») is changed, as on a native select.
   */
  keepsAny?: boolean;
}

export function isDisabled(el: Element): boolean {
  if (el instanceof HTMLOptionElement) return el.disabled || !!el.closest('select')?.disabled;
  // A web component says so by its attribute (its property is the page's script's).
  const face = faceOf(el);
  if (face !== el && (el.hasAttribute('disabled') || face.getAttribute('aria-disabled') === 'true')) return true;
  return (
    (el as HTMLInputElement).disabled === true ||
    el.closest('fieldset:disabled') !== null ||
    (isDrawnSelect(el) && el.getAttribute('aria-disabled') === 'true')
  );
}

/**
 * Called just after a choice: whether the control still holds it later (the user may change
 * it). `now` gives the snapshot on the control the page shows at that moment.
 */
function holdsChoice(snapshot: Snapshot, now: () => Snapshot): () => boolean {
  if (snapshot.kind === 'value') {
    const chosen = snapshot.el.value;
    return () => {
      const at = now();
      return at.kind === 'value' && at.el.value === chosen;
    };
  }
  const chosen = isChosen(snapshot.el);
  return () => {
    const el = now().el;
    return el.isConnected && isChosen(el) === chosen;
  };
}

/** How an undo ended: put back, or why not. */
type UndoOutcome = 'autoUndone' | 'autoUndoNone' | 'autoUndoDrawn';

/**
 * Shows the notice of a choice just made, with an undo that puts the old value back — only
 * while the control still holds the automatic value (`undoable`): undoing must never erase
 * what the user chose after us. `putBack` says how it ended, at once or a moment later.
 */
function noticeWithUndo(
  ctx: FeatureContext,
  id: AutomationId,
  anchorOf: Element | (() => Element),
  said: NoticeText,
  undoable: () => boolean,
  putBack: (ended: (outcome: UndoOutcome) => void) => void,
): void {
  const { text, detail } = typeof said === 'string' ? { text: said, detail: undefined } : said;
  const anchor = () => (typeof anchorOf === 'function' ? anchorOf() : anchorOf);
  const notice: AutoNotice = {
    id,
    text,
    // Read at each drawing: the control the page rendered again, if it did.
    get anchor() {
      return anchor();
    },
    ...(detail ? { detail } : {}),
    undoable,
    undo: () => {
      if (!undoable()) {
        ctx.notify({ id, text, anchor: anchor(), ...(detail ? { detail } : {}) });
        return;
      }
      // Read at each drawing too: once undone, a page may render the control again (an AJAX answer).
      putBack((outcome) =>
        ctx.notify({
          id,
          text: t(outcome),
          get anchor() {
            return anchor();
          },
          undone: true,
        }),
      );
    },
  };
  ctx.notify(notice);
}

/** The notice of a choice made on a native control (or an ARIA radio): its undo restores the snapshot. */
/** How long a page may take to render a choice again from its own state (an AJAX answer) after an undo. */
export const UNDO_SETTLE_MS = 800;

/**
 * The notice of a choice made on a native control (or an ARIA radio): its undo restores the
 * snapshot. A radio put back to none that the page renders chosen again a moment later (its
 * server kept the choice, PrimeFaces' AJAX) was not undone, and the notice says so.
 */
function announce(
  ctx: FeatureContext,
  id: AutomationId,
  locator: LocatorId,
  snapshot: Snapshot,
  el: Element,
  said: NoticeText,
): void {
  // A page that renders the control again once chosen (an AJAX answer, PrimeFaces' update="@form")
  // gets the notice on the new one, and its undo acts there.
  const current = (): Element => {
    if (el.isConnected) return el;
    const again = ctx.locate(locator)?.element;
    return again?.isConnected && again.tagName === el.tagName ? again : el;
  };
  const now = (): Snapshot => (el.isConnected ? snapshot : (rebase(snapshot, current()) ?? snapshot));
  const shown = () => {
    const at = current();
    return visibleProxy(at instanceof HTMLOptionElement ? (at.closest('select') ?? at) : at);
  };
  noticeWithUndo(ctx, id, shown, said, holdsChoice(snapshot, now), (ended) => {
    const target = current();
    const back = restore(now());
    ctx.markTouched(target);
    ended(back ? 'autoUndone' : 'autoUndoNone');
    const toNone = snapshot.kind !== 'value' && snapshot.checked === null && el.getAttribute('type') !== 'checkbox';
    if (!back || !toNone) return;
    setTimeout(() => {
      const again = target.isConnected ? target : ctx.locate(locator)?.element;
      if (again && !ctx.signal.aborted && isChosen(again)) {
        ctx.markTouched(again);
        ended('autoUndoNone');
      }
    }, UNDO_SETTLE_MS);
  });
}

/**
 * Whether the control is ready to be chosen now. A disabled control is waited for as long as
 * the page shows it: the portal may enable it only once it has processed a prior choice, and
 * its mutations wake us. Past a moment, the card says what we are waiting for.
 */
function readyToChoose(ctx: FeatureContext, el: Element, what: string): boolean {
  if (!isDisabled(el)) return true;
  ctx.memo.waitingSince ??= ctx.now;
  const waited = ctx.now - ctx.memo.waitingSince;
  if (waited >= ENABLE_WAIT_MS) ctx.note({ key: `${what}-disabled`, text: t('autoDisabled', { WHAT: what }) });
  else ctx.recheckSoon(ENABLE_WAIT_MS - waited + 50);
  return false;
}

/** Makes the choice as a user would; null when the page said no (it is not overruled). */
function apply(pick: Chosen): Snapshot | null {
  if ('choose' in pick) return choose(pick.choose);
  if ('fill' in pick) return fillText(pick.fill, pick.text);
  const box = pick.uncheck;
  const snapshot: Snapshot = { kind: 'checked', el: box, checked: box.checked ? box : null };
  return check(box, false) ? snapshot : null;
}

/** A feature that makes one routine choice for the user, from its decisions. */
export function makeChoice<E extends Element, D extends Chosen>(choice: Choice<E, D>): FeatureRun {
  const times = choice.times ?? 1;
  return (ctx) => {
    const { memo } = ctx;
    if (memo.settled) {
      if (memo.note) ctx.note(memo.note);
      return;
    }
    if (memo.drawing) return;
    const what = typeof choice.what === 'string' ? choice.what : choice.what(ctx);
    const found = ctx.locate(choice.locator);
    // A web component's field: the input in its shadow is the one filled (`faceOf`).
    const host = found?.element;
    const el = host && !choice.control(host) && choice.control(faceOf(host)) ? faceOf(host) : host;
    if (!found || !el || !choice.control(el)) {
      const drawn = choice.drawn && ctx.locate(choice.drawn.locator)?.element;
      if (choice.drawn && drawn && isDrawnSelect(drawn)) chooseInDrawn(ctx, choice.id, choice.drawn, drawn, what);
      else if (choice.holder && ctx.locate(choice.holder)) settle(ctx, choice.id, 'missing', what);
      return;
    }
    // Only the user's own input (a trusted event on this page) is a choice to respect: a value
    // the page pre-selected (« Fournisseur », PIVOT) is a default, and `held` says whether the tutorial keeps it.
    if (ctx.touchedByUser(el) || (host && ctx.touchedByUser(host))) {
      memo.settled = true;
      return;
    }
    if (choice.held(el)) {
      if (times === 1 && !choice.heldReadsPage) memo.settled = true;
      return;
    }
    const pick = choice.pick(el, ctx, found);
    if (pick === 'missing' || pick === 'ambiguous') settle(ctx, choice.id, pick, what);
    if (pick === null || typeof pick === 'string' || !readyToChoose(ctx, el, what)) return;
    const snapshot = apply(pick);
    memo.choices = (memo.choices ?? 0) + 1;
    if (!snapshot || memo.choices >= times) memo.settled = true;
    if (snapshot) announce(ctx, choice.id, choice.locator, snapshot, el, choice.notice(pick, el, ctx));
  };
}

function settle(ctx: FeatureContext, id: AutomationId, why: 'missing' | 'ambiguous', what: string): void {
  ctx.memo.settled = true;
  ctx.memo.note = { key: `${id}-${why}`, text: t(why === 'missing' ? 'autoMissing' : 'autoAmbiguous', { WHAT: what }) };
  ctx.note(ctx.memo.note);
}

/**
 * The choice in a select drawn by script, once per page: it takes a moment (the page renders
 * its list), during which the choice is not tried again. Never while the user types in
 * another field: the select would take the focus.
 */
function chooseInDrawn(ctx: FeatureContext, id: AutomationId, drawn: DrawnChoice, select: Element, what: string): void {
  const { memo } = ctx;
  const shown = drawnValue(select);
  if (ctx.touchedByUser(select) || (isFilled(select) && (drawn.keepsAny || drawn.matches(shown, ctx)))) {
    memo.settled = true;
    return;
  }
  if (!readyToChoose(ctx, select, what)) return;
  if (userIsEditing(select.ownerDocument, select)) {
    ctx.recheckSoon(1000);
    return;
  }
  memo.drawing = true;
  const done = (outcome: DrawnOutcome) => {
    memo.drawing = false;
    memo.settled = true;
    if (ctx.signal.aborted) return;
    if (outcome === 'missing' || outcome === 'ambiguous') settle(ctx, id, outcome, what);
    else if (outcome !== 'failed')
      announceDrawn(ctx, id, drawn, select, outcome.chosen, shown, drawn.notice(outcome.option, ctx));
    ctx.recheckSoon(0);
  };
  chooseDrawn(select, (text) => drawn.matches(text, ctx)).then(done, (error: unknown) => {
    logOnce(`drawn:${id}`, error);
    done('failed');
  });
}

/**
 * The notice of a choice made in a drawn select. Its undo puts back what the select showed
 * (nothing: through the list's empty option); when the list cannot, it is left open for the
 * user, and the notice says so. A page that renders the select again once it changed (an AJAX
 * answer, PrimeFaces' update="@form") gets the notice on the new one, and its undo acts there.
 */
function announceDrawn(
  ctx: FeatureContext,
  id: AutomationId,
  drawn: DrawnChoice,
  select: Element,
  chosen: string,
  previous: string,
  said: NoticeText,
): void {
  const current = () => {
    if (select.isConnected) return select;
    const again = ctx.locate(drawn.locator)?.element;
    return again && isDrawnSelect(again) ? again : select;
  };
  const undoable = () => current().isConnected && drawnValue(current()) === chosen;
  noticeWithUndo(
    ctx,
    id,
    () => visibleProxy(current()),
    said,
    undoable,
    (ended) => {
      const now = current();
      ctx.markTouched(now);
      restoreDrawn(now, previous).then(
        (result) => ended(result === 'restored' ? 'autoUndone' : 'autoUndoDrawn'),
        (error: unknown) => {
          logOnce(`drawn-undo:${id}`, error);
          ended('autoUndoDrawn');
        },
      );
    },
  );
}

/**
 * The radio or option a locator finds, chosen once per page unless already chosen. `what`
 * names the option in the card when something goes wrong; when the list that should hold it
 * (`holder`) is there without it, the card says so.
 */
export function chooseOption(
  option: Pick<Choice<Choosable>, 'id' | 'locator' | 'what' | 'holder' | 'drawn'> & { notice: () => string },
): FeatureRun {
  return makeChoice({
    ...option,
    control: (el): el is Choosable => el instanceof HTMLInputElement || el instanceof HTMLOptionElement || isAriaChoice(el),
    held: isChosen,
    // Two candidates with different values: only the user can tell which is meant.
    pick: (el, _ctx, found) => (new Set(found.all.map(choiceValue)).size > 1 ? 'ambiguous' : { choose: el }),
    notice: option.notice,
  });
}

/** What a choice stands for: its value, or an ARIA radio's value or words. */
function choiceValue(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLOptionElement) return el.value;
  return el.getAttribute('data-value') ?? el.getAttribute('value') ?? (el.textContent ?? '').trim();
}
