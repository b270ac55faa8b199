// Changes confined to rows of the results table (issue 13): a reading forgets only what those
// rows can change, and reads nothing but them to know it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Finder, LONG_LIST, locate } from '../../src/chorus/locate.js';
import { READ_ACROSS_PAGE, TEXT_HOLDERS } from '../../src/chorus/screens.js';
import type { LocatorId } from '../../src/core/steps.js';
import { page } from './fixtures.js';

const ROW = (n: number, status = 'Transmise à la MOA') => `<tr><td><a href="/consulter?id=${n}">FT-${n}</a></td>
  <td>${status}</td><td><button type="button" title="Télécharger la facture FT-${n}">⤓</button></td></tr>`;

function results(rows: string[], around = (html: string) => html) {
  const doc = page(
    around(`<h1>Factures de travaux</h1>
    <form><label><input type="radio" name="role" value="MOE"> Maîtrise d'œuvre</label><button>Rechercher</button></form>
    <table><caption>Résultats de la recherche</caption>
    <thead><tr><th>Numéro de facture</th><th>Statut</th><th>Actions</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table>`),
  );
  const finder = new Finder(doc);
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true });
  const rowsNow = () => Array.from(doc.querySelectorAll('tbody tr'));
  /** The page's changes since the last call, weighed by the reading. */
  const weigh = () => finder.rowsChanged(observer.takeRecords(), READ_ACROSS_PAGE, TEXT_HOLDERS);
  return { doc, finder, rowsNow, weigh, observer };
}

const KEPT: LocatorId[] = ['results.table', 'results.download', 'search.roleMoe', 'search.submit', 'detail.process'];
const title = (finder: Finder) => finder.find('results.download')?.element.getAttribute('title');

afterEach(() => vi.restoreAllMocks());

