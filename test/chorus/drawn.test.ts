import { describe, expect, test } from 'vitest';
import { chooseDrawn, restoreDrawn } from '../../src/chorus/drawn.js';
import { drawnValue, isFilled, locate } from '../../src/chorus/locate.js';
import { drawn, primeDrawn } from './drawnFixture.js';
import { page } from './fixtures.js';

const CADRES = [
  'A1 : Dépôt par un fournisseur d’une facture',
  'A15 : Dépôt par une MOE d’un état d’acompte',
  'A22 : Projet de décompte',
];
const isA15 = (text: string) => /^A15\b/.test(text);

describe('a select drawn by script, chosen as a user chooses', () => {
  test.each([
    ['opened by a click (Material)', { openOn: 'click' }],
    ['opened by a mousedown (MUI, react-select)', { openOn: 'mousedown' }],
    ['its list rendered a moment later, not named by the select', { late: true, unnamed: true }],
  ] as const)('%s: the one matching option, nothing else pressed', async (_name, opts) => {
    const d = drawn({ options: CADRES, ...opts });
    const outcome = await chooseDrawn(d.select, isA15);
    expect(outcome).toEqual({ chosen: CADRES[1], option: CADRES[1] });
    expect(drawnValue(d.select)).toBe(CADRES[1]);
    expect(d.values).toEqual([CADRES[1]]);
    expect(d.presses.filter((p) => p.startsWith('option:'))).toEqual([`option:${CADRES[1]}`]);
    expect(d.isOpen()).toBe(false);
  });

  test('its options’ texts written a moment after the list (« … » first): read once written, then chosen', async () => {
    const d = drawn({ options: CADRES, textsAfterMs: 120 });
    expect(await chooseDrawn(d.select, isA15)).toEqual({ chosen: CADRES[1], option: CADRES[1] });
    expect(d.values).toEqual([CADRES[1]]);
    // Undone the same way: the list's texts read once written.
    const back = drawn({ options: ['—', ...CADRES], textsAfterMs: 120 });
    await chooseDrawn(back.select, isA15);
    expect(await restoreDrawn(back.select, '')).toBe('restored');
    expect(isFilled(back.select)).toBe(false);
  });

  test('texts that never come: the option is missing, the list closed again', async () => {
    const d = drawn({ options: CADRES, textsAfterMs: Number.POSITIVE_INFINITY });
    expect(await chooseDrawn(d.select, isA15)).toBe('missing');
    expect([d.values, d.isOpen()]).toEqual([[], false]);
  });

  test('the option missing or twice there: nothing chosen, the list closed again', async () => {
    for (const [options, expected] of [
      [['A1 : Fournisseur', 'A22 : Projet de décompte'], 'missing'],
      [['A15 : État d’acompte', 'A15 - Dépôt par une MOE'], 'ambiguous'],
    ] as const) {
      const d = drawn({ options: [...options] });
      expect(await chooseDrawn(d.select, isA15)).toBe(expected);
      expect(d.values).toEqual([]);
      expect(d.isOpen()).toBe(false);
    }
  });

  test('a page that ignores Escape: the list closed by a second press on the select', async () => {
    const d = drawn({ options: ['A1 : Fournisseur'], noEscape: true });
    expect(await chooseDrawn(d.select, isA15)).toBe('missing');
    expect(d.isOpen()).toBe(false);
    expect(d.presses.every((p) => p.startsWith('select:'))).toBe(true);
  });

  test('no list opens, a list already shown elsewhere, a select disabled: nothing pressed but the select', async () => {
    const d = drawn({ options: CADRES, openOn: 'mousedown' });
    // The page opens nothing on a click; another list stands on the page, with the option.
    d.select.replaceWith(d.select.cloneNode(true));
    const select = d.doc.getElementById('m') as HTMLElement;
    d.doc.body.insertAdjacentHTML('beforeend', `<div role="listbox"><div role="option">${CADRES[1]}</div></div>`);
    const clicked: string[] = [];
    d.doc.addEventListener('click', (e) => clicked.push((e.target as Element).getAttribute('role') ?? ''));
    expect(await chooseDrawn(select, isA15)).toBe('failed');
    expect(clicked.every((role) => role !== 'option')).toBe(true);

    const disabled = drawn({ options: CADRES });
    disabled.select.setAttribute('aria-disabled', 'true');
    expect(await chooseDrawn(disabled.select, isA15)).toBe('failed');
    expect(disabled.presses).toEqual([]);
  });

  test('a value the page showed (its default) changed, and put back by its text', async () => {
    const d = drawn({ options: ['PDF', 'PIVOT'] });
    (d.doc.getElementById('v') as HTMLElement).textContent = 'PIVOT';
    expect(await chooseDrawn(d.select, (text) => text === 'PDF')).toEqual({ chosen: 'PDF', option: 'PDF' });
    expect(await restoreDrawn(d.select, 'PIVOT')).toBe('restored');
    expect([drawnValue(d.select), d.values, d.isOpen()]).toEqual(['PIVOT', ['PDF', 'PIVOT'], false]);
  });

  test('never a press that could submit or leave: a combobox drawn as a <button> with no type, an option that is a link away', async () => {
    const doc = page(`<form id="f"><label id="l">Cadre de facturation</label>
      <button role="combobox" id="m" aria-haspopup="listbox" aria-labelledby="l">Sélectionner</button></form>`);
    let submitted = 0;
    let pressed = 0;
    doc.getElementById('f')?.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted += 1;
    });
    doc.getElementById('m')?.addEventListener('click', () => {
      pressed += 1;
    });
    expect(await chooseDrawn(doc.getElementById('m') as Element, isA15)).toBe('failed');
    expect([submitted, pressed]).toEqual([0, 0]);

    const links = drawn({ options: CADRES });
    links.select.addEventListener('click', () => {
      // Options that are links to another page.
      for (const option of Array.from(links.doc.querySelectorAll('[role="option"]'))) {
        const a = links.doc.createElement('a');
        a.href = 'https://example.org/ailleurs';
        a.setAttribute('role', 'option');
        a.textContent = option.textContent;
        option.replaceWith(a);
      }
    });
    expect(await chooseDrawn(links.select, isA15)).toBe('failed');
    expect(links.values).toEqual([]);
  });

  test('the focus goes back where the user had it', async () => {
    const d = drawn({ options: CADRES });
    const other = d.doc.getElementById('other') as HTMLInputElement;
    other.focus();
    await chooseDrawn(d.select, isA15);
    expect(d.doc.activeElement).toBe(other);
  });

  test('undo: back to empty through the list’s empty option; without one, the list left open for the user', async () => {
    const withDash = drawn({ options: ['—', ...CADRES] });
    await chooseDrawn(withDash.select, isA15);
    expect(await restoreDrawn(withDash.select, '')).toBe('restored');
    expect(drawnValue(withDash.select)).toBe('');
    expect(withDash.isOpen()).toBe(false);

    const without = drawn({ options: CADRES });
    await chooseDrawn(without.select, isA15);
    expect(await restoreDrawn(without.select, '')).toBe('open');
    expect(without.isOpen()).toBe(true);
    expect(drawnValue(without.select)).toBe(CADRES[1]);
    expect(without.doc.activeElement).toBe(without.select);
  });
});

