import { describe, expect, test } from 'vitest';
import { grid, type Obstacle, overlaps, type Rect } from '../../src/content/overlay/geometry.js';
import { arrange, countCovered, firstFree, type LayoutInput } from '../../src/content/overlay/place.js';

const view = { width: 1280, height: 720 };
const button = (left: number, top: number, width = 120, height = 32): Rect => ({ left, top, width, height });
const base: LayoutInput = {
  view,
  controls: [],
  target: null,
  card: { width: 340, height: 260 },
  pill: { width: 110, height: 34 },
  wantCard: true,
  forceCard: false,
  alerts: [],
  notices: [],
};

describe('where the card stands', () => {
  test('beside its target, covering none of the page’s controls', () => {
    const send = button(1140, 680);
    const controls = [send, button(1000, 680), button(24, 100)];
    const layout = arrange({ ...base, controls, target: send });
    expect(layout.mode).toBe('card');
    expect(countCovered(layout.card, controls)).toBe(0);
    expect(overlaps(layout.card, send)).toBe(false);
    // Flipped above the bottom-right send button, inside the viewport.
    expect(layout.card.top + layout.card.height).toBeLessThanOrEqual(680);
    expect(layout.card.left + layout.card.width).toBeLessThanOrEqual(view.width);
  });

  test('a free corner when nothing beside the target is free', () => {
    // A row of buttons all across the middle: the card cannot stand beside the target.
    const row = Array.from({ length: 10 }, (_, i) => button(i * 128, 300, 120, 120));
    const layout = arrange({ ...base, controls: row, target: row[4] as Rect });
    expect(layout.mode).toBe('card');
    expect(countCovered(layout.card, row)).toBe(0);
  });

  test('no free place: a pill that covers nothing either', () => {
    const small = { width: 640, height: 450 };
    const controls: Rect[] = [];
    for (let top = 0; top < 450; top += 100)
      for (let left = 0; left < 640; left += 160) controls.push(button(left, top, 150, 40));
    const layout = arrange({ ...base, view: small, controls });
    expect(layout.mode).toBe('pill');
    expect(countCovered(layout.pill, controls)).toBe(0);
  });

  test('a pill opened by the user shows the card anyway, where it covers least', () => {
    const small = { width: 640, height: 450 };
    const controls = [button(0, 0, 640, 400)];
    const layout = arrange({ ...base, view: small, controls, forceCard: true });
    expect(layout.mode).toBe('card');
  });

  test('folded by the user: the pill', () => {
    expect(arrange({ ...base, wantCard: false }).mode).toBe('pill');
  });
});

describe('alerts and notices', () => {
  test('beside their field, never on it, never on each other, never under the card', () => {
    const fields = [button(300, 200, 140, 28), button(300, 236, 140, 28), button(300, 272, 140, 28)];
    const layout = arrange({
      ...base,
      controls: fields,
      target: fields[0] as Rect,
      alerts: fields.map((f, i) => ({ key: `a${i}`, anchor: f, size: { width: 360, height: 70 } })),
    });
    const boxes = [...layout.boxes.values()];
    expect(boxes).toHaveLength(3);
    for (const [i, b] of boxes.entries()) {
      expect(countCovered(b, fields), `alert ${i}`).toBe(0);
      expect(overlaps(b, layout.card), `alert ${i} and the card`).toBe(false);
      for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
    }
  });

  test('a notice without a control stands by the card', () => {
    const layout = arrange({ ...base, notices: [{ key: 'n', anchor: null, size: { width: 300, height: 40 } }] });
    const notice = layout.boxes.get('n') as Rect;
    expect(overlaps(notice, layout.card)).toBe(false);
    expect(Math.abs(notice.left - layout.card.left) < 400).toBe(true);
  });

  test('notices whose window has closed find a free place, the card folding for them if it must', () => {
    // The works results at 640×450 (a 200 % zoom) once the download window is gone, as Firefox
    // lays them out (its scrollbars leave 628×438): the search form above, the invoice links
    // on the left, and the two export notices with no control left to stand by.
    const small = { width: 628, height: 438 };
    const controls = [
      button(4, 22, 200, 19),
      button(204, 21, 191, 23),
      button(449, 52, 109, 31),
      button(329, 52, 112, 31),
      ...[211, 272, 333, 394].map((top) => button(0, top, 88, 16)),
    ];
    const notices = [
      { key: 'pdf', anchor: null, size: { width: 300, height: 44 } },
      { key: 'no-attachments', anchor: null, size: { width: 300, height: 73 } },
    ];
    const layout = arrange({
      ...base,
      view: small,
      controls,
      target: controls[4] as Rect,
      card: { width: 340, height: 203 },
      notices,
    });
    const shown = layout.mode === 'card' ? layout.card : layout.pill;
    const boxes = [...layout.boxes.values()];
    expect(boxes).toHaveLength(2);
    for (const box of [shown, ...boxes]) {
      expect(countCovered(box, controls)).toBe(0);
      expect(box.left + box.width).toBeLessThanOrEqual(small.width);
      expect(box.top + box.height).toBeLessThanOrEqual(small.height);
    }
    expect(overlaps(boxes[0] as Rect, boxes[1] as Rect)).toBe(false);
    for (const box of boxes) expect(overlaps(box, shown)).toBe(false);
  });
});

