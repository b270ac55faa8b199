// The one host element of the public test contract, #chorus-moe-assistant, with an open
// shadow root: our styles never reach the page, and the page's never reach us.
import { type ComponentChild, h, render } from 'preact';
import { DIALOGS } from '../../chorus/dom.js';
import { matchesFace } from '../../chorus/shadow.js';
import type { Screen } from '../../core/screens.js';
import type { ViewModel } from '../viewModel.js';
import { App, type OverlayActions, type OverlayLinks } from './App.js';
import guardsCss from './guards.css?inline';
import css from './overlay.css?inline';
import { nextInPage } from './page.js';

export const HOST_ID = 'chorus-moe-assistant';

export interface OverlayHost {
  host: HTMLElement;
  setScreen(screen: Screen, step: number | null): void;
  render(vm: ViewModel, actions: OverlayActions): void;
  /** The guards' and row markers' layer (issue 12), beside the card's. */
  renderLayer(content: ComponentChild): void;
  contains(node: EventTarget | null): boolean;
  /** The documented shortcut: focus into the card (opening it if folded). */
  focusCard(): void;
  /** Échap anywhere: folds the card; true if focus was ours (the key is then spent). */
  escape(): boolean;
  /** Tab between a page element and the box beside it; true if it moved focus. */
  tab(event: KeyboardEvent): boolean;
  /**
   * Takes back from the host what a page's window set on every other child of <body> while it
   * is open (Angular CDK, MUI: aria-hidden; Headless UI: inert): the card stays heard and usable.
   */
  keepExposed(): void;
  /** The page is left: the card and the layer are unmounted, with their listeners and observers. */
  suspend(): void;
  /** The page is shown again from the back-forward cache; the next render brings the card back. */
  resume(): void;
}

const FOCUSABLE = 'button:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** What a page's window sets on the rest of the page to hide it from assistive technology, or from use. */
const HIDING = ['aria-hidden', 'inert'] as const;
/** Times a second the host is taken back: a page that sets it again each time is left to win. */
const EXPOSE_BUDGET = 20;

/** Where the host goes: inside <body>, so that tools computing contrast see our boxes. */
function hostParent(doc: Document): HTMLElement {
  return doc.body ?? doc.documentElement;
}

/**
 * The page's window opened with showModal(), the last one opened if several are: while it is
 * open, everything else on the page is inert (no click, no focus), a host in <body> included.
 */
export function modalWindow(doc: Document): HTMLDialogElement | null {
  const open = Array.from(doc.querySelectorAll('dialog[open]')).filter((d) => d.matches(':modal'));
  return (open.at(-1) as HTMLDialogElement | undefined) ?? null;
}

/**
 * The page's windows shown as popovers, in the top layer (Angular CDK 20 and later shows its
 * dialogs so, their backdrop with them): no z-index puts a box of <body> above them. A window
 * is known by its markup, or as a backdrop over the whole viewport; a list, a menu or a tooltip
 * shown so is none.
 */
function windowPopovers(doc: Document, host: HTMLElement): Element[] {
  // A browser without popovers has no top layer of them (`:popover-open` would not parse).
  if (typeof host.showPopover !== 'function') return [];
  const view = doc.documentElement;
  // Itself the backdrop: over the viewport, taking the pointer (CDK's hosts of lists and menus
  // are as large, but let the pointer through to what they hold).
  const overAll = (p: Element) => {
    const r = p.getBoundingClientRect();
    const big = r.width >= view.clientWidth * 0.9 && r.height >= view.clientHeight * 0.9;
    return big && doc.defaultView?.getComputedStyle(p).pointerEvents !== 'none';
  };
  return Array.from(doc.querySelectorAll('[popover]')).filter(
    // A web component that is a window shows itself as the popover (UI5's `<ui5-dialog>`).
    (p) =>
      p !== host && p.matches(':popover-open') && (matchesFace(p, DIALOGS) || p.querySelector(DIALOGS) !== null || overAll(p)),
  );
}

/**
 * Puts the host where the user can use it: in <body>, or, while a modal window is open, inside
 * that window (the one part of the page that is not inert) as a manual popover, in the top
 * layer above it, where the window's own position, transform or overflow does not reach it.
 * Above a window the page shows as a popover, the host is a popover too, shown after it (the top
 * layer stacks in the order shown): `below` holds the windows open at the last look.
 */
function attach(doc: Document, host: HTMLElement, below: Set<Element>): void {
  const modal = modalWindow(doc);
  const parent = modal ?? hostParent(doc);
  // Leaving the document closes a shown popover: it is shown again below.
  if (host.parentNode !== parent) parent.append(host);
  const windows = modal ? [] : windowPopovers(doc, host);
  const shownAbove = windows.every((w) => below.has(w));
  below.clear();
  for (const w of windows) below.add(w);
  if (!modal && windows.length === 0) {
    if (host.hasAttribute('popover')) host.removeAttribute('popover');
    return;
  }
  if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  if (!host.matches(':popover-open')) host.showPopover();
  else if (!shownAbove) {
    // A window shown since: shown again, the host goes back on top.
    host.hidePopover();
    host.showPopover();
  }
}