describe('a select as PrimeFaces draws it (its native select and focus input hidden inside the widget)', () => {
  const CADRE_CODES: [string, string][] = [
    ['A1', 'A1 : Dépôt par un fournisseur d’une facture'],
    ['A15', 'A15 : Dépôt par une MOE d’un état d’acompte'],
  ];

  test('the widget is the field, whichever of its hidden parts a cue finds; empty while its label says « Sélectionner »', () => {
    const p = primeDrawn({ options: CADRE_CODES });
    const found = locate(p.doc, 'upload.cadre')?.element as Element;
    expect(found).toBe(p.widget());
    expect(isFilled(found)).toBe(false);
    expect(drawnValue(found)).toBe('');
  });

  test('chosen through its label and its panel: the native select holds it, the label shows it', async () => {
    const p = primeDrawn({ options: CADRE_CODES });
    expect(await chooseDrawn(p.widget(), isA15)).toEqual({ chosen: CADRE_CODES[1]?.[1], option: CADRE_CODES[1]?.[1] });
    expect([p.value(), p.values, p.isOpen()]).toEqual(['A15', ['A15'], false]);
    expect(isFilled(p.widget())).toBe(true);
  });
});

/**
 * Vuetify's v-select: the field holds its label (`for` an input no one types in, `inputmode="none"`)
 * and a floating copy; the list, once an option is chosen, says closed at once and fades out a
 * moment later; Escape with no list open closes the window the select is in (v-dialog).
 */
