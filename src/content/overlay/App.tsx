// The overlay, rendered in the shadow root of #chorus-moe-assistant: the ring around the
// target, the step card (or its pill), the notices of automatic choices, and the field
// alerts. Every box is placed where it covers none of the page's controls (place.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, stepText, t } from '../../i18n.js';
import type { ViewModel } from '../viewModel.js';
import { Announcer } from './Announcer.js';
import { FieldAlerts, Notices } from './Boxes.js';
import { CardBody } from './CardBody.js';
import type { CardToolActions } from './CardTools.js';
import { focusWithin } from './focus.js';
import type { Rect } from './geometry.js';
import { pageControls, viewportOf } from './page.js';
import { arrange, type Floating } from './place.js';
import { Ring, rectOf } from './Ring.js';
import { trusted } from './trusted.js';
import { useAfterLayout } from './useAfterLayout.js';
import { useFrameTick } from './useFrameTick.js';

export interface OverlayActions extends CardToolActions {
  done(): void;
  skip(): void;
  collapse(collapsed: boolean): void;
  /** A line from « Montrer l'élément » (saved, or not usable); empty when none. */
  pickNote: string;
}

/** What the content script's keyboard handling needs to know of the overlay. */
export interface OverlayLinks {
  /** Each page element with a box beside it (field → alert, control → notice, target → card). */
  boxes: Map<Element, HTMLElement>;
  /** Where focus goes when the card is reached by the shortcut or reopened. */
  cardFocus(): HTMLElement | null;
  pill(): HTMLElement | null;
  /** The user asked for the card: show it even where no place is free. */
  open(): void;
}

