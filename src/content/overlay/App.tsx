// The overlay, rendered in the shadow root of #chorus-moe-assistant: the ring around the
// target, the step card, the notices of automatic choices, and the field alerts.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { STEP_COUNT } from '../../core/steps.js';
import { deadlineText, stepText, t } from '../../i18n.js';
import type { ViewModel } from '../engine.js';

export interface OverlayActions {
  done(): void;
  skip(): void;
  collapse(collapsed: boolean): void;
}

type Rect = { top: number; left: number; width: number; height: number };
const MARGIN = 12;

function rectOf(el: Element | null): Rect | null {
  if (!el?.isConnected) return null;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/** Re-render on scroll, resize and reflow, at most once a frame. */
function useLayoutTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((n) => n + 1);
      });
    };
    window.addEventListener('scroll', bump, { capture: true, passive: true });
    window.addEventListener('resize', bump, { passive: true });
    const observer = new ResizeObserver(bump);
    observer.observe(document.documentElement);
    return () => {
      window.removeEventListener('scroll', bump, { capture: true });
      window.removeEventListener('resize', bump);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return tick;
}

function intersects(a: Rect, b: Rect, pad = 8): boolean {
  return !(
    a.left + a.width + pad <= b.left ||
    b.left + b.width + pad <= a.left ||
    a.top + a.height + pad <= b.top ||
    b.top + b.height + pad <= a.top
  );
}

/** The first corner where the card does not cover its target. */
function cardPosition(size: { width: number; height: number }, target: Rect | null): Rect {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const corners: Rect[] = [
    { left: vw - size.width - MARGIN, top: vh - size.height - MARGIN, ...size },
    { left: MARGIN, top: vh - size.height - MARGIN, ...size },
    { left: vw - size.width - MARGIN, top: MARGIN, ...size },
    { left: MARGIN, top: MARGIN, ...size },
  ];
  const free = target ? corners.find((c) => !intersects(c, target)) : corners[0];
  return free ?? (corners[0] as Rect);
}

function Ring({ rect, step }: { rect: Rect; step: number }) {
  const pad = 4;
  return (
    <div
      class="moe-ring"
      aria-hidden="true"
      style={{
        top: `${rect.top - pad}px`,
        left: `${rect.left - pad}px`,
        width: `${rect.width + pad * 2}px`,
        height: `${rect.height + pad * 2}px`,
      }}
    >
      <span class="moe-ring-badge">{step}</span>
    </div>
  );
}

function Alerts({ vm }: { vm: ViewModel }) {
  return (
    <>
      {vm.alerts.map((a) => {
        const r = rectOf(a.anchor);
        // Beside the field when there is room (the next field stays visible), else below it.
        const beside = r !== null && r.left + r.width + 8 + 372 < window.innerWidth;
        const style = !r
          ? { top: `${MARGIN}px`, left: `${MARGIN}px` }
          : beside
            ? { top: `${Math.max(MARGIN, Math.min(r.top - 4, window.innerHeight - 80))}px`, left: `${r.left + r.width + 8}px` }
            : {
                top: `${Math.min(r.top + r.height + 4, window.innerHeight - 80)}px`,
                left: `${Math.max(MARGIN, Math.min(r.left, window.innerWidth - 372))}px`,
              };
        return (
          <div class="moe-alert" role="alert" data-moe-field={a.field} key={`${a.field}:${a.message}`} style={style}>
            <p>{a.message}</p>
            {a.fixes.map((f) => (
              <button type="button" data-moe-fix="" key={f.label} onClick={f.apply}>
                {f.label}
              </button>
            ))}
          </div>
        );
      })}
    </>
  );
}

