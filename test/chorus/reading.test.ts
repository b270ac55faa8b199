// Issue 13: reading the page once per evaluation, and only again when a change can matter.
import { describe, expect, test } from 'vitest';
import { fadeUnderway, isShown, mayChangeFindings, whileReading } from '../../src/chorus/dom.js';
import { Finder, locate } from '../../src/chorus/locate.js';
import { page } from './fixtures.js';

/** The records a MutationObserver hands over for what `change` does to the document. */
async function recordsOf(doc: Document, change: () => void): Promise<MutationRecord[]> {
  const out: MutationRecord[] = [];
  const watch = new MutationObserver((records) => out.push(...records));
  watch.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  change();
  await Promise.resolve();
  out.push(...watch.takeRecords());
  watch.disconnect();
  return out;
}

const SEARCH = `<header><span id="clock">10:00</span><span id="spinner" class="turn-0"></span></header>
  <main><fieldset><legend>Rôle</legend>
    <label><input type="radio" name="role" value="MOE"> Maîtrise d'œuvre</label></fieldset>
    <div id="block"><p>Critères</p></div>
    <button type="submit">Rechercher</button></main>`;

describe('which changes of the page are read again', () => {
  test('a spinner turning or a clock ticking is not', async () => {
    const doc = page(SEARCH);
    const records = await recordsOf(doc, () => {
      doc.getElementById('spinner')?.setAttribute('class', 'turn-1');
      (doc.getElementById('clock') as Element).textContent = '10:01';
      // A binding's way: the text node's data, in place.
      ((doc.getElementById('clock') as Element).firstChild as Text).data = '10:02';
      // A framework's anchor, a comment, rewritten where a label is.
      const anchor = doc.createComment('ng-container');
      doc.querySelector('#block p')?.append(anchor);
      anchor.data = 'ng-container 2';
      doc.querySelector('header')?.append(doc.createElement('i'));
    });
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter(mayChangeFindings)).toEqual([]);
  });

  test('a control, a button, a label or a block that holds one is', async () => {
    const doc = page(SEARCH);
    const cases: (() => void)[] = [
      () => doc.querySelector('main')?.append(Object.assign(doc.createElement('button'), { textContent: 'Traiter' })),
      () => doc.querySelector('fieldset')?.remove(),
      () => doc.querySelector('main')?.setAttribute('class', 'hidden'),
      () => {
        (doc.querySelector('#block p') as Element).textContent = 'Résultats';
      },
      () => doc.head.append(doc.createElement('style')),
      // An error message the portal shows (the features read them).
      () => doc.querySelector('main')?.append(Object.assign(doc.createElement('span'), { className: 'text-danger' })),
      // A label's text changed in place by a binding (no node added or removed).
      () => {
        ((doc.querySelector('#block p') as Element).firstChild as Text).data = 'Factures de travaux';
      },
    ];
    for (const change of cases) expect((await recordsOf(doc, change)).some(mayChangeFindings)).toBe(true);
  });
});

describe('one reading of the page', () => {
  test('finds what locate finds, and each locator once', () => {
    const doc = page(SEARCH);
    const finder = new Finder(doc);
    const first = finder.find('search.roleMoe');
    expect(first?.element).toBe(locate(doc, 'search.roleMoe')?.element);
    doc.querySelector('fieldset')?.remove();
    // The same reading answers the same: the engine starts a new one when the page changes.
    expect(finder.find('search.roleMoe')).toBe(first);
    expect(new Finder(doc).find('search.roleMoe')).toBeNull();
  });

  test('what is shown is judged as outside a reading', () => {
    const doc = page(
      `${SEARCH}<div hidden><button id="gone">Traiter</button></div><div aria-hidden="true"><b id="b">x</b></div>`,
    );
    const all = Array.from(doc.querySelectorAll('*'));
    const outside = all.map((el) => [isShown(el), isShown(el, { self: false })]);
    expect(whileReading(() => all.map((el) => [isShown(el), isShown(el, { self: false })]))).toEqual(outside);
    expect(isShown(doc.getElementById('gone') as Element)).toBe(false);
    expect(isShown(doc.getElementById('b') as Element)).toBe(false);
  });
});

