import { describe, expect, test } from 'vitest';
import { choose, fillText } from '../../src/chorus/controls.js';
import { page } from './fixtures.js';

describe('setting a control as a user would', () => {
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

  test('a label click that goes through chooses the radio, with what undo needs', () => {
    const doc = page(
      '<span><input type="radio" id="r1" name="r" value="A" checked></span><label for="r1">A</label><span><input type="radio" id="r2" name="r" value="B"></span><label for="r2">B</label>',
    );
    const snapshot = choose(doc.getElementById('r2') as HTMLInputElement);
    expect((doc.getElementById('r2') as HTMLInputElement).checked).toBe(true);
    expect(snapshot).toMatchObject({ kind: 'checked', checked: doc.getElementById('r1') });
  });
});