describe('a batch of changes in rows of the results', () => {
  test('a row changed is the only thing read again, and every find stands', () => {
    const { finder, rowsNow, weigh } = results([ROW(1), ROW(2, 'Mise à disposition MOE'), ROW(3), ROW(4)]);
    const before = KEPT.map((id) => finder.find(id));
    expect(title(finder)).toContain('FT-2');
    const changed = rowsNow()[3] as Element;
    changed.classList.add('hover');
    const readOn = new Set<unknown>();
    for (const proto of [Element.prototype, Document.prototype]) {
      for (const method of ['querySelector', 'querySelectorAll'] as const) {
        const original = proto[method] as (this: ParentNode, selector: string) => unknown;
        vi.spyOn(proto, method).mockImplementation(function (this: ParentNode, selector: string) {
          readOn.add(this);
          return original.call(this, selector);
        } as never);
      }
    }
    expect(weigh()).toBe(false);
    vi.restoreAllMocks();
    expect([...readOn].every((node) => changed.contains(node as Node))).toBe(true);
    expect(readOn.size).toBeGreaterThan(0);
    // The same finds, not found again.
    expect(KEPT.filter((id, i) => finder.find(id) !== before[i])).toEqual([]);
  });

  test('a row added that is a better candidate is found', () => {
    const { doc, finder, weigh } = results([ROW(1), ROW(2, 'Mise à disposition MOE'), ROW(3)]);
    expect(title(finder)).toContain('FT-2');
    const body = doc.querySelector('tbody') as Element;
    const template = doc.createElement('tbody');
    template.innerHTML = ROW(9, 'Mise à disposition MOE');
    body.prepend(template.firstElementChild as Element);
    expect(weigh()).toBe(true);
    expect(title(finder)).toContain('FT-9');
  });

  test('a row that comes to wait for the MOE before the one found is found', () => {
    const { finder, rowsNow, weigh } = results([ROW(1), ROW(2, 'Mise à disposition MOE')]);
    expect(title(finder)).toContain('FT-2');
    const status = (rowsNow()[0] as Element).children[1] as Element;
    status.textContent = 'Mise à disposition MOE';
    expect(weigh()).toBe(true);
    expect(title(finder)).toContain('FT-1');
  });

  test('a row after the one found, changed the same way, changes nothing', () => {
    const { finder, rowsNow, weigh } = results([ROW(1, 'Mise à disposition MOE'), ROW(2)]);
    const found = finder.find('results.download');
    ((rowsNow()[1] as Element).children[1] as Element).textContent = 'Mise à disposition MOE';
    expect(weigh()).toBe(false);
    expect(finder.find('results.download')).toBe(found);
  });

  test('the row found changed, and still comes first with the same: its find stands', () => {
    const { finder, rowsNow, weigh } = results([ROW(1), ROW(2, 'Mise à disposition MOE'), ROW(3)]);
    const found = finder.find('results.download');
    rowsNow()[1]?.classList.add('hover');
    expect(weigh()).toBe(false);
    expect(finder.find('results.download')).toBe(found);
  });

  test('a located element taken out is looked up again', () => {
    const { finder, rowsNow, weigh } = results([ROW(1, 'Mise à disposition MOE'), ROW(2), ROW(3, 'Mise à disposition MOE')]);
    expect(title(finder)).toContain('FT-1');
    rowsNow()[0]?.remove();
    expect(weigh()).toBe(true);
    expect(title(finder)).toContain('FT-3');
  });

  test('a located row hidden is looked up again', () => {
    const { finder, rowsNow, weigh } = results([ROW(1, 'Mise à disposition MOE'), ROW(2)]);
    expect(title(finder)).toContain('FT-1');
    (rowsNow()[0] as HTMLElement).hidden = true;
    expect(weigh()).toBe(true);
    expect(title(finder)).toContain('FT-2');
  });

  test('a row that now holds what another locator looks for: that find is made again', () => {
    const { doc, finder, rowsNow, weigh } = results([ROW(1), ROW(2)]);
    expect(finder.find('results.table')).not.toBeNull();
    expect(finder.find('detail.process')).toBeNull();
    const button = doc.createElement('button');
    button.textContent = 'Traiter';
    (rowsNow()[1] as Element).children[2]?.append(button);
    expect(weigh()).toBe(true);
    expect(finder.find('detail.process')?.element).toBe(button);
  });

  test('anything beyond the rows, or read across the page, is not weighed: the reading no longer holds', () => {
    const outside = results([ROW(1), ROW(2)]);
    outside.finder.find('results.table');
    outside.doc.querySelector('form')?.classList.add('busy');
    expect(outside.weigh()).toBeNull();

    const heading = results([ROW(1), ROW(2)]);
    heading.finder.find('results.table');
    (heading.rowsNow()[0] as Element).children[1]?.append(heading.doc.createElement('h2'));
    expect(heading.weigh()).toBeNull();

    const table = results([ROW(1), ROW(2)]);
    table.finder.find('results.table');
    table.doc.querySelector('table')?.setAttribute('hidden', '');
    expect(table.weigh()).toBeNull();

    const many = results([ROW(1), ROW(2)]);
    many.finder.find('results.table');
    for (let i = 0; i < 201; i++) many.rowsNow()[0]?.classList.toggle('hover');
    expect(many.weigh()).toBeNull();
  });

  test('a window opened inside a row is not weighed: screen detection reads the windows across the page', () => {
    const { doc, finder, rowsNow, weigh } = results([ROW(1), ROW(2)]);
    finder.find('results.table');
    const popin = doc.createElement('div');
    popin.setAttribute('role', 'dialog');
    popin.innerHTML = '<span>Confirmer la suppression ?</span><button>Oui</button>';
    (rowsNow()[1] as Element).children[2]?.append(popin);
    expect(weigh()).toBeNull();
    // And closed again, taken out of the row that stays.
    finder.find('results.table');
    popin.remove();
    expect(weigh()).toBeNull();
  });

  test('a list shown in a window: a window is known by what it holds, so any of its rows may change which it is', () => {
    const { finder, rowsNow, weigh } = results([ROW(1), ROW(2), ROW(3)], (html) => `<div class="modal">${html}</div>`);
    finder.find('results.table');
    expect(finder.find('download.dialog')).toBeNull();
    for (const [i, row] of rowsNow().entries()) {
      row.classList.toggle('hover');
      expect(weigh(), `row ${i + 1}`).toBe(true);
      finder.find('download.dialog');
    }
    // The same list outside any window: the same changes leave every find standing.
    const plain = results([ROW(1), ROW(2), ROW(3)]);
    plain.finder.find('results.table');
    plain.finder.find('download.dialog');
    for (const row of plain.rowsNow()) {
      row.classList.toggle('hover');
      expect(plain.weigh()).toBe(false);
    }
  });

  test('what is read across the page is read once per reading, rows changed or not; an alert in a row ends the reading', () => {
    const { doc, finder, rowsNow, weigh } = results([ROW(1), ROW(2)]);
    finder.find('results.table');
    let reads = 0;
    const messages = () => {
      reads++;
      return doc.querySelectorAll('[role="alert"]').length;
    };
    expect(finder.acrossPage('alerts', messages)).toBe(0);
    rowsNow()[0]?.classList.add('hover');
    expect(weigh()).toBe(false);
    expect(finder.acrossPage('alerts', messages)).toBe(0);
    expect(reads).toBe(1);
    const alert = doc.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Facture déposée au format Factur-X';
    (rowsNow()[1] as Element).children[1]?.append(alert);
    expect(weigh()).toBeNull();
  });

  test('a list inside a message or a live region is not weighed: its rows’ text is the message’s', () => {
    const { finder, rowsNow, weigh } = results([ROW(1), ROW(2)], (html) => `<div role="status">${html}</div>`);
    finder.find('results.table');
    rowsNow()[0]?.classList.add('hover');
    expect(weigh()).toBeNull();
  });

  test('something outside the table named or labelled from a row is not weighed', () => {
    const labelled = results([ROW(1), ROW(2)]);
    labelled.doc.body.insertAdjacentHTML('beforeend', '<button aria-labelledby="sel">Traiter</button>');
    labelled.finder.find('results.table');
    const cell = (labelled.rowsNow()[0] as Element).children[1] as Element;
    cell.id = 'sel';
    labelled.observer.takeRecords();
    cell.textContent = 'Mise à disposition MOE';
    expect(labelled.weigh()).toBeNull();

    const label = results([ROW(1), ROW(2)]);
    label.doc.body.insertAdjacentHTML('afterbegin', '<input id="above" type="checkbox">');
    label.finder.find('results.table');
    (label.rowsNow()[0] as Element).children[1]?.insertAdjacentHTML('beforeend', '<label for="above">Tout</label>');
    expect(label.weigh()).toBeNull();

    // Taken out of a row that stays: the button outside loses its name.
    const gone = results([ROW(1), ROW(2)]);
    gone.doc.body.insertAdjacentHTML('beforeend', '<button aria-labelledby="sel2">Traiter</button>');
    (gone.rowsNow()[0] as Element).children[1]?.insertAdjacentHTML('beforeend', '<span id="sel2">FT-1</span>');
    gone.finder.find('results.table');
    gone.observer.takeRecords();
    gone.doc.getElementById('sel2')?.remove();
    expect(gone.weigh()).toBeNull();

    // Within the rows, a control named by its own row is weighed row by row as before.
    const own = results([ROW(1), ROW(2)]);
    own.finder.find('results.table');
    (own.rowsNow()[0] as Element).children[1]?.insertAdjacentHTML(
      'beforeend',
      '<span id="n1">FT-1</span><input type="checkbox" aria-labelledby="n1">',
    );
    expect(own.weigh()).not.toBeNull();
  });

  test('before the results table is found, nothing is weighed', () => {
    const { rowsNow, weigh } = results([ROW(1)]);
    rowsNow()[0]?.classList.add('hover');
    expect(weigh()).toBeNull();
  });
});

