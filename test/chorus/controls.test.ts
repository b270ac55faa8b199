import { describe, expect, test } from 'vitest';
import { choose, fillText, rebase, restore } from '../../src/chorus/controls.js';
import { visibleProxy } from '../../src/chorus/dom.js';
import { page, ROLE_VARIANTS } from './fixtures.js';

describe('setting a control as a user would', () => {
  test('a select Chosen draws is told of its new value, as its page tells it (and of the undo); its box is what is shown', () => {
    const doc = page(`<td class="libelle">Cadre de facturation :</td><td>
      <select id="cadre" name="cadreFacturation" style="display:none"><option value=""></option><option value="A1">A1 - Fournisseur</option><option value="A15">A15 - Dépôt par une MOE d'un état d'acompte</option></select>
      <div class="chosen-container chosen-container-single" id="cadre_chosen" style="width:320px"><a class="chosen-single chosen-default"><span>Sélectionnez un cadre</span></a></div></td>`);
    const select = doc.getElementById('cadre') as HTMLSelectElement;
    const shown = doc.querySelector('#cadre_chosen span') as HTMLElement;
    // Chosen, through jQuery: a plain listener for its event redraws its box from the select.
    const heard: string[] = [];
    select.addEventListener('chosen:updated', () => {
      heard.push(select.value);
      shown.textContent = select.options[select.selectedIndex]?.textContent || 'Sélectionnez un cadre';
    });
    const snapshot = choose(select.options[2] as HTMLOptionElement);
    expect([select.value, shown.textContent]).toEqual(['A15', "A15 - Dépôt par une MOE d'un état d'acompte"]);
    restore(snapshot as NonNullable<typeof snapshot>);
    expect([select.value, shown.textContent, heard]).toEqual(['', 'Sélectionnez un cadre', ['A15', '']]);
    expect(visibleProxy(select)).toBe(doc.getElementById('cadre_chosen'));
  });

  test('filling a field never takes the focus from the field the user is typing in', () => {
    const doc = page('<input id="typing"><input id="designation">');
    const typing = doc.getElementById('typing') as HTMLInputElement;
    typing.focus();
    fillText(doc.getElementById('designation') as HTMLInputElement, 'Facture');
    expect(doc.activeElement).toBe(typing);
    expect((doc.getElementById('designation') as HTMLInputElement).value).toBe('Facture');
  });

  test('a page that cancels the click on a radio’s label is not overruled', () => {
    const doc = page(
      '<span><input type="radio" id="r1" name="r" value="A" style="opacity:0"></span><label for="r1">A</label>' +
        '<span><input type="radio" id="r2" name="r" value="B" style="opacity:0"></span><label for="r2">B</label>',
    );
    doc.querySelector('label[for="r2"]')?.addEventListener('click', (e) => e.preventDefault());
    const snapshot = choose(doc.getElementById('r2') as HTMLInputElement);
    expect(snapshot).toBeNull();
    expect((doc.getElementById('r2') as HTMLInputElement).checked).toBe(false);
  });

  test('a radio wrapped in its label, with no id, is chosen by a click on the label (Bootstrap’s button group)', () => {
    const doc = page(
      '<div class="btn-group" data-toggle="buttons">' +
        '<label class="btn active"><input type="radio" name="role" value="FOURNISSEUR" checked style="position:absolute;clip:rect(0,0,0,0)"> Fournisseur</label>' +
        '<label class="btn"><input type="radio" name="role" value="MOE" style="position:absolute;clip:rect(0,0,0,0)"> Maîtrise d’œuvre</label></div>',
    );
    // Bootstrap 3's button plugin: a delegated click marks the label, then checks its input itself.
    doc.addEventListener('click', (e) => {
      const btn = (e.target as Element).closest('[data-toggle="buttons"] .btn');
      if (!btn) return;
      e.preventDefault();
      for (const other of Array.from(btn.parentElement?.children ?? [])) other.classList.remove('active');
      btn.classList.add('active');
      const input = btn.querySelector('input') as HTMLInputElement;
      input.checked = true;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const moe = doc.querySelector('input[value="MOE"]') as HTMLInputElement;
    expect(choose(moe)).toMatchObject({ kind: 'checked', checked: doc.querySelector('input[value="FOURNISSEUR"]') });
    expect(moe.checked).toBe(true);
    expect(moe.closest('label')?.classList.contains('active')).toBe(true);
  });

  test('undo to « none »: a radio whose page keeps the choice in its own state (Angular Material) stays chosen, one whose page follows the input is put back', () => {
    // MDC's radio: the component marks its element from its own state, set by a click and
    // never by an input un-checked behind its back; the form sends the component's value.
    const mdc = (follows: boolean) => {
      const doc = page(
        `<div class="tab-pane active"><mat-radio-group role="radiogroup">${['Oui', 'Non']
          .map(
            (v) => `<mat-radio-button class="mat-mdc-radio-button"><div class="mdc-form-field"><div class="mdc-radio">
            <input type="radio" class="mdc-radio__native-control" id="pj-${v}" name="pj" value="${v}"></div>
            <label for="pj-${v}">${v}</label></div></mat-radio-button>`,
          )
          .join('')}</mat-radio-group></div>`,
      );
      for (const input of Array.from(doc.querySelectorAll<HTMLInputElement>('input'))) {
        const own = input.closest('mat-radio-button') as Element;
        input.addEventListener('change', () => {
          if (input.checked)
            for (const b of Array.from(doc.querySelectorAll('mat-radio-button')))
              b.classList.toggle('mat-mdc-radio-checked', b === own);
          else if (follows) own.classList.remove('mat-mdc-radio-checked');
        });
      }
      return doc;
    };
    const kept = mdc(false);
    const non = kept.getElementById('pj-Non') as HTMLInputElement;
    const snapshot = choose(non);
    expect([non.checked, non.closest('.mat-mdc-radio-checked') !== null]).toEqual([true, true]);
    expect(restore(snapshot as NonNullable<typeof snapshot>)).toBe(false);
    // Left as the page has it: chosen, on screen and in the form alike.
    expect([non.checked, non.closest('.mat-mdc-radio-checked') !== null]).toEqual([true, true]);
    // A page whose script follows the input (its class goes with it): the choice is undone. The
    // pane around the group said « active » before the choice: it is no mark of it.
    const followed = mdc(true);
    const again = followed.getElementById('pj-Non') as HTMLInputElement;
    const undo = choose(again);
    expect(restore(undo as NonNullable<typeof undo>)).toBe(true);
    expect([again.checked, followed.querySelector('.mat-mdc-radio-checked')]).toEqual([false, null]);
  });

  test('an ARIA radio is chosen by a click, as the page wants it; undo clicks the one chosen before; a submit button is never clicked', () => {
    const doc = page(`<form>${ROLE_VARIANTS['ARIA radio buttons with a hidden input the page keeps']}</form>`);
    const hidden = doc.querySelector('input[type="hidden"]') as HTMLInputElement;
    // The page's script: a click checks the radio clicked, unchecks the others, fills the hidden input.
    const radios = Array.from(doc.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
    for (const radio of radios) {
      radio.addEventListener('click', () => {
        for (const other of radios) other.setAttribute('aria-checked', String(other === radio));
        hidden.value = radio.dataset.value ?? '';
      });
    }
    const [fournisseur, moe] = radios as [HTMLButtonElement, HTMLButtonElement];
    fournisseur.click();
    const snapshot = choose(moe);
    expect(moe.getAttribute('aria-checked')).toBe('true');
    expect(hidden.value).toBe('MOE');
    expect(snapshot).toMatchObject({ kind: 'aria', el: moe, checked: fournisseur });
    restore(snapshot as NonNullable<typeof snapshot>);
    expect(hidden.value).toBe('FOURNISSEUR');
    // A button without a type submits its form: the assistant does not click it.
    const submits = page('<form><button role="radio" aria-checked="false">Maîtrise d’œuvre</button></form>');
    const sent: Event[] = [];
    submits.querySelector('form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      sent.push(e);
    });
    expect(choose(submits.querySelector('[role="radio"]') as Element)).toBeNull();
    expect(sent).toEqual([]);
  });

  test('a label click that goes through chooses the radio, with what undo needs', () => {
    const doc = page(
      '<span><input type="radio" id="r1" name="r" value="A" checked></span><label for="r1">A</label><span><input type="radio" id="r2" name="r" value="B"></span><label for="r2">B</label>',
    );
    const snapshot = choose(doc.getElementById('r2') as HTMLInputElement);
    expect((doc.getElementById('r2') as HTMLInputElement).checked).toBe(true);
    expect(snapshot).toMatchObject({ kind: 'checked', checked: doc.getElementById('r1') });
  });
});

describe('a choice on a control the page renders again (an AJAX answer replaces its group)', () => {
  /** The page's answer: the same markup, new elements, holding what the old ones held. */
  function renderAgain(el: Element): void {
    const answer = el.outerHTML;
    el.outerHTML = answer;
  }

  test('a native radio: the one checked before is found again by its name and value, and put back', () => {
    const doc = page(`<form>${ROLE_VARIANTS['radios wrapped in spans, label[for]']}</form>`);
    const supplier = doc.getElementById('r1') as HTMLInputElement;
    supplier.checked = true;
    const snapshot = choose(doc.getElementById('r2') as HTMLInputElement);
    renderAgain(doc.querySelector('fieldset') as Element);
    const moe = doc.getElementById('r2') as HTMLInputElement;
    moe.checked = true;
    const again = snapshot && rebase(snapshot, moe);
    expect(again && again.kind === 'checked' && [again.el, again.checked]).toEqual([moe, doc.getElementById('r1')]);
    expect(again && restore(again)).toBe(true);
    expect([(doc.getElementById('r1') as HTMLInputElement).checked, moe.checked]).toEqual([true, false]);
    // The one checked before gone from the new group: nothing to put back.
    const other = page(`<form>${ROLE_VARIANTS['radios wrapped in spans, label[for]']}</form>`);
    (other.getElementById('r1') as HTMLInputElement).checked = true;
    const taken = choose(other.getElementById('r2') as HTMLInputElement);
    renderAgain(other.querySelector('fieldset') as Element);
    other.getElementById('r1')?.remove();
    expect(taken && rebase(taken, other.getElementById('r2') as Element)).toBeNull();
  });

  test('an option: its select rendered again takes the old value back', () => {
    const doc = page(
      '<form><div id="zone"><select id="s"><option value="">—</option><option value="A15">A15</option></select></div></form>',
    );
    const snapshot = choose((doc.getElementById('s') as HTMLSelectElement).options[1] as HTMLOptionElement);
    renderAgain(doc.getElementById('zone') as Element);
    const select = doc.getElementById('s') as HTMLSelectElement;
    select.value = 'A15';
    const again = snapshot && rebase(snapshot, select.options[1] as HTMLOptionElement);
    expect(again?.el).toBe(select);
    expect(again && restore(again)).toBe(true);
    expect(select.value).toBe('');
    // Not a select any more: not the same control.
    expect(snapshot && rebase(snapshot, doc.createElement('input'))).toBeNull();
  });

  test('an ARIA radio: the one checked before is found again by its words', () => {
    const doc = page(`<div id="g" role="radiogroup">
      <button type="button" role="radio" aria-checked="true">Fournisseur</button>
      <button type="button" role="radio" aria-checked="false">Maîtrise d'oeuvre</button></div>`);
    const radios = () => Array.from(doc.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
    const wire = () => {
      for (const radio of radios())
        radio.addEventListener('click', () => {
          for (const other of radios()) other.setAttribute('aria-checked', String(other === radio));
        });
    };
    wire();
    const snapshot = choose(radios()[1] as Element);
    renderAgain(doc.getElementById('g') as Element);
    wire();
    const [supplier, moe] = radios();
    const again = snapshot && rebase(snapshot, moe as Element);
    expect(again && again.kind === 'aria' && again.checked).toBe(supplier);
    expect(again && restore(again)).toBe(true);
    expect(radios().map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false']);
  });
});