describe('a click in a results row', () => {
  const ROW = (n: number) => `<tr><td><a href="/consulter?id=${n}">FT-${n}</a></td><td>SARL ${n}</td>
    <td><button type="button" name="Synthese_Btn_TelechargerUnitaire" title="Télécharger la facture FT-${n}"><span aria-hidden="true">⤓</span></button></td></tr>`;
  const results = () => {
    const doc = page(`<table><caption>Résultats de la recherche</caption>
      <thead><tr><th>Numéro de facture</th><th>Fournisseur</th><th>Actions</th></tr></thead>
      <tbody>${[1, 2, 3].map(ROW).join('')}</tbody></table>`);
    return { doc, second: doc.querySelectorAll('tbody tr')[1] as Element };
  };

  test('on a row’s button is that row’s button, wherever in it', () => {
    const { doc, second } = results();
    const icon = second.querySelector('button span') as Element;
    expect(new Finder(doc).findInRowAt('results.download', second, icon)?.element).toBe(second.querySelector('button'));
    expect(new Finder(doc).findInRowAt('results.numberLink', second, second.querySelector('a') as Element)?.element).toBe(
      second.querySelector('a'),
    );
  });

  test('on a row’s text is on nothing tracked, though the row has both', () => {
    const { doc, second } = results();
    expect(new Finder(doc).findInRowAt('results.download', second, second.querySelector('button') as Element)).not.toBeNull();
    const cell = second.children[1] as Element;
    expect(new Finder(doc).findInRowAt('results.download', second, cell)).toBeNull();
    expect(new Finder(doc).findInRowAt('results.numberLink', second, cell)).toBeNull();
  });
});

describe('a fade under way puts the reading off until it ends', () => {
  /** The page's animations as the browser lists them: a transition or keyframes, on an element, this far in. */
  const withAnimations = (
    doc: Document,
    list: { target: Element; property?: string; keyframes?: string[]; end: number; at: number; state?: string }[],
  ) => {
    (doc as unknown as { getAnimations: () => unknown[] }).getAnimations = () =>
      list.map((a) => ({
        playState: a.state ?? 'running',
        pending: false,
        ...(a.property ? { transitionProperty: a.property } : {}),
        effect: {
          target: a.target,
          getKeyframes: () => (a.keyframes ?? []).map((k) => ({ [k]: '0', offset: 0 })),
          getComputedTiming: () => ({ endTime: a.end, localTime: a.at }),
        },
      }));
  };

  test('a window or a panel fading in or out of sight: the time left; a decoration, a colour, a move, an endless or a finished one: none', () => {
    const doc = page('<div role="dialog" id="w"><button>OK</button></div><div id="deco"></div><button id="b">Go</button>');
    const w = doc.getElementById('w') as Element;
    withAnimations(doc, [{ target: w, property: 'visibility', end: 300, at: 100 }]);
    expect(fadeUnderway(doc)).toBe(200);
    withAnimations(doc, [{ target: w, keyframes: ['visibility', 'opacity'], end: 300, at: 0 }]);
    expect(fadeUnderway(doc)).toBe(300);
    // What a reading does not read: a window's opacity alone, a slide, a label floating up as
    // its field is typed in (Vuetify's, on every field).
    const label = doc.createElement('label');
    label.textContent = 'Numéro de facture';
    doc.body.append(label);
    withAnimations(doc, [
      { target: w, keyframes: ['opacity'], end: 300, at: 0 },
      { target: w, property: 'transform', end: 300, at: 0 },
      { target: label, property: 'transform', end: 150, at: 0 },
      { target: label, property: 'max-width', end: 150, at: 0 },
    ]);
    expect(fadeUnderway(doc)).toBe(0);
    label.remove();
    withAnimations(doc, [
      { target: doc.getElementById('deco') as Element, property: 'opacity', end: 300, at: 0 },
      { target: doc.getElementById('b') as Element, property: 'background-color', end: 300, at: 0 },
      { target: w, keyframes: ['opacity'], end: Number.POSITIVE_INFINITY, at: 0 },
      { target: w, property: 'visibility', end: 300, at: 300, state: 'finished' },
      { target: w, property: 'visibility', end: 5000, at: 0 },
    ]);
    expect(fadeUnderway(doc)).toBe(0);
    // A shadow tree's own (the assistant's card fading in): not the page's.
    const host = doc.createElement('div');
    doc.body.append(host);
    const card = host.attachShadow({ mode: 'open' }).appendChild(doc.createElement('div'));
    card.setAttribute('role', 'dialog');
    withAnimations(doc, [{ target: card, property: 'opacity', end: 300, at: 0 }]);
    expect(fadeUnderway(doc)).toBe(0);
    host.remove();
  });
});
