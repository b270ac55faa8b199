// A select drawn by script, as Angular Material draws it, for the unit tests.
import { page } from './fixtures.js';

export interface DrawnOpts {
  /** The select's label (« Cadre de facturation » unless said). */
  label?: string;
  /** Wraps the label and the select (a window). */
  around?: (html: string) => string;
  options: string[];
  /** The event the page opens its list on (Material: click; MUI, react-select: mousedown). */
  openOn?: 'click' | 'mousedown';
  /** The list rendered a moment after the press (an animation, a change detection later). */
  late?: boolean;
  /** The list is not named by the select (no aria-controls). */
  unnamed?: boolean;
  /** The page ignores Escape (the list closes only on a second press). */
  noEscape?: boolean;
}

/**
 * A select drawn as Angular Material draws it: a combobox whose trigger shows the value or a
 * placeholder, its options rendered in an overlay at the end of <body> only while it is open.
 * `presses` records every element a click reached, `values` every value the page took.
 */
export function drawn(opts: DrawnOpts) {
  const html = `<label id="l">${opts.label ?? 'Cadre de facturation'}</label>
    <div role="combobox" id="m" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l v">
      <div class="mat-select-trigger"><span id="v"><span class="mat-select-placeholder">Sélectionner</span></span><span class="mat-select-arrow">▾</span></div>
    </div><input id="other">`;
  const doc = page(opts.around ? opts.around(html) : html);
  const select = doc.getElementById('m') as HTMLElement;
  const shown = doc.getElementById('v') as HTMLElement;
  const presses: string[] = [];
  const values: string[] = [];
  let overlay: HTMLElement | null = null;
  const closeList = () => {
    overlay?.remove();
    overlay = null;
    select.setAttribute('aria-expanded', 'false');
    select.removeAttribute('aria-controls');
  };
  const openList = () => {
    overlay = doc.createElement('div');
    overlay.className = 'cdk-overlay-container';
    const list = doc.createElement('div');
    list.setAttribute('role', 'listbox');
    list.id = 'panel';
    for (const text of opts.options) {
      const option = doc.createElement('mat-option');
      option.setAttribute('role', 'option');
      option.textContent = text;
      option.addEventListener('click', () => {
        presses.push(`option:${text}`);
        values.push(text);
        shown.textContent = text;
        if (text === '—') shown.innerHTML = '<span class="mat-select-placeholder">Sélectionner</span>';
        closeList();
      });
      list.append(option);
    }
    overlay.append(list);
    doc.body.append(overlay);
    select.setAttribute('aria-expanded', 'true');
    if (!opts.unnamed) select.setAttribute('aria-controls', 'panel');
  };
  select.addEventListener(opts.openOn ?? 'click', (e) => {
    presses.push(`select:${(e.target as Element).className || (e.target as Element).id}`);
    if (overlay) closeList();
    else if (opts.late) setTimeout(openList, 60);
    else openList();
  });
  select.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !opts.noEscape) closeList();
  });
  return { doc, select, presses, values, isOpen: () => overlay !== null };
}
