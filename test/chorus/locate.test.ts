import { describe, expect, test } from 'vitest';
import { readTotals } from '../../src/chorus/amounts.js';
import { accessibleName, isShown, openerOf, shownOrOpener, visibleProxy } from '../../src/chorus/dom.js';
import { isFilled, locate, shownOnly } from '../../src/chorus/locate.js';
import { detectScreen } from '../../src/chorus/screens.js';
import { CADRE_VARIANTS, page, ROLE_VARIANTS, STRUCTURE_VARIANTS } from './fixtures.js';
import { dataGrid } from './grid.fixture.js';

describe('the role « Maîtrise d’œuvre » in every markup', () => {
  test.each(Object.entries(ROLE_VARIANTS))('%s', (_name, html) => {
    const doc = page(html);
    const found = locate(doc, 'search.roleMoe');
    expect(found).not.toBeNull();
    const el = found?.element as HTMLInputElement | HTMLOptionElement;
    // An ARIA radio stands for its data-value (the page copies it into its hidden input).
    expect(['M', 'MOE', '2']).toContain(el.getAttribute('data-value') ?? el.value);
    expect(found?.all).toHaveLength(1);
  });

  test('the label wins over the fallbacks, and the fallback used is reported', () => {
    expect(locate(page(ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string), 'search.roleMoe')?.via).toBe('label');
    expect(locate(page(ROLE_VARIANTS['hidden radios known only by their value'] as string), 'search.roleMoe')).toMatchObject({
      via: 'name',
      fallback: 1,
    });
    expect(locate(page('<input type="radio" id="GFT_Recherche_Role_MOE" name="x">'), 'search.roleMoe')?.via).toBe('id');
  });

  test('a hidden radio is highlighted through its label', () => {
    const doc = page(ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string);
    const radio = locate(doc, 'search.roleMoe')?.element as Element;
    const proxy = visibleProxy(radio);
    expect(proxy.contains(doc.querySelector('label[for="r2"]'))).toBe(true);
  });

  test('a role nobody shows is not found, and finding it does not throw', () => {
    expect(locate(page('<p>Rien ici</p>'), 'search.roleMoe')).toBeNull();
    expect(locate(page('<template><input type="radio" name="role" value="MOE"></template>'), 'search.roleMoe')).toBeNull();
  });
});

describe('the structure list', () => {
  test.each(Object.entries(STRUCTURE_VARIANTS))('%s', (_name, html) => {
    const doc = page(html);
    const found = locate(doc, 'search.structure');
    expect(found?.element.tagName).toBe('SELECT');
    expect(isFilled(found?.element as Element)).toBe(false);
  });

  test('not there (yet): the role « Maîtrise d’œuvre » is not taken for it, checked or not, whatever the role markup', () => {
    for (const [name, roles] of Object.entries(ROLE_VARIANTS)) {
      const doc = page(roles);
      const moe = locate(doc, 'search.roleMoe')?.element as HTMLInputElement | HTMLOptionElement;
      expect(locate(doc, 'search.structure'), name).toBeNull();
      if (moe instanceof HTMLInputElement) moe.checked = true;
      else moe.selected = true;
      expect(locate(doc, 'search.structure'), name).toBeNull();
      // Its field rendered, labelled as one portal words it: that field.
      doc.body.insertAdjacentHTML(
        'beforeend',
        '<label for="st">Structure de la maîtrise d’œuvre</label><select id="st" name="s"><option value="">—</option><option value="1">A</option></select>',
      );
      expect(locate(doc, 'search.structure')?.element.id, name).toBe('st');
    }
  });

  test('a select2 list is highlighted through its visible box', () => {
    const doc = page(STRUCTURE_VARIANTS.select2 as string);
    const select = locate(doc, 'search.structure')?.element as Element;
    expect(visibleProxy(select).classList.contains('select2-container')).toBe(true);
  });
});

describe('the cadre list', () => {
  test.each(Object.entries(CADRE_VARIANTS))('%s', (_name, html) => {
    expect(locate(page(html), 'upload.cadre')?.element.tagName).toBe('SELECT');
  });
});

