// The shapes placement works with, and the places a box may be tried at, in the order they
// are tried. Candidates are generated lazily: the first free one ends the search, so a grid of
// thousands of places costs nothing while a place beside the anchor or a corner is free.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
/** What a box must not cover: a page control, or another box. */
export interface Obstacle extends Rect {
  /** Out of the pointer's reach (under a window of the page): asked only when a box would cover it. */
  hidden?: () => boolean;
}
export interface Size {
  width: number;
  height: number;
}
export interface Viewport {
  width: number;
  height: number;
}

/** Room kept between a box and what it must not touch, and from the viewport's edges. */
export const GAP = 8;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.left < b.left + b.width + gap &&
    b.left < a.left + a.width + gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap
  );
}

/** Moves a box into the viewport (shift), keeping its size. */
export function shiftInto(box: Rect, view: Viewport): Rect {
  const left = Math.max(GAP, Math.min(box.left, view.width - box.width - GAP));
  const top = Math.max(GAP, Math.min(box.top, view.height - box.height - GAP));
  return { ...box, left, top };
}

/** Positions beside an anchor: right, left, below, above, each aligned to start, then end. */
export function besideAnchor(size: Size, anchor: Rect): Rect[] {
  const right = anchor.left + anchor.width + GAP;
  const left = anchor.left - size.width - GAP;
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - size.height - GAP;
  const alignBottom = anchor.top + anchor.height - size.height;
  const alignRight = anchor.left + anchor.width - size.width;
  return [
    { left: right, top: anchor.top, ...size },
    { left, top: anchor.top, ...size },
    { left: anchor.left, top: below, ...size },
    { left: anchor.left, top: above, ...size },
    { left: right, top: alignBottom, ...size },
    { left, top: alignBottom, ...size },
    { left: alignRight, top: below, ...size },
    { left: alignRight, top: above, ...size },
  ];
}

/** The four corners, bottom-right first (where a card is least surprising when free). */
export function corners(size: Size, view: Viewport): Rect[] {
  const right = view.width - size.width - GAP;
  const bottom = view.height - size.height - GAP;
  return [
    { left: right, top: bottom, ...size },
    { left: GAP, top: bottom, ...size },
    { left: right, top: GAP, ...size },
    { left: GAP, top: GAP, ...size },
  ];
}

/** Every position on a grid over the viewport, row by row, for when no candidate is free. */
export function* grid(size: Size, view: Viewport, step: number): Generator<Rect> {
  for (let top = GAP; top + size.height + GAP <= view.height; top += step) {
    for (let left = GAP; left + size.width + GAP <= view.width; left += step) yield { left, top, ...size };
  }
}
