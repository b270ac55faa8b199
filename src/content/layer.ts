// The guards' layer over the page: its window, the line after « proceed », the ring after
// « cancel », and the row markers of the results.
import { h } from 'preact';
import { shownOrOpener } from '../chorus/dom.js';
import { stepWhere } from '../core/steps.js';
import type { Engine } from './engine.js';
import { guarded } from './guarded.js';
import { type GuardHit, type GuardId, GuardKeeper, guardFor } from './guards.js';
import { Guard } from './overlay/Guard.js';
import type { OverlayHost } from './overlay/host.js';
import { RowMarkers } from './overlay/RowMarkers.js';

export interface GuardLayer {
  guards: GuardKeeper;
  render(): void;
}

/** `engine` is asked when needed: the engine renders this layer, and is built after it. */
export function guardLayer(win: Window, overlay: OverlayHost, engine: () => Engine): GuardLayer {
  const doc = win.document;
  let hit: GuardHit | null = null;
  let proceeded: GuardId | null = null;
  let ring: Element | null = null;
  const render = () => {
    const vm = engine().view();
    // Another frame speaks for the tab (its window over this one): no ring nor marks here; a
    // guard the user's own click raised here is still shown.
    const speaks = vm?.speaks !== false;
    const guard = {
      hit,
      proceeded,
      ring: speaks ? ring : null,
      proceed: guarded('proceed', () => {
        const element = guards.proceed();
        proceeded = hit?.id ?? null;
        // Focus is not a click: the user's Enter or click on it is what goes through.
        if (element instanceof HTMLElement) element.focus();
        render();
      }),
      cancel: guarded('cancel', () => {
        const stopped = guards.cancel();
        if (stopped?.id === 'refuse') engine().card.markStepDone(stepWhere((s) => s.guard === 'refuse'));
        // What to complete may be in a folded section: the ring goes on what opens it.
        ring = shownOrOpener(stopped?.blockers[0]?.anchor ?? null);
        ring?.scrollIntoView({ block: 'center' });
        if (ring instanceof HTMLElement) ring.focus();
        render();
      }),
    };
    overlay.renderLayer([
      h(Guard, { view: guard }),
      vm && speaks ? h(RowMarkers, { doc, state: vm.state, screen: vm.screen }) : null,
    ]);
  };
  const guards = new GuardKeeper(win, {
    check: (target) => {
      const vm = engine().view();
      if (!vm) return null;
      return guardFor(doc, vm.screen, vm.invoice, vm.invoice.number ? { invoiceNumber: vm.invoice.number } : {}, target);
    },
    isOwnEvent: (event) => event.composedPath().includes(overlay.host),
    show: (next) => {
      hit = next;
      if (next) {
        proceeded = null;
        ring = null;
      }
      render();
    },
    passed: () => {
      proceeded = null;
      render();
    },
  });
  return { guards, render };
}