describe('buttons and regions', () => {
  test('by accessible name: text, value, aria-label or title, icons ignored', () => {
    const doc = page(`
      <div class="tile"><h3>Factures de Travaux</h3><a href="/x">Accéder</a></div>
      <div class="tile"><h3>Factures reçues</h3><a href="/y">Accéder</a></div>
      <input type="submit" value="Rechercher">
      <button aria-label="Valider et envoyer"><span class="icon"></span></button>
      <button title="Traiter la facture"><span aria-hidden="true">⚙</span></button>`);
    expect(locate(doc, 'home.worksAccess')?.element.getAttribute('href')).toBe('/x');
    expect(locate(doc, 'search.submit')?.element.tagName).toBe('INPUT');
    expect(locate(doc, 'form.send')?.element.tagName).toBe('BUTTON');
    expect(locate(doc, 'detail.process')?.element.getAttribute('title')).toBe('Traiter la facture');
  });

  test('tiles whose title is the link (the State’s design system), « Accéder » plain text under it', () => {
    const tile = (
      title: string,
      href: string,
      detail: string,
    ) => `<div class="fr-tile fr-enlarge-link"><div class="fr-tile__body">
      <h3 class="fr-tile__title"><a class="fr-tile__link" href="${href}">${title}</a></h3><p class="fr-tile__detail">${detail}</p></div></div>`;
    const home = page(
      `<main><h2>Mes domaines</h2>${tile('Facturation', '/domaine', 'Accéder au domaine')}${tile('Engagements', '/eng', 'Accéder au domaine')}</main>`,
    );
    expect(locate(home, 'home.domainAccess')?.element.getAttribute('href')).toBe('/domaine');
    const apps = page(
      `<main><h1>Facturation</h1>${tile('Factures émises', '/emises', 'Accéder')}${tile('Factures de travaux', '/travaux', 'Accéder')}</main>`,
    );
    expect(locate(apps, 'home.worksAccess')?.element.getAttribute('href')).toBe('/travaux');
    // A tile with its own « Accéder » button: that button, not the title.
    const buttons = page(
      `<div class="fr-tile"><h3><a href="/t">Factures de travaux</a></h3><a class="btn" href="/go">Accéder</a></div>`,
    );
    expect(locate(buttons, 'home.worksAccess')?.element.getAttribute('href')).toBe('/go');
  });

  test('one link twice, in the header and in the page: one action, the page’s; two destinations stay ambiguous', () => {
    const twice = page(`<header><a href="https://idp.example/auth">Se connecter</a></header>
      <main><h1>Bienvenue sur Chorus Pro</h1><a id="main-login" href="https://idp.example/auth">Se connecter</a></main>`);
    expect(locate(twice, 'home.login')?.element.id).toBe('main-login');
    const two = page(
      `<main><a href="https://idp.example/a">Se connecter</a><a href="https://idp.example/b">Se connecter</a></main>`,
    );
    expect(locate(two, 'home.login')).toBeNull();
    // Links to a place in the page are no destination: still two.
    const anchors = page(`<main><a href="#login">Se connecter</a><a href="#login">Se connecter</a></main>`);
    expect(locate(anchors, 'home.login')).toBeNull();
  });

  test('the row of the invoice at hand, else the first waiting for the MOE', () => {
    const doc = page(`<table><caption>Résultats de la recherche</caption>
      <thead><tr><th>Numéro</th><th>Statut</th><th></th></tr></thead><tbody>
      <tr><td><a href="/a">F-1</a></td><td>Transmise à la MOA</td><td><button title="Télécharger la facture F-1">⤓</button></td></tr>
      <tr><td><a href="/b">F-2</a></td><td>Mise à disposition MOE</td><td><button title="Télécharger la facture F-2">⤓</button></td></tr>
      <tr><td><a href="/c">F-3</a></td><td>Mise à disposition MOE</td><td><button title="Télécharger la facture F-3">⤓</button></td></tr>
      </tbody></table>`);
    expect(locate(doc, 'results.download')?.element.getAttribute('title')).toContain('F-2');
    expect(locate(doc, 'results.numberLink', { invoiceNumber: 'F-3' })?.element.textContent).toBe('F-3');
    expect(locate(doc, 'results.download', { invoiceNumber: 'f-1' })?.element.getAttribute('title')).toContain('F-1');
  });

  test('the invoice at hand not in the list (another page of results): no other invoice’s row', () => {
    const rows = (cells: string[]) => `<table><caption>Résultats de la recherche</caption>
      <thead><tr><th></th><th>Numéro</th><th>Statut</th><th></th></tr></thead><tbody>${cells.join('')}</tbody></table>`;
    const row = (n: string, status: string) =>
      `<tr><td><a href="/c?n=${n}" title="Consulter">🔍</a></td><td>${n}</td><td>${status}</td><td><button title="Télécharger">⤓</button></td></tr>`;
    const other = page(rows([row('F-12', 'Mise à disposition MOE'), row('F-2', 'Transmise à la MOA')]));
    // F-1 is not F-12.
    expect([
      locate(other, 'results.download', { invoiceNumber: 'F-1' }),
      locate(other, 'results.numberLink', { invoiceNumber: 'F-1' }),
    ]).toEqual([null, null]);
    expect(locate(other, 'results.download')?.element).toBe(other.querySelector('tr button'));
    // Its number in a cell of its own, the link an icon: its row all the same.
    const listed = page(rows([row('F-12', 'Mise à disposition MOE'), row('F-1', 'Mise à disposition MOE')]));
    expect(locate(listed, 'results.download', { invoiceNumber: 'F-1' })?.element).toBe(listed.querySelectorAll('tr button')[1]);
  });

  test('results in a grid drawn with ARIA roles (MUI’s DataGrid): the rows are its body’s, never its head’s', () => {
    const doc = page(
      dataGrid(
        [
          { n: 'F-1', status: 'Transmise à la MOA' },
          { n: 'F-2', status: 'Mise à disposition MOE' },
          { n: 'F-12', status: 'Mise à disposition MOE' },
        ],
        { spacer: true },
      ),
    );
    const buttons = doc.querySelectorAll('[role="row"] button');
    expect(locate(doc, 'results.table')?.element.getAttribute('role')).toBe('grid');
    // One waiting for the MOE first; the invoice at hand's own row when there is one.
    expect(locate(doc, 'results.download')?.element).toBe(buttons[1]);
    expect(locate(doc, 'results.download', { invoiceNumber: 'F-12' })?.element).toBe(buttons[2]);
    expect(locate(doc, 'results.numberLink', { invoiceNumber: 'F-1' })?.element.textContent).toBe('F-1');
    expect(locate(doc, 'results.download', { invoiceNumber: 'F-3' })).toBeNull();
    // Named only by a title elsewhere (aria-labelledby), its columns saying nothing of invoices.
    const far = page(`<div class="toolbar"><span id="t">Résultats de la recherche</span></div>
      <div><div><div><div><div role="grid" aria-labelledby="t"><div role="row"><div role="columnheader">Réf.</div></div>
      <div role="row"><div role="gridcell"><a href="/c/1">F-1</a></div></div></div></div></div></div></div>`);
    expect(locate(far, 'results.table')?.element).toBe(far.querySelector('[role="grid"]'));
  });

  test('MUI’s Select: its see-through value input is no field, even found by its name while the label is not written yet', () => {
    const field = (
      label: string,
    ) => `<div role="dialog" aria-label="Ajouter des pièces jointes"><input type="file" name="pieceJointe.fichier">
      <label id="tl">${label}</label><div class="MuiInputBase-root"><div role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="tl v">
      <span id="v" class="notranslate" aria-hidden="true">\u200b</span></div>
      <input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" name="pieceJointe.typeCode" value=""></div></div>`;
    const bound = page(field('Type de pièce jointe'));
    expect(locate(bound, 'attach.type')?.element.getAttribute('role')).toBe('combobox');
    // The label still « … » (a page that writes its texts late): nothing rather than the value input.
    const late = page(field('…'));
    expect(locate(late, 'attach.type')?.element.tagName ?? null).not.toBe('INPUT');
  });

  test('MUI X’s date field: its sections are typed in, its value kept in an input out of reach beside them, which is the field read', () => {
    const doc = page(`<form><h2>Références</h2><div class="MuiFormControl-root"><label for="d" id="dl">Date de la facture</label>
      <div class="MuiPickersInputBase-root" role="group" aria-labelledby="dl"><div class="MuiPickersSectionList-root">
      <span role="spinbutton" contenteditable="true" aria-label="Jour" aria-valuetext="12">12</span>/<span role="spinbutton" contenteditable="true" aria-label="Mois">11</span>/<span role="spinbutton" contenteditable="true" aria-label="Année">2026</span></div>
      <input id="d" aria-hidden="true" tabindex="-1" class="MuiPickersInputBase-input" name="dateFacture" value="12/11/2026"></div></div></form>`);
    expect(locate(doc, 'form.date')?.element.id).toBe('d');
  });

  test('a « Résultats » heading inside the search form names the table after it, not the form', () => {
    const doc = page(`<form><fieldset><legend>Critères</legend><table class="form-table"><tbody>
      <tr><th>Numéro de facture</th><td><input name="n"></td></tr></tbody></table></fieldset>
      <button>Rechercher</button>
      <h2>Résultats de la recherche</h2>
      <div class="table-responsive"><table id="results"><thead><tr><th>Numéro de facture</th></tr></thead>
      <tbody><tr><td><a href="/consulter?id=1">FT-1</a></td></tr></tbody></table></div></form>`);
    expect(locate(doc, 'results.table')?.element.id).toBe('results');
    // A heading with no table after it still names its region.
    const bare = page('<section><h2>Résultats de la recherche</h2><ul><li>FT-1</li></ul></section>');
    expect(locate(bare, 'results.table')?.element.tagName).toBe('SECTION');
  });

  test('a dialog counts only while it is shown', () => {
    const shown = page(
      `<div role="dialog" aria-labelledby="t"><h4 id="t">Confirmation d'envoi</h4><button>Confirmer et envoyer</button></div>`,
    );
    expect(locate(shown, 'confirm.send')).not.toBeNull();
    const hidden = page(
      `<div role="dialog" aria-labelledby="t" style="display:none"><h4 id="t">Confirmation d'envoi</h4><button>Confirmer et envoyer</button></div>`,
    );
    expect(locate(hidden, 'confirm.dialog')).toBeNull();
    expect(locate(hidden, 'confirm.send')).toBeNull();
    const native = page(`<dialog open><h2>Confirmer l'envoi</h2><button>Confirmer</button></dialog>`);
    expect(locate(native, 'confirm.send')?.element.textContent).toBe('Confirmer');
  });
});