export function mountHost(doc: Document): OverlayHost {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.dataset.screen = 'unknown';
  host.dataset.step = '';
  // Out of the page's flow, above its own layers, and transparent to the pointer: only our
  // visible boxes take events (pointer-events: auto in overlay.css).
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;',
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  const layerStyle = doc.createElement('style');
  layerStyle.textContent = guardsCss;
  const layer = doc.createElement('div');
  layer.className = 'moe-layer';
  // The layer's styles are parsed only once it shows something (most pages show nothing there).
  shadow.append(style, container, layer);
  // The host joins the page at the first render, after the page was first read: the styles that
  // reading computes are the page's alone, and ours are worked out once, with the card.

  const links: OverlayLinks = { boxes: new Map(), cardFocus: () => null, pill: () => null, open: () => undefined };
  let actions: OverlayActions | null = null;
  let collapsed = false;
  // The page element the user was on before coming into our boxes: Échap brings them back.
  let cameFrom: HTMLElement | null = null;
  const noteOrigin = (el: EventTarget | null) => {
    if (el !== host && el instanceof HTMLElement && el !== doc.body) cameFrom = el;
  };
  const onFocusIn = (e: FocusEvent) => noteOrigin(e.target);
  // A focus in our boxes is none of the page's business: a modal that keeps the focus in
  // (Bootstrap's enforceFocus, jQuery UI's: jQuery 3 listens to « focus » on the document, in
  // the capture phase) would pull it back. Stopped on its way down, at the window.
  const win = doc.defaultView;
  const keepOwnFocus = (e: Event) => {
    if (e.target === host) e.stopPropagation();
  };
  const listen = (on: boolean) => {
    if (on) doc.addEventListener('focusin', onFocusIn, true);
    else doc.removeEventListener('focusin', onFocusIn, true);
    for (const type of ['focus', 'focusin']) {
      if (on) win?.addEventListener(type, keepOwnFocus, true);
      else win?.removeEventListener(type, keepOwnFocus, true);
    }
  };
  listen(true);
  // Firefox fires no focus event while its window is not the active one (document.hasFocus()
  // false, as in a headless Firefox) although keys still reach the page: where focus was is
  // also read at the moment we take it.
  const takeFocus = (el: HTMLElement) => {
    noteOrigin(doc.activeElement);
    el.focus();
  };
  const below = new Set<Element>();
  let exposed = { at: 0, times: 0 };
  const keepExposed = () => {
    const now = Date.now();
    if (now - exposed.at > 1000) exposed = { at: now, times: 0 };
    for (const name of HIDING) {
      if (!host.hasAttribute(name) || exposed.times >= EXPOSE_BUDGET) continue;
      exposed.times++;
      host.removeAttribute(name);
    }
  };
  const focusables = (box: HTMLElement) => Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE));
  const ownBox = (el: Element | null) => {
    for (const [anchor, box] of links.boxes) if (el && box.contains(el)) return { anchor, box };
    return null;
  };

  return {
    host,
    setScreen(screen, step) {
      if (host.dataset.screen !== screen) host.dataset.screen = screen;
      const value = step === null ? '' : String(step);
      if (host.dataset.step !== value) host.dataset.step = value;
    },
    render(vm, next) {
      attach(doc, host, below);
      keepExposed();
      actions = next;
      collapsed = vm.collapsed;
      render(h(App, { vm, actions: next, links }), container);
    },
    renderLayer(content) {
      attach(doc, host, below);
      render(content, layer);
      if (layer.firstChild && !layerStyle.isConnected) layer.before(layerStyle);
    },
    keepExposed,
    contains(node) {
      return node instanceof Node && (node === host || host.contains(node) || shadow.contains(node));
    },
    focusCard() {
      if (collapsed) actions?.collapse(false);
      links.open();
      const to = links.cardFocus();
      if (to) takeFocus(to);
    },
    escape() {
      const inside = shadow.activeElement !== null;
      if (!collapsed) actions?.collapse(true);
      if (inside) {
        const back = cameFrom?.isConnected ? cameFrom : null;
        if (back) back.focus({ preventScroll: true });
        else links.pill()?.focus();
      }
      return inside;
    },
    tab(event) {
      const active = shadow.activeElement;
      if (active) {
        const own = ownBox(active);
        if (!own) return false;
        const list = focusables(own.box);
        const edge = event.shiftKey ? list[0] : list[list.length - 1];
        // Within the box (or from its heading), the browser's own order.
        if (active !== edge) return false;
        // Leaving a box: back to its page element, or on to what follows it in the page.
        const to = event.shiftKey ? own.anchor : nextInPage(doc, own.anchor, true);
        if (!(to instanceof HTMLElement)) return false;
        to.focus();
        return doc.activeElement === to;
      }
      if (event.shiftKey) return false;
      const from = doc.activeElement;
      for (const [anchor, box] of links.boxes) {
        if (
          !from ||
          !(anchor === from || anchor.contains(from) || (anchor instanceof HTMLLabelElement && anchor.control === from))
        )
          continue;
        const first = focusables(box)[0];
        if (!first) return false;
        takeFocus(first);
        return shadow.activeElement === first;
      }
      return false;
    },
    suspend() {
      listen(false);
      render(null, container);
      render(null, layer);
      links.boxes.clear();
    },
    resume() {
      listen(true);
    },
  };
}