describe('a long list (LONG_LIST rows or more): its rows are reached through the row locators only', () => {
  const many = (n: number, extra: (i: number) => string = () => '') =>
    Array.from({ length: n }, (_, i) => ROW(i + 1).replace('</tr>', `${extra(i + 1)}</tr>`));
  const TRAITER = '<td><button type="button">Traiter</button></td>';

  test('a « Traiter » in its rows is not the page’s; in a short list it still is', () => {
    const long = results(many(LONG_LIST + 50, (i) => (i === 120 ? TRAITER : '')));
    expect(long.finder.find('detail.process')).toBeNull();
    expect(locate(long.doc, 'detail.process')).toBeNull();
    const short = results(many(LONG_LIST - 1, (i) => (i === 20 ? TRAITER : '')));
    expect(short.finder.find('detail.process')?.element.textContent).toBe('Traiter');
  });

  test('every row holds a « Traiter »: the page’s own is found beside them (in a short list they tie)', () => {
    const own = '<div class="actions"><button type="button" id="own">Traiter</button></div>';
    const long = results(
      many(LONG_LIST, () => TRAITER),
      (html) => `${own}${html}`,
    );
    expect(long.finder.find('detail.process')?.element.id).toBe('own');
    const short = results(
      many(3, () => TRAITER),
      (html) => `${own}${html}`,
    );
    expect(short.finder.find('detail.process')).toBeNull();
  });

  test('the invoice’s row is found wherever it is, and the page’s controls beside the list', () => {
    const { doc } = results(many(LONG_LIST * 3));
    const finder = new Finder(doc, { invoiceNumber: 'FT-250' });
    expect(finder.find('results.download')?.element.getAttribute('title')).toBe('Télécharger la facture FT-250');
    expect(finder.find('results.numberLink')?.element.textContent).toBe('FT-250');
    expect(finder.find('search.submit')?.element.textContent).toBe('Rechercher');
    expect(finder.find('search.roleMoe')?.element.getAttribute('value')).toBe('MOE');
  });

  test('the page’s own controls are found without reading anything in its rows', () => {
    const { doc, finder } = results(many(LONG_LIST * 2));
    const body = doc.querySelector('tbody') as Element;
    const read: Element[] = [];
    for (const method of ['getAttribute', 'matches', 'querySelector', 'querySelectorAll', 'closest'] as const) {
      const original = Element.prototype[method] as (this: Element, arg: string) => unknown;
      vi.spyOn(Element.prototype, method).mockImplementation(function (this: Element, arg: string) {
        if (body.contains(this) && this !== body) read.push(this);
        return original.call(this, arg);
      } as never);
    }
    for (const id of ['search.submit', 'search.roleMoe', 'detail.process', 'form.send', 'download.dialog'] as const)
      finder.find(id);
    vi.restoreAllMocks();
    expect(read).toEqual([]);
    expect(finder.find('search.submit')).not.toBeNull();
  });

  test('a « Traiter » added to one of its rows, or taken out with it, changes no find', () => {
    const own = '<div class="actions"><button type="button" id="own">Traiter</button></div>';
    const { finder, rowsNow, weigh } = results(many(LONG_LIST + 10), (html) => `${own}${html}`);
    finder.find('results.table');
    const found = finder.find('detail.process');
    expect(found?.element.id).toBe('own');
    (rowsNow()[40] as Element).insertAdjacentHTML('beforeend', TRAITER);
    expect(weigh()).toBe(false);
    // The same find, not looked up again (a row of a short list holding one would tie with it).
    expect(finder.find('detail.process')).toBe(found);
    rowsNow()[40]?.remove();
    expect(weigh()).toBe(true);
    expect(finder.find('detail.process')).toBe(found);
  });

  test('a list that grows long, or short, ends the reading: its rows come in or out of sight', () => {
    const grows = results(many(LONG_LIST - 1));
    grows.finder.find('results.table');
    const template = grows.doc.createElement('tbody');
    template.innerHTML = ROW(999);
    grows.doc.querySelector('tbody')?.append(template.firstElementChild as Element);
    expect(grows.weigh()).toBeNull();

    const shrinks = results(many(LONG_LIST));
    shrinks.finder.find('results.table');
    shrinks.rowsNow()[5]?.remove();
    expect(shrinks.weigh()).toBeNull();

    // A row added to a list long already: weighed row by row as before.
    const stays = results(many(LONG_LIST));
    stays.finder.find('results.table');
    const again = stays.doc.createElement('tbody');
    again.innerHTML = ROW(998);
    stays.doc.querySelector('tbody')?.append(again.firstElementChild as Element);
    expect(stays.weigh()).toBe(true);
  });
});