function Notices({ vm, card }: { vm: ViewModel; card: Rect }) {
  if (vm.notices.length === 0) return null;
  const above = card.top > window.innerHeight / 2;
  const style = above
    ? { bottom: `${window.innerHeight - card.top + 8}px`, left: `${card.left}px` }
    : { top: `${card.top + card.height + 8}px`, left: `${card.left}px` };
  return (
    <div class="moe-notices" style={style}>
      {vm.notices.map((n) => (
        <div class="moe-notice" role="status" data-moe-auto={n.id} key={n.id}>
          <span>
            {n.text}
            {n.detail && <small>{n.detail}</small>}
          </span>
          {n.undo && !n.undone && (
            <button type="button" onClick={n.undo}>
              {t('autoUndo')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

function CardBody({ vm, actions }: { vm: ViewModel; actions: OverlayActions }) {
  const { step, screen } = vm;
  if (screen === 'login') {
    return (
      <>
        <div class="moe-kicker">{t('cardStep', { N: 1, TOTAL: STEP_COUNT })}</div>
        <p class="moe-text">{t('cardLogin')}</p>
      </>
    );
  }
  if (!step) {
    return <p class="moe-text">{t('cardSent')}</p>;
  }
  const why = step.why ? stepText(step.n, 'Why') : '';
  const deadline = vm.invoice.done.includes(23)
    ? null
    : deadlineText(vm.invoice.receivedAt, new Date(), vm.state.settings.moeDays);
  return (
    <>
      <div class="moe-kicker">
        <span>{t('cardStep', { N: step.n, TOTAL: STEP_COUNT })}</span>
        {vm.invoice.number && <span>{t('cardInvoice', { NUMBER: vm.invoice.number })}</span>}
      </div>
      {deadline && (
        <p class={`moe-deadline ${deadline.tone}`} data-moe-deadline="">
          {deadline.text}
        </p>
      )}
      <h2 class="moe-title">{stepText(step.n, 'Title')}</h2>
      <p class="moe-text">{stepText(step.n, 'Text')}</p>
      {why && <p class="moe-why">{why}</p>}
      {!vm.onScreen && <p class="moe-note">{t('cardOtherScreen')}</p>}
      {vm.targetMissing && <p class="moe-missing">{t('cardNotFound', { TARGET: stepText(step.n, 'Target') })}</p>}
      {vm.notes.map((n) => (
        <p class="moe-note" key={n.key}>
          {n.text}
        </p>
      ))}
      {step.n === 17 && vm.summary.length > 0 && (
        <table class="moe-summary" aria-label={t('cardAmountsRead')}>
          <tbody>
            {vm.summary.map((l) => (
              <tr key={l.label}>
                <td>{l.label}</td>
                <td>{l.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="moe-actions">
        <button type="button" class="primary" data-moe-action="done" onClick={actions.done}>
          {t('cardDone')}
        </button>
        <button type="button" data-moe-action="skip" onClick={actions.skip}>
          {t('cardSkip')}
        </button>
        <button type="button" data-moe-action="hide" title={t('cardHideHint')} onClick={() => actions.collapse(true)}>
          {t('cardHide')}
        </button>
      </div>
    </>
  );
}

export function App({ vm, actions }: { vm: ViewModel; actions: OverlayActions }) {
  useLayoutTick();
  const cardRef = useRef<HTMLElement>(null);
  const [size, setSize] = useState({ width: 340, height: 200 });
  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    if (Math.abs(width - size.width) > 1 || Math.abs(height - size.height) > 1) setSize({ width, height });
  });
  const inFlow = vm.screen !== 'unknown';
  const target = vm.collapsed ? null : rectOf(vm.target);
  const card = cardPosition(size, rectOf(vm.target));
  const announce = vm.step ? t('announceStep', { N: vm.step.n, TITLE: stepText(vm.step.n, 'Title') }) : '';
  return (
    <div class="moe-root">
      {target && vm.step && <Ring rect={target} step={vm.step.n} />}
      <Alerts vm={vm} />
      {inFlow && <Notices vm={vm} card={card} />}
      {inFlow && (
        <section
          ref={cardRef}
          class={`moe-card${vm.collapsed ? ' collapsed' : ''}`}
          aria-label={t('cardLabel')}
          data-moe-card=""
          style={{ top: `${card.top}px`, left: `${card.left}px` }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') actions.collapse(true);
          }}
        >
          {vm.collapsed ? (
            <button type="button" class="moe-pill" data-moe-action="show" onClick={() => actions.collapse(false)}>
              {vm.step ? t('cardStep', { N: vm.step.n, TOTAL: STEP_COUNT }) : t('cardLabel')}
            </button>
          ) : (
            <CardBody vm={vm} actions={actions} />
          )}
        </section>
      )}
      <div class="moe-sr" aria-live="polite">
        {inFlow ? announce : ''}
      </div>
    </div>
  );
}