function vuetify(options: string[]) {
  const doc = page(`<div role="dialog" aria-modal="true" id="win"><h2>Cadre</h2>
    <div class="v-input v-select"><div class="v-field" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="menu-1">
      <div class="v-field__field"><label class="v-label v-field-label" id="input-1-label" for="input-1">Cadre de facturation</label>
        <div class="v-field__input"><select hidden>${options.map((o) => `<option value="${o.slice(0, 3)}"></option>`).join('')}</select>
          <span class="v-select__selection-text"></span>
          <input size="1" role="combobox" type="text" id="input-1" inputmode="none" aria-expanded="false" aria-labelledby="input-1-label"></div></div>
      <div class="v-field__outline"><label class="v-label v-field-label v-field-label--floating" aria-hidden="true">Cadre de facturation</label></div>
    </div></div></div>`);
  const field = doc.querySelector('.v-field') as HTMLElement;
  const input = doc.getElementById('input-1') as HTMLInputElement;
  const events: string[] = [];
  const expanded = (open: boolean) => {
    field.setAttribute('aria-expanded', String(open));
    input.setAttribute('aria-expanded', String(open));
  };
  field.addEventListener('mousedown', () => {
    if (doc.getElementById('menu-1')) return;
    const menu = doc.createElement('div');
    menu.id = 'menu-1';
    menu.innerHTML = `<div role="listbox">${options.map((o) => `<div role="option">${o}</div>`).join('')}</div>`;
    doc.body.append(menu);
    expanded(true);
  });
  doc.addEventListener('click', (e) => {
    const option = (e.target as Element).closest('[role="option"]');
    if (!option) return;
    (doc.querySelector('.v-select__selection-text') as Element).textContent = option.textContent;
    expanded(false);
    const menu = doc.getElementById('menu-1');
    setTimeout(() => menu?.remove(), 250);
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const menu = doc.getElementById('menu-1');
    if (menu && field.getAttribute('aria-expanded') === 'true') {
      menu.remove();
      expanded(false);
      events.push('list closed');
    } else events.push('window closed');
  });
  return { doc, field, input, events };
}

describe('Vuetify’s v-select', () => {
  test('its input no one types in stands for the field; its own labels are not its value', () => {
    const v = vuetify(CADRES);
    const found = locate(v.doc, 'upload.cadre');
    expect(found?.element).toBe(v.field);
    expect(drawnValue(v.field)).toBe('');
    expect(isFilled(v.field)).toBe(false);
    (v.doc.querySelector('.v-select__selection-text') as Element).textContent = CADRES[1] ?? '';
    expect(drawnValue(v.field)).toBe(CADRES[1]);
  });

  test('chosen, its list left to fade out: no Escape, which would close its window', async () => {
    const v = vuetify(CADRES);
    expect(await chooseDrawn(v.field, isA15)).toEqual({ chosen: CADRES[1], option: CADRES[1] });
    await new Promise((r) => setTimeout(r, 400));
    expect(v.events).toEqual([]);
    expect(v.doc.getElementById('menu-1')).toBeNull();
  });

  test('an option missing: the list, open, closed by Escape, the window kept', async () => {
    const v = vuetify(['A1 : Fournisseur']);
    expect(await chooseDrawn(v.field, isA15)).toBe('missing');
    expect(v.events).toEqual(['list closed']);
  });
});
