// Where a box of the assistant may stand: the first candidate that covers nothing of the
// page, as a popover does (beside its anchor, flipped and shifted into the viewport). Pure
// geometry, so that it is tested without a browser. Hand-written rather than
// @floating-ui/dom: that library places beside an anchor but knows nothing of the page's
// other controls, which is what we must avoid, and the content script has a size budget.
import {
  besideAnchor,
  corners,
  GAP,
  grid,
  type Obstacle,
  overlaps,
  type Rect,
  type Size,
  shiftInto,
  type Viewport,
} from './geometry.js';

function fits(box: Rect, view: Viewport): boolean {
  return box.left >= 0 && box.top >= 0 && box.left + box.width <= view.width && box.top + box.height <= view.height;
}

function covers(box: Rect, o: Obstacle): boolean {
  return overlaps(box, o, GAP / 2) && !o.hidden?.();
}

export function countCovered(box: Rect, obstacles: Obstacle[]): number {
  let n = 0;
  for (const o of obstacles) if (covers(box, o)) n++;
  return n;
}

function coversAny(box: Rect, obstacles: Obstacle[]): boolean {
  return obstacles.some((o) => covers(box, o));
}

/** The first candidate, shifted into the viewport, that covers no obstacle; null if none. */
export function firstFree(candidates: Iterable<Rect>[], obstacles: Obstacle[], view: Viewport): Rect | null {
  for (const list of candidates) {
    for (const c of list) {
      const box = shiftInto(c, view);
      if (fits(box, view) && !coversAny(box, obstacles)) return box;
    }
  }
  return null;
}

/** The candidate covering the fewest obstacles (the first of equals), shifted into the viewport. */
export function leastCovering(candidates: Rect[], obstacles: Obstacle[], view: Viewport): Rect {
  let best: Rect | null = null;
  let bestCount = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const box = shiftInto(c, view);
    const n = countCovered(box, obstacles);
    if (n < bestCount) {
      best = box;
      bestCount = n;
    }
  }
  return best ?? { left: GAP, top: GAP, width: 0, height: 0 };
}

/** The candidates that stay clear of `hard`, the one covering fewest of `soft` among them. */
function bestOf(candidates: Rect[], soft: Obstacle[], hard: Obstacle[], view: Viewport): Rect {
  const clear = candidates.filter((c) => !coversAny(shiftInto(c, view), hard));
  return leastCovering(clear.length ? clear : candidates, soft, view);
}

export interface Floating {
  key: string;
  anchor: Rect | null;
  size: Size;
}

export interface LayoutInput {
  view: Viewport;
  /** The page's controls in the viewport. */
  controls: Obstacle[];
  /** The current step's target: the card stands beside it. */
  target: Rect | null;
  card: Size;
  pill: Size;
  /** The card should be open (not folded by the user). */
  wantCard: boolean;
  /** The user opened the pill although no place is free: show the card anyway. */
  forceCard: boolean;
  alerts: Floating[];
  notices: Floating[];
}

export interface Layout {
  mode: 'card' | 'pill';
  card: Rect;
  pill: Rect;
  boxes: Map<string, Rect>;
}

/**
 * Alerts and notices first, beside their field (never on it, never on each other), then the
 * card beside the target, else in a free corner, else anywhere free; else the pill. Boxes
 * whose control is gone (a closed window's notices) come last, beside the card or the pill.
 */
export function arrange(input: LayoutInput): Layout {
  const { view, controls } = input;
  const placed: Rect[] = [];
  const boxes = new Map<string, Rect>();
  const anchored = [...input.alerts, ...input.notices].filter((f) => f.anchor);
  const loose = [...input.alerts, ...input.notices].filter((f) => !f.anchor);
  for (const f of anchored) {
    const anchor = f.anchor as Rect;
    const candidates = [...besideAnchor(f.size, anchor), ...corners(f.size, view)];
    const box =
      firstFree([candidates], [...controls, ...placed], view) ?? bestOf(candidates, controls, [anchor, ...placed], view);
    boxes.set(f.key, box);
    placed.push(box);
  }
  const around = input.target ? besideAnchor(input.card, input.target) : [];
  const cardObstacles = [...controls, ...placed, ...(input.target ? [input.target] : [])];
  let card = firstFree([around, corners(input.card, view), grid(input.card, view, 24)], cardObstacles, view);
  let mode: Layout['mode'] = card && input.wantCard ? 'card' : 'pill';
  if (!card && input.wantCard && input.forceCard) {
    card = bestOf(corners(input.card, view), controls, [...placed, ...(input.target ? [input.target] : [])], view);
    mode = 'card';
  }
  const pill =
    firstFree([corners(input.pill, view), grid(input.pill, view, 8)], cardObstacles, view) ??
    leastCovering(corners(input.pill, view), cardObstacles, view);
  let rest = placeLoose(loose, mode === 'card' ? (card as Rect) : pill, controls, placed, view);
  // A card that leaves its loose boxes no free place folds to its pill, as when it finds no
  // place itself: the boxes then cover nothing either (unless the user opened the card).
  if (mode === 'card' && !input.forceCard && !rest.free) {
    const beside = placeLoose(loose, pill, controls, placed, view);
    if (beside.free) {
      mode = 'pill';
      rest = beside;
    }
  }
  for (const [key, box] of rest.boxes) boxes.set(key, box);
  return { mode, card: card ?? pill, pill, boxes };
}

/** The boxes with no control of their own: beside the shown card or pill, else anywhere free. */
function placeLoose(
  loose: Floating[],
  shown: Rect,
  controls: Obstacle[],
  placed: Rect[],
  view: Viewport,
): { boxes: Map<string, Rect>; free: boolean } {
  const taken = [...placed, shown];
  const boxes = new Map<string, Rect>();
  let free = true;
  for (const f of loose) {
    const candidates = [...besideAnchor(f.size, shown), ...corners(f.size, view)];
    let box = firstFree([candidates, grid(f.size, view, 24)], [...controls, ...taken], view);
    if (!box) {
      free = false;
      box = bestOf(candidates, controls, taken, view);
    }
    boxes.set(f.key, box);
    taken.push(box);
  }
  return { boxes, free };
}
