// What of the page the assistant must never cover, and how to move through it by keyboard.
import { withHosts } from '../../chorus/shadow.js';
import type { Obstacle, Viewport } from './geometry.js';
import { longLists, matchingOnScreen } from './longLists.js';

// Buttons, links, fields and the labels of controls: what a user clicks or types into.
const CONTROLS = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'label',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="combobox"]',
  '[role="option"]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
  // What older pages make clickable by script (an icon, a cell), and the box Chosen draws for a select.
  '[onclick]',
  '.chosen-container',
  // A value the form shows for reading, not typing (Bootstrap's static control: « Format de
  // dépôt : PDF », which the tutorial says to read just above the cadre).
  '.form-control-static',
  '.form-control-plaintext',
  'output',
].join(',');

const TABBABLE = 'a[href],button,input:not([type="hidden"]),select,textarea,summary,[tabindex],[contenteditable="true"]';

/**
 * The viewport less the page's scrollbars (Firefox's classic ones take 12 px or more): a box
 * placed under one would be cut off. CSSOM View: the root element's client size, or <body>'s
 * in quirks mode.
 */
export function viewportOf(doc: Document): Viewport {
  const el = doc.compatMode === 'BackCompat' ? doc.body : doc.documentElement;
  const win = doc.defaultView;
  return { width: el?.clientWidth || win?.innerWidth || 0, height: el?.clientHeight || win?.innerHeight || 0 };
}

function center(r: DOMRect, view: Viewport): [number, number] {
  const left = Math.max(0, r.left);
  const right = Math.min(view.width, r.right);
  const top = Math.max(0, r.top);
  const bottom = Math.min(view.height, r.bottom);
  return [(left + right) / 2, (top + bottom) / 2];
}

/**
 * The page's controls in the viewport, each of which a user could reach with the pointer
 * were we not there, unless the page's own layer (a window's backdrop) hides it: that is
 * asked only of the controls a box would cover (a hit test each). Our host is looked
 * through, so that where our boxes stand changes nothing of the answer.
 */
export function pageControls(doc: Document, host: Element, view: Viewport): Obstacle[] {
  const out: Obstacle[] = [];
  // A long list's rows off screen hold controls off screen: their boxes are not read.
  const lists = longLists(doc, view.height);
  // Web components count as the control in their shadow (`<ui5-input>`, `<sl-button>`).
  const controls = withHosts(
    doc,
    lists ? matchingOnScreen(doc, CONTROLS, lists) : Array.from(doc.querySelectorAll(CONTROLS)),
    CONTROLS,
  );
  for (const el of controls) {
    if (el instanceof HTMLLabelElement && !el.control) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= view.width || r.top >= view.height) continue;
    let hidden: boolean | undefined;
    const hiddenNow = () => {
      const [x, y] = center(r, view);
      // Our host takes no pointer events but our boxes do: only where one stands, or where a
      // see-through layer lies over the control, is the (costlier) list of every layer under
      // the point needed.
      const top = doc.elementFromPoint(x, y);
      if (top && (top === el || el.contains(top))) return false;
      if (top && top !== host && !seeThrough(top)) return true;
      for (const layer of doc.elementsFromPoint(x, y)) {
        if (layer === host) continue;
        if (layer === el || el.contains(layer)) return false;
        // Its ancestors reached and not it: out of the pointer's reach (behind a modal <dialog>, inert).
        if (layer.contains(el)) return true;
        if (!seeThrough(layer)) return true;
      }
      return true;
    };
    out.push({ left: r.left, top: r.top, width: r.width, height: r.height, hidden: () => (hidden ??= hiddenNow()) });
  }
  return out;
}

/**
 * A layer over the page that paints nothing: an invisible backdrop catching the clicks around
 * an open menu (MUI's), or a list fading out at opacity 0. What is under it is still seen, so
 * still never to be covered.
 */
function seeThrough(layer: Element): boolean {
  const style = layer.ownerDocument.defaultView?.getComputedStyle(layer);
  if (!style) return false;
  if (style.opacity === '0') return true;
  const paints =
    style.backgroundImage !== 'none' ||
    !/^(transparent|rgba\(.*,\s*0\))$/.test(style.backgroundColor) ||
    Array.from(layer.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
  if (!paints) return true;
  // Inside a layer at opacity 0 (a menu's paper fading out), nothing of it shows either.
  for (let up = layer.parentElement; up && up !== layer.ownerDocument.body; up = up.parentElement) {
    if (layer.ownerDocument.defaultView?.getComputedStyle(up).opacity === '0') return true;
  }
  return false;
}

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || el.tabIndex < 0) return false;
  if ((el as HTMLButtonElement).disabled || el.closest('[inert],fieldset:disabled')) return false;
  // An input the portal styles away (a custom radio) still takes focus, as the browser's Tab does.
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The page's next (or previous) tabbable element after `from`, in document order. */
export function nextInPage(doc: Document, from: Element, forward: boolean): HTMLElement | null {
  const all = Array.from(doc.querySelectorAll(TABBABLE)).filter(isTabbable);
  const after = (el: Element) => (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  if (forward) return all.find((el) => after(el) && !from.contains(el)) ?? null;
  return [...all].reverse().find((el) => !after(el) && el !== from && !el.contains(from)) ?? null;
}

/** A window of the page is open (its Échap belongs to it). */
export function pageDialogOpen(doc: Document): boolean {
  const dialogs = doc.querySelectorAll(
    'dialog[open],[role="dialog"],[role="alertdialog"],[aria-modal="true"],.modal.in,.modal.show',
  );
  return Array.from(dialogs).some((d) => d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden');
}
