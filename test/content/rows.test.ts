// The page changing only in rows of the results (issue 13): the guide evaluates again only
// when something it found may have changed; otherwise only the rows' markers are drawn again.
import { afterEach, expect, test } from 'vitest';
import { Engine } from '../../src/content/engine.js';
import type { ViewModel } from '../../src/content/viewModel.js';
import { defaultState } from '../../src/core/state.js';
import { page } from '../chorus/fixtures.js';

const ROW = (n: number, status = 'Transmise à la MOA') => `<tr><td><a href="/consulter?id=${n}">FT-${n}</a></td>
  <td>${status}</td><td><button type="button" title="Télécharger la facture FT-${n}">⤓</button></td></tr>`;
const RESULTS = `<h1>Factures de travaux</h1>
  <form><label><input type="radio" name="role" value="MOE" checked> Maîtrise d'œuvre</label><button>Rechercher</button></form>
  <table><caption>Résultats de la recherche</caption>
  <thead><tr><th>Numéro de facture</th><th>Statut</th><th>Actions</th></tr></thead>
  <tbody>${[ROW(1), ROW(2, 'Mise à disposition MOE'), ROW(3), ROW(4)].join('')}</tbody></table>`;

let engine: Engine | undefined;
afterEach(() => engine?.stop());

function results() {
  const doc = page(RESULTS);
  const views: ViewModel[] = [];
  let markers = 0;
  engine = new Engine(doc, defaultState(0), {
    render: (vm) => views.push(vm),
    persist: () => undefined,
    stepChanged: () => undefined,
    setScreen: () => undefined,
    isOwnEvent: () => false,
    rowsChanged: () => {
      markers++;
    },
  });
  engine.evaluate();
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true });
  const view = doc.defaultView as Window;
  /** The page's changes reach the engine, and two frames go by. */
  const changes = async () => {
    engine?.pageChanged(observer.takeRecords());
    await new Promise((r) => view.requestAnimationFrame(r));
    await new Promise((r) => view.requestAnimationFrame(r));
  };
  return { doc, views, markers: () => markers, changes };
}

test('a row that changes its look is not evaluated again: only the markers are drawn again', async () => {
  const { doc, views, markers, changes } = results();
  expect(views.at(-1)?.screen).toBe('works-results');
  const before = views.length;
  doc.querySelectorAll('tbody tr')[3]?.classList.add('hover');
  await changes();
  expect(views.length).toBe(before);
  expect(markers()).toBe(1);
});

test('a row added, or a change beyond the rows, is evaluated again', async () => {
  const { doc, views, changes } = results();
  const before = views.length;
  const body = doc.querySelector('tbody') as HTMLTableSectionElement;
  body.insertRow().insertCell().textContent = 'FT-5';
  await changes();
  expect(views.length).toBe(before + 1);
  doc.querySelector('form')?.classList.add('busy');
  await changes();
  expect(views.length).toBe(before + 2);
});

test('a click on a row’s text is evaluated with the same reading; a click on a control or elsewhere, or a field left, reads the page afresh', async () => {
  const { doc, views } = results();
  const reading = () => (engine as unknown as { reading: { get(): unknown } }).reading.get();
  const view = doc.defaultView as Window;
  const click = async (target: Element) => {
    engine?.user.onClick({ isTrusted: true, target } as unknown as Event);
    await new Promise((r) => view.setTimeout(r, 20));
  };
  const first = reading();
  let before = views.length;
  await click(doc.querySelectorAll('tbody tr')[2]?.children[1] as Element);
  expect(views.length).toBe(before + 1);
  expect(reading()).toBe(first);

  before = views.length;
  await click(doc.querySelector('tbody tr button') as Element);
  expect(views.length).toBe(before + 1);
  const second = reading();
  expect(second).not.toBe(first);

  // A click on the page's text outside the rows reads it afresh too.
  before = views.length;
  const beforeTitle = reading();
  await click(doc.querySelector('h1') as Element);
  expect(views.length).toBe(before + 1);
  expect(reading()).not.toBe(beforeTitle);

  const field = doc.createElement('input');
  doc.body.prepend(field);
  engine?.pageChanged();
  await new Promise((r) => view.setTimeout(r, 20));
  const third = reading();
  engine?.user.onFocusOut({ target: field } as unknown as FocusEvent);
  await click(doc.querySelectorAll('tbody tr')[1]?.children[1] as Element);
  expect(reading()).not.toBe(third);
});
