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
import type { ViewModel } from './viewModel.js';

/** Where the ring after « cancel » was drawn: the screen and the step it points out what to complete for. */
export interface RingPlace {
  screen: string;
  step: number | null;
}

/**
 * The ring after « cancel » stands while the user is where it was drawn. Once the screen or the
 * step changes (the window it pointed to opened, in a single-page application as well as after
 * a reload), or the page took its element out, it has done its work.
 */
export function ringStands(ring: Element | null, at: RingPlace | null, vm: Pick<ViewModel, 'screen' | 'step'> | null): boolean {
  return !!ring && !!at && !!vm && ring.isConnected && vm.screen === at.screen && (vm.step?.n ?? null) === at.step;
}

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
  let ringAt: RingPlace | null = null;
  const render = () => {
    const vm = engine().view();
    if (ring && !ringStands(ring, ringAt, vm)) ring = null;
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
        const now = engine().view();
        ringAt = now ? { screen: now.screen, step: now.step?.n ?? null } : null;
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
      // The user uses what the ring after « cancel » pointed at: it has done its work.
      if (ring?.contains(target)) {
        ring = null;
        render();
      }
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
