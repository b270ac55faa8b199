// The one host element of the public test contract, #chorus-moe-assistant, with an open
// shadow root: our styles never reach the page, and the page's never reach us.
import { type ComponentChild, h, render } from 'preact';
import type { Screen } from '../../core/screens.js';
import type { ViewModel } from '../engine.js';
import { App, type OverlayActions } from './App.js';
import guardsCss from './guards.css?inline';
import css from './overlay.css?inline';

export const HOST_ID = 'chorus-moe-assistant';

export interface OverlayHost {
  host: HTMLElement;
  setScreen(screen: Screen, step: number | null): void;
  render(vm: ViewModel, actions: OverlayActions): void;
  /** The guards' and row markers' layer (issue 12), beside the card's. */
  renderLayer(content: ComponentChild): void;
  contains(node: EventTarget | null): boolean;
  remove(): void;
}

export function mountHost(doc: Document): OverlayHost {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.dataset.screen = 'unknown';
  host.dataset.step = '';
  // Out of the page's flow, above its own layers; the page's styles cannot reach inside.
  host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  const layerStyle = doc.createElement('style');
  layerStyle.textContent = guardsCss;
  const layer = doc.createElement('div');
  layer.className = 'moe-layer';
  shadow.append(style, container, layerStyle, layer);
  doc.documentElement.append(host);
  return {
    host,
    setScreen(screen, step) {
      if (host.dataset.screen !== screen) host.dataset.screen = screen;
      const value = step === null ? '' : String(step);
      if (host.dataset.step !== value) host.dataset.step = value;
    },
    render(vm, actions) {
      render(h(App, { vm, actions }), container);
    },
    renderLayer(content) {
      render(content, layer);
    },
    contains(node) {
      return node instanceof Node && (node === host || host.contains(node) || shadow.contains(node));
    },
    remove() {
      render(null, container);
      render(null, layer);
      host.remove();
    },
  };
}
