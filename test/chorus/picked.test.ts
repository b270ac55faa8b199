// « Montrer l'élément » (issue 14): the locator derived from the element the user showed finds
// that element again, on the same markup and on a fresh copy of it, and it is the most stable
// one available; a generated id is never trusted.
import { describe, expect, test } from 'vitest';
import { deriveLocator, isStableId, pickTarget, resolvePicked } from '../../src/chorus/picked.js';
import type { PickedLocator } from '../../src/core/state.js';
import { page } from './fixtures.js';

/** Derives a locator for the element marked data-t, and resolves it on a fresh copy of the page. */
function derive(html: string): { locator: PickedLocator | null; again: Element | null; expected: Element | null } {
  const doc = page(html);
  const el = doc.querySelector('[data-t]');
  if (!el) throw new Error('no [data-t] in the fixture');
  const locator = deriveLocator(el);
  const fresh = page(html);
  return { locator, again: locator ? resolvePicked(fresh, locator) : null, expected: fresh.querySelector('[data-t]') };
}

describe('generated ids are not trusted', () => {
  test.each([
    'ember123',
    'j_idt45',
    'form:j_idt12:valider',
    'ext-gen1043',
    ':r1:',
    'yui_3_17_2_1_1690',
    'gwt-uid-7',
    'ui-id-3',
    'mui-4',
    'radix-:R1:',
    'headlessui-menu-button-2',
    'input_1700000000',
    '3f6b2c1e-5a4d-4e7b-9c1a-2b8d7e6f5a40',
    'a1b2c3d4e5',
    'x12',
    'id7',
    '',
    'deux mots',
  ])('%s', (id) => {
    expect(isStableId(id)).toBe(false);
  });

  test.each(['aife_login_button', 'GFT_RechercheFactureTravaux_Criteres_Role_MOE', 'btnValider', 'montant-ht', 'GFT_Etape2'])(
    '%s is stable',
    (id) => {
      expect(isStableId(id)).toBe(true);
    },
  );
});

describe('the locator of the element shown', () => {
  test.each<[string, string, PickedLocator['by']]>([
    ['a stable id wins', '<a href="/x" id="btnOuvrir" data-t>Ouvrir</a>', 'id'],
    ['a generated id falls back to the role and name', '<button id="j_idt42" data-t>Valider et envoyer</button>', 'role'],
    ['a link without id: its role and name', '<p><a href="/a">Accueil</a> <a href="/b" data-t>Ouvrir</a></p>', 'role'],
    ['a field: its label', '<label for="ember77">Montant HT</label><input id="ember77" data-t>', 'label'],
    ['a field wrapped in its label', '<label>Numéro de l’état d’acompte <input data-t></label>', 'label'],
    ['a field named by a table cell', '<table><tr><th>Date</th><td><input data-t></td></tr></table>', 'label'],
    [
      'a field labelled by aria-labelledby',
      '<span id="l">Commentaire</span><textarea aria-labelledby="l" data-t></textarea>',
      'label',
    ],
    [
      'a radio: its role and label',
      '<label><input type="radio" name="r" value="1" data-t> Maîtrise d’œuvre</label><label><input type="radio" name="r" value="2"> Fournisseur</label>',
      'role',
    ],
    ['an unlabelled field: its name', '<input name="montantTTC" data-t>', 'name'],
    [
      'an icon button with no name: a path from a landmark',
      '<main><div><button></button></div><div><button data-t></button></div></main>',
      'path',
    ],
    [
      'a path starts at the nearest stable id',
      '<div id="GFT_Actions"><span><button></button><button data-t></button></span></div>',
      'path',
    ],
    ['a name with a digit is data, not a label: a path instead', '<main><a href="/f" data-t>FT-2026-0142</a></main>', 'path'],
  ])('%s', (_name, html, by) => {
    const { locator, again, expected } = derive(html);
    expect(locator?.by).toBe(by);
    expect(again).toBe(expected);
  });

  test('two buttons with the same name: not the role, something that tells them apart', () => {
    const { locator, again, expected } = derive(
      '<main><section id="haut"><button>Valider</button></section><section id="bas"><button data-t>Valider</button></section></main>',
    );
    expect(locator).toEqual({ by: 'path', from: { id: 'bas' }, steps: [{ tag: 'button', nth: 1 }] });
    expect(again).toBe(expected);
  });

  test('a radio with the same label as another group: name and value', () => {
    const html =
      '<label><input type="radio" name="pj" value="O"> Oui</label><label><input type="radio" name="pj" value="N" data-t> Non</label>' +
      '<label><input type="radio" name="autre" value="N"> Non</label>';
    const { locator, again, expected } = derive(html);
    expect(locator).toEqual({ by: 'name', tag: 'input', name: 'pj', value: 'N' });
    expect(again).toBe(expected);
  });

  test('a path too deep to be trusted gives no locator', () => {
    const deep = `${'<div>'.repeat(9)}<span></span><span data-t></span>${'</div>'.repeat(9)}`;
    expect(derive(deep).locator).toBeNull();
  });
});

describe('resolving a stored locator', () => {
  test('an element no longer there, or there twice, is no match', () => {
    const locator: PickedLocator = { by: 'role', role: 'link', name: 'Ouvrir' };
    expect(resolvePicked(page('<a href="/x">Accéder</a>'), locator)).toBeNull();
    expect(resolvePicked(page('<a href="/x">Ouvrir</a><a href="/y">Ouvrir</a>'), locator)).toBeNull();
    expect(resolvePicked(page('<a href="/x">OUVRIR</a>'), locator)?.getAttribute('href')).toBe('/x');
  });

  test('a hidden element is no match', () => {
    expect(resolvePicked(page('<button id="go" hidden>Go</button>'), { by: 'id', id: 'go' })).toBeNull();
    expect(resolvePicked(page('<div style="display:none"><button id="go">Go</button></div>'), { by: 'id', id: 'go' })).toBeNull();
  });

  test('in a folded section, what opens it stands for it', () => {
    const folded = page('<details><summary id="s">Critères</summary><button id="go">Go</button></details>');
    expect(resolvePicked(folded, { by: 'id', id: 'go' })?.id).toBe('s');
    (folded.querySelector('details') as HTMLDetailsElement).open = true;
    expect(resolvePicked(folded, { by: 'id', id: 'go' })?.id).toBe('go');
    const panel = page(
      '<a id="t" href="#b" aria-expanded="false">Critères</a><div id="b" style="display:none"><button id="go">Go</button></div>',
    );
    expect(resolvePicked(panel, { by: 'id', id: 'go' })?.id).toBe('t');
  });

  test('a path whose steps no longer exist is no match', () => {
    const locator: PickedLocator = { by: 'path', from: { landmark: 'main' }, steps: [{ tag: 'div', nth: 3 }] };
    expect(resolvePicked(page('<main><div></div><div></div></main>'), locator)).toBeNull();
  });
});

describe('what the pointer is on', () => {
  test('the text inside a button is the button; a label is its field', () => {
    const doc = page('<button id="b"><span id="s">Valider</span></button><label for="f" id="l">Montant</label><input id="f">');
    expect(pickTarget(doc.getElementById('s') as Element).id).toBe('b');
    expect(pickTarget(doc.getElementById('l') as Element).id).toBe('f');
  });
});