describe('a target in a folded section', () => {
  const ROLES = ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string;
  const search = (fold: (roles: string) => string) =>
    page(`${fold(`${ROLES}<button type="submit">Rechercher</button>`)}<p>Factures de travaux</p>`);

  test.each([
    [
      'a Bootstrap panel (data-target)',
      (inner: string) =>
        `<div class="panel"><div class="panel-heading" id="t" data-toggle="collapse" data-target="#b" aria-expanded="false">Critères de recherche</div><div class="panel-body" id="b" style="display:none">${inner}</div></div>`,
    ],
    [
      'a Bootstrap panel whose opener says nothing of its state (no aria-expanded)',
      (inner: string) =>
        `<div class="panel"><a id="t" class="collapsed" data-toggle="collapse" href="#b">Critères de recherche</a><div class="panel-body collapse" id="b" style="display:none">${inner}</div></div>`,
    ],
    [
      'a Bootstrap 5 accordion (data-bs-target, no aria-expanded)',
      (inner: string) =>
        `<h2><button type="button" id="t" data-bs-toggle="collapse" data-bs-target="#b">Critères</button></h2><div id="b" class="collapse" style="display:none">${inner}</div>`,
    ],
    [
      'a button with aria-controls',
      (inner: string) =>
        `<button type="button" id="t" aria-expanded="false" aria-controls="other b">Afficher les critères</button><div id="b" hidden>${inner}</div>`,
    ],
    [
      'a link to it',
      (inner: string) =>
        `<a id="t" href="#b" aria-expanded="false">Critères</a><div id="b" class="collapse" style="display:none">${inner}</div>`,
    ],
    ['a closed <details>', (inner: string) => `<details><summary id="t">Critères</summary><div>${inner}</div></details>`],
    [
      'a closed <details>, the fieldset its own child',
      (inner: string) => `<details><summary id="t">Critères</summary>${inner}</details>`,
    ],
    [
      'a closed <details>, the radio its own child',
      () =>
        `<details><summary id="t">Critères</summary><input type="radio" id="r" name="role" value="MOE" style="opacity:0"><label for="r">Maîtrise d'oeuvre</label><button type="submit">Rechercher</button></details>`,
    ],
    [
      'a Bootstrap panel whose first opener is hidden (another layout’s)',
      (inner: string) =>
        `<span id="m" aria-expanded="false" aria-controls="b" hidden>+</span><a id="t" href="#b" aria-expanded="false">Critères</a><div id="b" style="display:none">${inner}</div>`,
    ],
    [
      'a <details> without a summary (the browser shows its own)',
      (inner: string) => `<details id="t"><div>${inner}</div></details>`,
    ],
  ])('%s: found, behind what opens it', (_name, fold) => {
    const doc = search(fold);
    for (const id of ['search.roleMoe', 'search.submit'] as const) {
      const found = locate(doc, id);
      expect(found?.element.tagName, id).toBe(id === 'search.roleMoe' ? 'INPUT' : 'BUTTON');
      expect(found?.behind?.id, id).toBe('t');
      // Whoever acts on the element itself waits until it is shown.
      expect(shownOnly(found), id).toBeNull();
    }
  });

  test('shown, it is found as usual, with nothing behind', () => {
    const doc = search((inner) => `<details open><summary>Critères</summary>${inner}</details>`);
    const found = locate(doc, 'search.roleMoe');
    expect(found?.behind).toBeUndefined();
    expect(shownOnly(found)).toBe(found);
  });

  test('a shown candidate wins over one in a folded section', () => {
    const doc = search(
      (inner) => `${inner}<details><summary>Autres critères</summary><button type="submit">Rechercher</button></details>`,
    );
    expect(locate(doc, 'search.submit')?.behind).toBeUndefined();
  });

  test('not behind: a closed window, a menu, a combobox, an opener hidden itself, a section hidden twice', () => {
    const cases = [
      // A window's opener: what a closed window holds is not on the page.
      `<button aria-expanded="false" aria-haspopup="dialog" aria-controls="b">Ouvrir</button><div id="b" hidden>${ROLES}</div>`,
      `<button aria-expanded="false" aria-controls="b">Ouvrir</button><div id="b" role="dialog" style="display:none">${ROLES}</div>`,
      `<span role="combobox" aria-expanded="false" aria-controls="b">Choisir</span><div id="b" hidden>${ROLES}</div>`,
      // Its opener is not shown either.
      `<div hidden><button aria-expanded="false" aria-controls="b">Ouvrir</button></div><div id="b" hidden>${ROLES}</div>`,
      // Opened, the section would still be hidden by what holds it.
      `<button aria-expanded="false" aria-controls="b">Ouvrir</button><div style="display:none"><div id="b" hidden>${ROLES}</div></div>`,
      // An opener that says it is open, or names nothing.
      `<button aria-expanded="true" aria-controls="b">Fermer</button><div id="b" hidden>${ROLES}</div>`,
      `<a data-toggle="collapse" href="#b" aria-expanded="true">Fermer</a><div id="b" hidden>${ROLES}</div>`,
      `<button aria-expanded="false">Ouvrir</button><div hidden>${ROLES}</div>`,
      // Another tab is another screen, not a fold (Bootstrap 3 marks tabs aria-expanded too).
      `<ul class="nav nav-tabs" role="tablist"><li><a href="#p" role="tab" data-toggle="tab" aria-expanded="false">Rechercher</a></li></ul><div id="p" class="tab-pane" style="display:none">${ROLES}</div>`,
      `<ul class="nav-tabs"><li><a href="#p" aria-expanded="false">Rechercher</a></li></ul><div id="p" style="display:none">${ROLES}</div>`,
      // Hidden from assistive technology on the way: opened, it would still not be there.
      `<button aria-expanded="false" aria-controls="b">Ouvrir</button><div id="b" hidden><div aria-hidden="true">${ROLES}</div></div>`,
    ];
    for (const html of cases) expect(locate(page(html), 'search.roleMoe'), html).toBeNull();
  });

  test('a block that is a <details> is named by its summary, open or closed', () => {
    const html = (open: string) => `<form><details${open}><summary id="t">Pièces jointes</summary><p>Aucune.</p>
      <button type="button" id="add">Ajouter</button></details><button type="button">Ajouter un contact</button></form>`;
    const closed = page(html(''));
    expect(locate(closed, 'form.attachmentsBlock')?.element.tagName).toBe('DETAILS');
    expect(locate(closed, 'form.addAttachment')).toMatchObject({ element: { id: 'add' }, behind: { id: 't' } });
    const open = locate(page(html(' open')), 'form.addAttachment');
    expect(open?.element.id).toBe('add');
    expect(open?.behind).toBeUndefined();
  });

  test('a ring on what is folded goes on what opens it', () => {
    const doc = page(
      '<details><summary id="s">Pièces jointes</summary><button id="add">Ajouter</button></details><p id="p">x</p>',
    );
    expect(shownOrOpener(doc.getElementById('add'))?.id).toBe('s');
    expect(shownOrOpener(doc.getElementById('p'))?.id).toBe('p');
    expect(shownOrOpener(null)).toBeNull();
  });

  test('a closed <details> hides all but its summary', () => {
    const doc = page('<details><summary id="s">Critères</summary><p id="p">Texte</p><div><span id="i">x</span></div></details>');
    expect(isShown(doc.getElementById('s') as Element)).toBe(true);
    expect(isShown(doc.getElementById('p') as Element)).toBe(false);
    expect(isShown(doc.getElementById('i') as Element)).toBe(false);
    // A control the portal hides on purpose is judged by what holds it: a closed <details> hides it.
    expect(isShown(doc.getElementById('p') as Element, { self: false })).toBe(false);
    expect(openerOf(doc.getElementById('i') as Element)?.id).toBe('s');
    (doc.querySelector('details') as HTMLDetailsElement).open = true;
    expect(isShown(doc.getElementById('i') as Element)).toBe(true);
    expect(openerOf(doc.getElementById('i') as Element)).toBeNull();
  });
});