export function App({ vm, actions, links }: { vm: ViewModel; actions: OverlayActions; links: OverlayLinks }) {
  useFrameTick(true);
  const switches = useRef(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const pillRef = useRef<HTMLButtonElement>(null);
  const [mode, setMode] = useState<'card' | 'pill'>('card');
  const [forced, setForced] = useState(false);
  const focusNext = useRef<'card' | 'pill' | null>(null);
  const stepNo = vm.step?.n ?? null;
  const inFlow = vm.screen !== 'unknown';
  // In an application shown in frames, only the frame that speaks for its tab shows anything.
  const guides = inFlow && vm.speaks;

  // A card the user opened against the lack of room folds back at the next step.
  useEffect(() => setForced(false), [stepNo]);

  links.cardFocus = () => cardRef.current?.querySelector<HTMLElement>('.moe-title, button') ?? cardRef.current;
  links.pill = () => pillRef.current;
  links.open = () => {
    setForced(true);
    focusNext.current = 'card';
  };

  // The first placement waits for the layout the browser makes anyway before it paints: read
  // at once, the card's sizes would force the page's whole first layout on our account.
  const place = () => {
    const root = rootRef.current;
    const card = cardRef.current;
    if (!root) return;
    const view = viewportOf(document);
    const host = (root.getRootNode() as ShadowRoot).host;
    const floating = (selector: string, anchors: (Element | null)[]): Floating[] =>
      Array.from(root.querySelectorAll<HTMLElement>(selector)).map((el, i) => ({
        key: `${selector}#${i}`,
        anchor: rectOf(anchors[i] ?? null),
        size: { width: el.offsetWidth, height: el.offsetHeight },
      }));
    const alertEls = Array.from(root.querySelectorAll<HTMLElement>('.moe-alert'));
    const noticeEls = Array.from(root.querySelectorAll<HTMLElement>('.moe-notice'));
    const layout = arrange({
      view,
      controls: pageControls(document, host, view),
      target: rectOf(vm.target),
      card: { width: card?.offsetWidth ?? 340, height: card?.offsetHeight ?? 200 },
      pill: { width: pillRef.current?.offsetWidth ?? 120, height: pillRef.current?.offsetHeight ?? 34 },
      wantCard: !vm.collapsed,
      forceCard: forced,
      alerts: floating(
        '.moe-alert',
        vm.alerts.map((a) => a.anchor),
      ),
      notices: floating(
        '.moe-notice',
        vm.notices.map((n) => n.anchor ?? null),
      ),
    });
    // Everything is read before anything is written: a write first would make each read
    // lay the page out again.
    root.removeAttribute('data-unplaced');
    const put = (el: HTMLElement | null, r: Rect) => {
      if (!el) return;
      el.style.left = `${Math.round(r.left)}px`;
      el.style.top = `${Math.round(r.top)}px`;
    };
    put(card, layout.card);
    put(pillRef.current, layout.pill);
    alertEls.forEach((el, i) => {
      put(el, layout.boxes.get(`.moe-alert#${i}`) ?? layout.card);
    });
    noticeEls.forEach((el, i) => {
      put(el, layout.boxes.get(`.moe-notice#${i}`) ?? layout.card);
    });
    links.boxes.clear();
    vm.alerts.forEach((a, i) => {
      const el = alertEls[i];
      if (el) links.boxes.set(a.anchor, el);
    });
    vm.notices.forEach((n, i) => {
      const el = noticeEls[i];
      if (el && n.anchor && !links.boxes.has(n.anchor)) links.boxes.set(n.anchor, el);
    });
    // The card follows its target in the Tab order when the target is itself a control
    // (a panel's fields keep their own order).
    const target = vm.target;
    if (layout.mode === 'card' && card && target instanceof HTMLElement && target.tabIndex >= 0 && !links.boxes.has(target)) {
      links.boxes.set(target, card);
    }
    // At most two switches between card and pill a frame: more would mean the layout disagrees
    // with itself, and the page must never be kept busy by us.
    if (layout.mode !== mode && switches.current < 2) {
      if (switches.current++ === 0) requestAnimationFrame(() => (switches.current = 0));
      // Focus inside the card that folds for lack of room goes to the pill, not to <body>.
      if (layout.mode === 'pill' && focusWithin(card)) focusNext.current = 'pill';
      setMode(layout.mode);
      return;
    }
    if (focusNext.current === 'card' && mode === 'card') links.cardFocus()?.focus();
    // The pill takes the focus the folded card had, not focus the user (or Échap) has since
    // put back in the page.
    const lost = document.activeElement === null || document.activeElement === document.body || document.activeElement === host;
    if (focusNext.current === 'pill' && mode === 'pill' && lost) pillRef.current?.focus();
    focusNext.current = null;
  };
  const placeNow = useRef(place);
  placeNow.current = place;
  const firstLayout = useAfterLayout(() => placeNow.current());
  useLayoutEffect(() => {
    if (!firstLayout()) place();
    // Until then the boxes stand where no place was chosen: they must not catch a click meant
    // for the page in that frame.
    else rootRef.current?.setAttribute('data-unplaced', '');
  });

  // After « C'est fait » or « Passer » the card shows the next step: focus stays in the card.
  const step = (fn: () => void) => () => {
    focusNext.current = 'card';
    fn();
  };
  const cardActions: OverlayActions = {
    ...actions,
    done: step(actions.done),
    skip: step(actions.skip),
    collapse: (collapsed) => {
      focusNext.current = collapsed ? 'pill' : 'card';
      if (!collapsed) setForced(true);
      actions.collapse(collapsed);
    },
  };
  const showCard = guides && mode === 'card' && !vm.collapsed;
  const target = vm.collapsed ? null : rectOf(vm.target);
  const announce = vm.step ? t('announceStep', { N: vm.step.n, TITLE: stepText(vm.step.n, 'Title') }) : '';
  return (
    <div class="moe-root" ref={rootRef} lang={currentLanguage()}>
      {target && vm.step && <Ring rect={target} step={vm.step.n} />}
      {/* A frame that does not speak for its tab (another frame's window is over it) keeps them for when it speaks again. */}
      {vm.speaks && <FieldAlerts alerts={vm.alerts} />}
      {guides && <Notices notices={vm.notices} root={rootRef} />}
      {guides && (
        <section
          ref={cardRef}
          class={`moe-card moe-box${showCard ? '' : ' moe-folded'}`}
          aria-label={t('cardLabel')}
          data-moe-card=""
        >
          <CardBody vm={vm} actions={cardActions} />
        </section>
      )}
      {guides && !showCard && (
        <button
          type="button"
          ref={pillRef}
          class="moe-pill moe-box"
          data-moe-action="show"
          title={vm.step ? t('cardPillHint', { N: vm.step.n }) : t('cardLabel')}
          onClick={trusted(() => cardActions.collapse(false))}
        >
          {vm.step ? t('cardPill', { N: vm.step.n }) : t('cardLabel')}
        </button>
      )}
      <Announcer text={guides ? announce : ''} />
    </div>
  );
}
