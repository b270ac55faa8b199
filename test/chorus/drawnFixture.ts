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
  /**
   * The options drawn with a placeholder for their texts (« … »), written this many ms later
   * (a framework binding its texts after the list is drawn); never, with `Infinity`.
   */
  textsAfterMs?: number;
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
      option.textContent = opts.textsAfterMs === undefined ? text : '…';
      if (opts.textsAfterMs !== undefined && Number.isFinite(opts.textsAfterMs))
        setTimeout(() => {
          option.textContent = text;
        }, opts.textsAfterMs);
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

/**
 * A select as PrimeFaces' selectOneMenu draws it: the widget (a `role="combobox"` div) keeps a
 * read-only focus input and the native select, both visually hidden, beside the label it shows
 * and its trigger; its panel, at the end of <body>, is hidden until the label or the trigger is
 * clicked. Choosing an item sets the native select and fires its change, as the page's AJAX
 * listens to. `rerender`: that change replaces the whole widget with a new one (update="@form").
 */
export function primeDrawn(opts: { options: [string, string][]; label?: string; rerender?: boolean }) {
  const doc = page('<form id="f"></form><input id="other">');
  const form = doc.getElementById('f') as HTMLElement;
  const values: string[] = [];
  const widget = (value: string) => {
    const shown = opts.options.find(([v]) => v === value)?.[1] ?? 'Sélectionner';
    return `<label for="f:s_focus">${opts.label ?? 'Cadre de facturation'}</label>
      <div id="f:s" class="ui-selectonemenu" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-owns="f:s_panel">
        <div class="ui-helper-hidden-accessible"><input id="f:s_focus" name="f:s_focus" type="text" role="combobox" readonly></div>
        <div class="ui-helper-hidden-accessible"><select id="f:s_input" name="f:s_input" tabindex="-1" aria-hidden="true">
          <option value="">Sélectionner</option>${opts.options.map(([v, t]) => `<option value="${v}"${v === value ? ' selected' : ''}>${t}</option>`).join('')}
        </select></div>
        <label id="f:s_label" class="ui-selectonemenu-label">${shown}</label>
        <div class="ui-selectonemenu-trigger"><span class="ui-icon ui-icon-triangle-1-s"></span></div>
      </div>`;
  };
  form.innerHTML = widget('');
  const panel = doc.createElement('div');
  panel.id = 'f:s_panel';
  panel.style.display = 'none';
  panel.innerHTML = `<ul role="listbox">${opts.options.map(([v, t]) => `<li role="option" data-value="${v}" data-label="${t}">${t}</li>`).join('')}</ul>`;
  doc.body.append(panel);
  doc.addEventListener('click', (e) => {
    const target = e.target as Element;
    const item = target.closest('li[role="option"]');
    if (item && panel.contains(item)) {
      const value = item.getAttribute('data-value') ?? '';
      const select = doc.getElementById('f:s_input') as HTMLSelectElement;
      select.value = value;
      (doc.getElementById('f:s_label') as HTMLElement).textContent = item.getAttribute('data-label');
      panel.style.display = 'none';
      values.push(value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      // The page's AJAX answer: the form rendered again, the widget a new element.
      if (opts.rerender) setTimeout(() => (form.innerHTML = widget(value)), 30);
      return;
    }
    if (target.closest('.ui-selectonemenu-label, .ui-selectonemenu-trigger')) {
      panel.style.display = panel.style.display === 'none' ? 'block' : 'none';
    }
  });
  return {
    doc,
    widget: () => doc.getElementById('f:s') as HTMLElement,
    values,
    value: () => (doc.getElementById('f:s_input') as HTMLSelectElement).value,
    isOpen: () => panel.style.display !== 'none',
  };
}