describe('blocks and tables named otherwise than by a heading of their own', () => {
  const panel = (title: string, id: string, body: string, extra = '') =>
    `<div class="mat-expansion-panel"><div role="button" tabindex="0" aria-expanded="true" aria-controls="${id}"${extra}><span>${title}</span></div>
    <div role="region" id="${id}">${body}</div></div>`;
  const AMOUNTS = '<label for="ht">Montant HT</label><input id="ht" value="1 000,00">';

  test('an accordion’s header names the block it folds: the amounts, the number’s block', () => {
    const doc = page(
      panel('Références', 'p1', '<label for="n">Numéro de la facture</label><input id="n">') +
        panel('Montants totaux', 'p2', AMOUNTS),
    );
    expect(locate(doc, 'form.amounts')?.element.id).toBe('p2');
    expect(locate(doc, 'form.references')?.element.id).toBe('p1');
  });

  test('a menu’s, a list’s or a tab’s control names no block', () => {
    for (const extra of [' aria-haspopup="menu"', ' aria-haspopup="listbox"']) {
      expect(locate(page(panel('Montants totaux', 'p2', AMOUNTS, extra)), 'form.amounts'), extra).toBeNull();
    }
    const tab = page(
      `<div role="tablist"><div role="tab" aria-expanded="true" aria-controls="p2">Montants totaux</div></div><div role="region" id="p2">${AMOUNTS}</div>`,
    );
    expect(locate(tab, 'form.amounts')).toBeNull();
  });

  test('a results table with no title: known by its columns, not any table', () => {
    const rows = '<tbody><tr><td><a href="/f/1">FT-1</a></td><td>Mise à disposition MOE</td></tr></tbody>';
    const untitled = page(
      `<h2>Factures à traiter (1)</h2><table><thead><tr><th>N° de facture</th><th>Statut</th></tr></thead>${rows}</table>`,
    );
    expect(locate(untitled, 'results.table')?.element.tagName).toBe('TABLE');
    const other = page(`<table><thead><tr><th>Fichier</th><th>Désignation</th></tr></thead>${rows}</table>`);
    expect(locate(other, 'results.table')).toBeNull();
  });
});

