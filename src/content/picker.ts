// « Montrer l'élément » (issue 14): the user points at the element a step is about, and clicks.
// That click is the user's answer to us, not an action on the portal: pointerdown, mousedown,
// mouseup and click are stopped in a capture listener on window, before any of the page's
// handlers (our layer is on top of the page as well), so a pick can never send, refuse or
// download anything. Échap cancels. The element is read under the pointer with
// elementsFromPoint, skipping our own host.
import { h, render } from 'preact';
import { pickTarget } from '../chorus/picked.js';
import type { Rect } from './overlay/geometry.js';
import { Picker } from './overlay/Picker.js';
import css from './overlay/picker.css?inline';

export interface PickerOptions {
  host: HTMLElement;
  instruction: string;
  picked(element: Element): void;
  cancelled(): void;
}

const STOPPED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'];

/** Starts picking; returns what ends it without a choice. */
export function startPicker(opts: PickerOptions): () => void {
  const { host } = opts;
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const shadow = host.shadowRoot;
  if (!view || !shadow) {
    opts.cancelled();
    return () => undefined;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  let under: Element | null = null;
  let ended = false;

  const elementAt = (x: number, y: number): Element | null => {
    const found = doc
      .elementsFromPoint(x, y)
      .find((el) => el !== host && !host.contains(el) && el !== doc.documentElement && el !== doc.body);
    return found ? pickTarget(found) : null;
  };
  const rectOf = (el: Element | null): Rect | null => {
    if (!el?.isConnected) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  };
  const draw = () => {
    render(h(Picker, { view: { rect: rectOf(under), instruction: opts.instruction, cancel } }), container);
  };
  const ours = (event: Event) => {
    const bar = shadow.querySelector('[data-moe-picker-bar]');
    return !!bar && event.composedPath().includes(bar);
  };

  const onMove = (event: MouseEvent) => {
    const next = elementAt(event.clientX, event.clientY);
    if (next === under) return;
    under = next;
    draw();
  };
  const onPointer = (event: Event) => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click' || !event.isTrusted || !(event instanceof MouseEvent)) return;
    const chosen = elementAt(event.clientX, event.clientY);
    if (!chosen) return;
    end();
    opts.picked(chosen);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    cancel();
  };
  const onScroll = () => draw();

  function end(): void {
    if (ended) return;
    ended = true;
    view?.removeEventListener('mousemove', onMove, true);
    for (const type of STOPPED) view?.removeEventListener(type, onPointer, true);
    view?.removeEventListener('keydown', onKey, true);
    view?.removeEventListener('scroll', onScroll, true);
    render(null, container);
    container.remove();
    style.remove();
  }
  function cancel(): void {
    if (ended) return;
    end();
    opts.cancelled();
  }

  view.addEventListener('mousemove', onMove, true);
  for (const type of STOPPED) view.addEventListener(type, onPointer, true);
  view.addEventListener('keydown', onKey, true);
  view.addEventListener('scroll', onScroll, { capture: true, passive: true });
  draw();
  shadow.querySelector<HTMLElement>('[data-moe-picker-cancel]')?.focus();
  return end;
}