describe('the search for a free place', () => {
  test('stops at the first free place: the places after it are never generated', () => {
    const free = button(600, 300, 200, 100);
    const never: Iterable<Rect> = {
      [Symbol.iterator]() {
        throw new Error('a place after the first free one was generated');
      },
    };
    expect(firstFree([[free], never], [button(0, 0)], view)).toEqual(free);
  });

  test('goes on to the grid when no place beside the anchor or in a corner is free', () => {
    // Controls everywhere but one gap, which only the grid reaches.
    const controls: Rect[] = [];
    for (let top = 0; top < 720; top += 60)
      for (let left = 0; left < 1280; left += 160) if (!(top === 300 && left === 480)) controls.push(button(left, top, 150, 50));
    const box = firstFree([[button(0, 0, 100, 20)], grid({ width: 100, height: 20 }, view, 8)], controls, view);
    expect(box).not.toBeNull();
    expect(countCovered(box as Rect, controls)).toBe(0);
  });

  test('a grid covers the viewport, inside its margins', () => {
    const cells = [...grid({ width: 400, height: 300 }, { width: 640, height: 450 }, 24)];
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(c.left).toBeGreaterThanOrEqual(8);
      expect(c.top + c.height).toBeLessThanOrEqual(450 - 8);
      expect(c.left + c.width).toBeLessThanOrEqual(640 - 8);
    }
  });
});

describe('controls under a window of the page', () => {
  test('are no obstacle, and only the controls a box would cover are asked', () => {
    const asked: string[] = [];
    const control = (name: string, rect: Rect, hidden: boolean): Obstacle => ({
      ...rect,
      hidden: () => {
        asked.push(name);
        return hidden;
      },
    });
    // The target's right side, where the card goes first, holds a control under the page's
    // window backdrop: the card stands there all the same.
    const target = button(100, 100);
    const underBackdrop = control('under the backdrop', button(240, 120), true);
    const far = control('far', button(700, 500), false);
    const layout = arrange({ ...base, controls: [underBackdrop, far], target });
    expect(layout.mode).toBe('card');
    expect(layout.card.left).toBe(100 + 120 + 8);
    expect(layout.card.top).toBe(100);
    expect(asked).toContain('under the backdrop');
    expect(asked).not.toContain('far');
  });

  test('a reachable control is still never covered', () => {
    const target = button(100, 100);
    const reachable: Obstacle = { ...button(240, 120), hidden: () => false };
    const layout = arrange({ ...base, controls: [reachable], target });
    expect(countCovered(layout.card, [reachable])).toBe(0);
    expect(overlaps(layout.card, target)).toBe(false);
  });
});