describe('a select drawn by script, its options rendered only while it is open', () => {
  const drawn = (value: string) =>
    `<div class="mat-form-field"><label id="l9" for="s3">Cadre de facturation *</label>
    <div role="combobox" id="s3" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l9 v3">
      <div aria-hidden="true"><div id="v3">${value}</div><span class="material-icons">arrow_drop_down</span></div></div></div>`;

  test('is the field its label names, empty while it shows its placeholder', () => {
    const empty = page(drawn('<span class="mat-select-placeholder">Sélectionner un cadre de facturation</span>'));
    const found = locate(empty, 'upload.cadre')?.element as Element;
    expect(found.id).toBe('s3');
    expect(isFilled(found)).toBe(false);
    const chosen = page(
      drawn('<span class="mat-select-value-text"><span>A15 : Dépôt par une MOE d’un état d’acompte</span></span>'),
    );
    expect(isFilled(locate(chosen, 'upload.cadre')?.element as Element)).toBe(true);
  });

  test('a placeholder drawn as plain text (« Sélectionnez… », « -- Choisir -- », « — ») is no value', () => {
    for (const shown of ['Sélectionnez un cadre', '-- Choisir --', '—', 'Veuillez sélectionner…', 'Aucun']) {
      const doc = page(drawn(`<span>${shown}</span>`));
      expect(isFilled(locate(doc, 'upload.cadre')?.element as Element), shown).toBe(false);
    }
    for (const shown of ['A15 : Dépôt par une MOE d’un état d’acompte', 'Choix A', 'PDF']) {
      const doc = page(drawn(`<span>${shown}</span>`));
      expect(isFilled(locate(doc, 'upload.cadre')?.element as Element), shown).toBe(true);
    }
  });

  test('a combobox over a native select (select2) stands for the select, which is the field', () => {
    const doc = page(`<label for="c">Cadre de facturation</label>
      <select id="c" name="cadreFacturation.code" class="select2-hidden-accessible"><option value="">—</option><option value="A15">A15</option></select>
      <span class="select2"><span role="combobox" aria-labelledby="select2-c-container"><span id="select2-c-container">Cadre de facturation</span></span></span>`);
    expect(locate(doc, 'upload.cadre')?.element.id).toBe('c');
  });
});

describe('a page of plain <div>s, a form in steps (a sixth unseen markup: Vue 3 + Vuetify 3)', () => {
  const form = (panes: string) => `<h1>Saisie de l’état d’acompte</h1>
    <div class="v-stepper"><div class="v-stepper-header">
      <button type="button" class="v-stepper-item"><div class="v-avatar">1</div><div class="v-stepper-item__title">Fournisseur et destinataire</div></button>
      <button type="button" class="v-stepper-item"><div class="v-avatar">2</div><div class="v-stepper-item__title">Références</div></button>
      <button type="button" class="v-stepper-item"><div class="v-avatar">3</div><div class="v-stepper-item__title">Montants totaux</div></button>
      <button type="button" class="v-stepper-item"><div class="v-avatar">4</div><div class="v-stepper-item__title">Pièces jointes</div></button>
    </div><div class="v-window">${panes}</div></div>
    <button type="button">Enregistrer le brouillon</button><button type="button">Valider et envoyer</button>`;
  const references = (style = '') => `<div class="v-window-item" style="${style}"><h2>Références</h2>
      <label for="n">Numéro de facture</label><input id="n"><label for="d">Date de facture</label><input id="d"></div>`;
  const amounts = (style = '') => `<div class="v-window-item" style="${style}"><h2>Montants totaux</h2>
      <label for="ht">Montant HT</label><input id="ht" value="100,00"><label for="tva">Montant TVA</label><input id="tva" value="20,00">
      <label for="ttc">Montant TTC</label><input id="ttc" value="120,00"></div>`;
  const attachments = (style = '') => `<div class="v-window-item" style="${style}"><h2>Pièces jointes</h2>
      <div class="v-table"><table><thead><tr><th>Fichier</th><th>Désignation</th></tr></thead><tbody><tr><td>facture.pdf</td><td>Facture</td></tr></tbody></table></div>
      <button type="button">Ajouter une pièce jointe</button></div>`;

  test('a heading begins its block: the largest <div> around it holding no other of its level', () => {
    const doc = page(form(references() + amounts() + attachments()));
    const block = locate(doc, 'form.attachmentsBlock')?.element;
    expect(block?.matches('.v-window-item')).toBe(true);
    expect(locate(doc, 'form.addAttachment')?.element.textContent).toBe('Ajouter une pièce jointe');
    expect(locate(doc, 'form.attachmentListed')?.element.textContent).toContain('facture.pdf');
    expect(locate(doc, 'form.amounts')?.element.querySelector('#ht')).not.toBeNull();
    // The block the number is in, by its own heading.
    expect(locate(doc, 'form.references')?.element.querySelector('#n')).not.toBeNull();
  });

  test('a step not rendered yet: its name in the header stands for it, and the screen is known', () => {
    const doc = page(
      form('<div class="v-window-item"><p>Fournisseur : BATI OUEST</p><button type="button">Suivant</button></div>'),
    );
    expect(locate(doc, 'form.references')?.element.textContent).toContain('Références');
    expect(locate(doc, 'form.references')?.element.matches('.v-stepper-item')).toBe(true);
    expect(detectScreen(doc)).toBe('invoice-form');
    // Its name as a user reads it: the number and the title apart.
    expect(
      accessibleName(doc.querySelectorAll('.v-stepper-item')[1] as Element)
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('2 Références');
  });

  test('the amounts of a step left behind, hidden, are the form’s still: their totals read', () => {
    const doc = page(form(references() + amounts('display: none') + attachments()));
    expect(readTotals(doc).ok).toBe(true);
    (doc.getElementById('ttc') as HTMLInputElement).value = '121,00';
    expect(readTotals(doc).ok).toBe(false);
  });

  test('a step rendered but hidden: what it holds is found behind its name, even where a weaker match is shown', () => {
    const doc = page(
      form(
        `${references('display: none')}<div class="v-window-item"><h2>Marché</h2><label for="m">Numéro de marché</label><input id="m" value="2026-TRV-014" readonly></div>`,
      ),
    );
    const number = locate(doc, 'form.number');
    expect(number?.element.id).toBe('n');
    expect(number?.behind?.textContent).toContain('Références');
    expect(shownOnly(number)).toBeNull();
    // A collapsed block in that step: the step first, whose name is shown.
    const nested = page(
      form(
        `<div class="v-window-item" style="display: none"><h2>Références</h2><div id="more" style="display: none"><label for="n">Numéro de facture</label><input id="n"></div></div>`,
      ),
    );
    expect(openerOf(nested.getElementById('n') as Element, { self: false })?.textContent).toContain('Références');
  });
});

describe('titles and lists drawn by a component library', () => {
  test('a card’s title in a styled <div> names its card (the home’s « Factures de travaux »)', () => {
    const doc = page(`<h1>Bonjour Anne</h1><h2>Facturation</h2>
      <div class="v-card"><div class="v-card-title">Factures émises</div><div class="v-card-actions"><button type="button">Accéder</button></div></div>
      <div class="v-card"><div class="v-card-title">Factures de travaux</div><div class="v-card-actions"><button type="button">Accéder</button></div></div>`);
    const access = locate(doc, 'home.worksAccess')?.element;
    expect(access?.closest('.v-card')?.textContent).toContain('Factures de travaux');
  });

  test('a window’s list of files: an ARIA list titled by its first line, or untitled, naming its files', () => {
    const list = (header: string) => `<div role="dialog" aria-modal="true"><h2>Ajouter des pièces jointes</h2>
      <label for="f">Fichier</label><input type="file" id="f"><label for="des">Désignation</label><input id="des">
      <div class="v-list" role="list">${header}<div class="v-list-item" role="listitem"><div>Facture — Document annexe</div><div>facture-entreprise.pdf</div></div></div>
      <button type="button">Ajouter</button><button type="button">Fermer</button></div>`;
    for (const header of ['<div class="v-list-subheader">Pièces ajoutées</div>', ''])
      expect(locate(page(list(header)), 'attach.listed')?.element.getAttribute('role')).toBe('list');
  });
});

describe('what a step header or a plain heading must not do (review of the sixth markup)', () => {
  const stepper = (current: string, disabled = '') => `<h1>Dépôt de l’état d’acompte</h1>
    <div class="v-stepper"><div class="v-stepper-header">
      <button type="button" class="v-stepper-item"><div class="v-avatar">1</div><div class="v-stepper-item__title">Certificat</div></button>
      <button type="button" class="v-stepper-item"${disabled}><div class="v-avatar">2</div><div class="v-stepper-item__title">Références</div></button>
      <button type="button" class="v-stepper-item"${disabled}><div class="v-avatar">3</div><div class="v-stepper-item__title">Montants totaux</div></button>
      <button type="button" class="v-stepper-item"${disabled}><div class="v-avatar">4</div><div class="v-stepper-item__title">Pièces jointes</div></button>
    </div>${current}</div>`;
  const upload = `<div class="v-window-item"><h2>Choix du fichier à importer</h2><label for="f">Certificat de paiement</label>
    <input type="file" id="f"><button type="button">Importer</button><button type="button">Étape suivante</button></div>`;

  test('a step header alone is not the form: the upload step shown is the upload screen', () => {
    expect(detectScreen(page(stepper(upload)))).toBe('certificate-upload');
    // Steps not reachable yet are no step items at all.
    expect(locate(page(stepper(upload, ' disabled')), 'form.amounts')).toBeNull();
  });

  test('a shown button beats its twin in a collapsed panel, whatever the twin’s id says', () => {
    const doc = page(`<h1>Factures de travaux</h1><form><button type="submit">Rechercher</button>
      <div class="panel"><div class="panel-heading" data-toggle="collapse" data-target="#adv" aria-expanded="false">Recherche avancée</div>
      <div id="adv" class="collapse" style="display: none"><button type="submit" id="GFT_RechercheFactureTravaux_Criteres_BoutonRechercher">Rechercher</button></div></div></form>`);
    const found = locate(doc, 'search.submit');
    expect(found?.behind).toBeUndefined();
    expect(found?.element.id).toBe('');
  });

  test('buttons in a page that calls itself a wizard are no step items', () => {
    const doc = page(`<div class="wizard-page"><h1>Assistant</h1><button type="button">Pièces jointes</button>
      <div style="display: none"><h3>Pièces jointes</h3><button type="button">Ajouter</button></div></div>`);
    expect(openerOf(doc.querySelector('h3') as Element)).toBeNull();
  });

  test('the page’s title begins no block: a lone <h1> does not swallow the page', () => {
    const doc = page(`<div id="app"><h1>Factures de travaux</h1>
      <div class="card"><div class="card-title">Factures reçues</div><a href="/recues">Accéder</a></div></div>`);
    expect(locate(doc, 'home.worksAccess')).toBeNull();
  });

  test('a list of files whose name is in the first cell; a chooser’s preview is not what was added', () => {
    // A window whose title names no list (the title before a list names it: a known limit).
    const win = (list: string) =>
      page(`<div role="dialog" aria-modal="true"><h2>Joindre un document</h2>
      <label for="f">Fichier</label><input type="file" id="f">${list}<button type="button">Fermer</button></div>`);
    const cells = win('<table><tbody><tr><td>facture.pdf</td><td>120 Ko</td></tr></tbody></table>');
    expect(locate(cells, 'attach.listed')?.element.tagName).toBe('TABLE');
    const preview = win('<ul class="dz-previews"><li>facture.pdf <button type="button">Retirer</button></li></ul>');
    const input = preview.getElementById('f') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF'], 'facture.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    expect(locate(preview, 'attach.listed')).toBeNull();
  });
});
