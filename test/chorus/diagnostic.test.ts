// « Copier le diagnostic »: complete for every screen of the replica (both markups and
// generated variants), and holding nothing the user typed or the portal showed as data.
import { describe, expect, test } from 'vitest';
import { type Deposit, PortalModel, STRUCTURES } from '../../e2e/portal/model.js';
import * as classic from '../../e2e/portal/pages.js';
import * as alt from '../../e2e/portal/pages-alt.js';
import { transformPage, type VariantSpec, variantFor } from '../../e2e/portal/variants.js';
import { buildDiagnostic, type Diagnostic } from '../../src/chorus/diagnostic.js';
import type { Screen } from '../../src/core/screens.js';
import type { LocatorId } from '../../src/core/steps.js';
import { openDownload, page } from './fixtures.js';

function load(html: string): Document {
  const inner = html.replace(/^<!doctype html>\s*/i, '').replace(/^<html[^>]*>|<\/html>\s*$/g, '');
  document.documentElement.innerHTML = inner;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${classic.WORKS}/depot/880101`);
  return document;
}

const model = (base: VariantSpec['base']) => {
  const m = new PortalModel(base);
  m.loggedIn = true;
  m.criteria = { role: 'MOE', structure: '25123', numero: '', statut: '' };
  return m;
};
const first = (m: PortalModel) => m.invoices[0] as NonNullable<PortalModel['invoices'][number]>;

function deposit(m: PortalModel, stage: 'imported' | 'form' | 'attachment' | 'qualify'): Deposit {
  const d = m.startDeposit(first(m).id);
  d.certificate = [{ fileName: 'certificat-KERDREUX-880101.pdf', size: 10 }];
  if (stage === 'imported') return d;
  d.cadre = 'A15_ETAT_ACOMPTE_MOE';
  d.numero = 'FT-2026-0142-EA';
  d.date = '26/11/2026';
  d.amounts = { ht: '12 345,67', tva: '2 469,13', ttc: '14 814,80', apayer: '14 814,80' };
  if (stage === 'form') return d;
  d.attachmentDialogOpen = true;
  if (stage === 'qualify') d.pendingAttachment = { fileName: 'FT-2026-0142.pdf', size: 10 };
  return d;
}

interface Case {
  name: string;
  screen: Screen;
  html(m: PortalModel, pages: typeof classic | typeof alt): string;
  finds: LocatorId[];
  open?: (doc: Document) => void;
}

const CASES: Case[] = [
  {
    name: 'search',
    screen: 'works-search',
    html: (m, p) => p.searchPage(m, null, 1, []),
    finds: ['search.roleMoe', 'search.structure', 'search.submit'],
  },
  {
    name: 'results',
    screen: 'works-results',
    html: (m, p) => p.searchPage(m, m.invoices.slice(0, 5), 1, []),
    finds: ['results.table', 'results.download', 'results.numberLink'],
  },
  {
    name: 'download window',
    screen: 'download-dialog',
    html: (m, p) => p.searchPage(m, m.invoices.slice(0, 5), 1, []),
    open: openDownload,
    finds: ['download.formatPdf', 'download.confirm'],
  },
  {
    name: 'detail',
    screen: 'invoice-detail',
    html: (m, p) => p.detailPage(first(m)),
    finds: ['detail.process', 'detail.refuse'],
  },
  {
    name: 'upload',
    screen: 'certificate-upload',
    html: (m, p) => p.uploadPage(first(m), deposit(m, 'imported')),
    finds: ['upload.cadre', 'upload.continue'],
  },
  {
    name: 'form',
    screen: 'invoice-form',
    html: (m, p) => p.formPage(first(m), deposit(m, 'form')),
    finds: ['form.number', 'form.date', 'form.amounts', 'form.addAttachment', 'form.send'],
  },
  {
    name: 'attachment window',
    screen: 'attachment-dialog',
    html: (m, p) => p.formPage(first(m), deposit(m, 'qualify')),
    finds: ['attach.designation', 'attach.type', 'attach.add'],
  },
];

/** What the replica shows or the user types that must never leave the browser. */
function secrets(m: PortalModel): string[] {
  const out = ['FT-2026-0142-EA', '12 345,67', '2 469,13', '14 814,80', '12345,67', '26/11/2026', 'KERDREUX', 'MAÇONNERIE'];
  for (const inv of m.invoices) {
    out.push(inv.numero, inv.fournisseur, inv.siretFournisseur, inv.destinataire, inv.id, inv.dateDepot);
  }
  for (const s of STRUCTURES) out.push(s.name, s.siret, s.id, ...s.name.split(/[\s']+/).filter((w) => w.length > 3));
  out.push('PLOUNÉVEZ', 'LOCHRIST', 'ARMOR', 'GOFF', 'ELORN', 'IROISE', 'BRETONNE');
  return [...new Set(out)];
}

/** The strings that come from the page (not our own locator names, cues and screen names). */
function pageStrings(d: Diagnostic): string[] {
  const out: string[] = [d.host, d.path];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    // A tag name (h1) is the DOM's own, not the page's data.
    else if (v && typeof v === 'object') for (const [key, inner] of Object.entries(v)) if (key !== 'tag') walk(inner);
  };
  walk(d.page);
  for (const l of d.locators) walk(l.element);
  return out;
}

function expectNothingPersonal(d: Diagnostic, forbidden: string[]): void {
  const json = JSON.stringify(d).toLowerCase();
  for (const secret of forbidden) expect(json, secret).not.toContain(secret.toLowerCase());
  for (const s of pageStrings(d)) {
    // Digits only in a cadre code (A15): no number, amount, date, SIRET or technical id.
    expect(s.replace(/(^|[^A-Za-z0-9])A\d{1,2}(?!\d)/g, '$1'), s).not.toMatch(/\d/);
  }
}

/** Typing what the user types: each text field of the page gets a value of the invoice. */
function typeInto(doc: Document): void {
  const values = ['FT-2026-0142-EA', '26/11/2026', '12 345,67', 'KERDREUX'];
  doc.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"], textarea').forEach((field, i) => {
    field.value = values[i % values.length] as string;
  });
}

describe.each(CASES)('the diagnostic of the $name screen', (c) => {
  test.each([
    ['classic', 0],
    ['alt', 0],
    ['variant', 3],
    ['variant', 8],
    ['variant', 13],
  ] as const)('%s markup %i: every expected element found, nothing personal', (kind, seed) => {
    const spec: VariantSpec | null = kind === 'variant' ? { ...variantFor(seed), lateMs: 0 } : null;
    const base = spec?.base ?? (kind === 'alt' ? 'alt' : 'classic');
    const m = model(base);
    const html = c.html(m, base === 'alt' ? alt : classic);
    const doc = load(spec ? transformPage(html, spec) : html);
    c.open?.(doc);
    typeInto(doc);
    const d = buildDiagnostic(doc, { extensionVersion: '0.1.0', step: null });
    expect(d.screen).toBe(c.screen);
    // A format drawn by script (formatCombobox) shows no PDF option until it is opened: the field itself.
    const finds = spec?.formatCombobox ? c.finds.map((id) => (id === 'download.formatPdf' ? 'download.format' : id)) : c.finds;
    for (const id of finds) {
      const report = d.locators.find((l) => l.locator === id);
      expect(report, id).toMatchObject({ found: true });
      expect(report?.score, id).toBeGreaterThan(0);
      expect(report?.cues?.length, id).toBeGreaterThan(0);
      expect(report?.element?.tag, id).toBeTruthy();
    }
    // The screen's steps' targets are all reported, marked as expected here.
    expect(d.locators.filter((l) => l.expected).length).toBeGreaterThan(0);
    expect(d.page.controls.length + d.page.actions.length).toBeGreaterThan(0);
    expectNothingPersonal(d, secrets(m));
  });
});

test('on the list, the download window’s fields are not expected: only the row’s icon (step 7)', () => {
  const m = model('classic');
  const d = buildDiagnostic(load(classic.searchPage(m, m.invoices.slice(0, 5), 1, [])), { extensionVersion: '0.1.0', step: 7 });
  expect(d.screen).toBe('works-results');
  const expected = d.locators.filter((l) => l.expected).map((l) => l.locator);
  expect(expected).toEqual(expect.arrayContaining(['results.download', 'results.numberLink']));
  expect(expected.filter((id) => id.startsWith('download.'))).toEqual([]);
});

test('a find in a folded section says what opens it', () => {
  const doc = page(`<h1>Factures de travaux</h1><details><summary>Critères de recherche</summary>
    <label><input type="radio" name="role" value="MOE"> Maîtrise d'oeuvre</label><button type="submit">Rechercher</button></details>`);
  const d = buildDiagnostic(doc, { extensionVersion: '0.1.0', step: 4 });
  expect(d.screen).toBe('works-search');
  const role = d.locators.find((l) => l.locator === 'search.roleMoe');
  expect(role).toMatchObject({ found: true, element: { tag: 'input' }, behind: { tag: 'summary' } });
  expect(d.locators.find((l) => l.locator === 'search.structure')?.behind).toBeUndefined();
});

describe('the diagnostic keeps the portal’s words', () => {
  test('the cadre select’s options, labels and the portal’s ids stay readable', () => {
    const m = model('classic');
    const doc = load(classic.uploadPage(first(m), deposit(m, 'imported')));
    const d = buildDiagnostic(doc, { extensionVersion: '0.1.0', step: 13 });
    const cadre = d.locators.find((l) => l.locator === 'upload.cadre')?.element;
    expect(cadre?.options).toContainEqual({ text: "A15 : Dépôt par une MOE d'un état d'acompte", value: 'A15_ETAT_ACOMPTE_MOE' });
    expect(cadre?.texts?.join(' ')).toContain('Cadre de facturation');
    expect(d.step).toBe(13);
    expect(d.host).toBe('cpro.chorus-pro.gouv.fr');
    expect(d.path).toBe('/cpp/facturesTravaux/depot/#');
  });

  test('the structure select (the user’s own organisations) gives only its number of options', () => {
    const m = model('classic');
    const doc = load(classic.searchPage(m, null, 1, []));
    const d = buildDiagnostic(doc, { extensionVersion: '0.1.0', step: 4 });
    const structure = d.locators.find((l) => l.locator === 'search.structure')?.element;
    expect(structure?.optionCount).toBeGreaterThan(1);
    expect(structure?.options).toBeUndefined();
  });
});

describe('a page full of personal data', () => {
  const html = `
    <header><p>Connecté : Marie Le Bihan — marie.lebihan@mairie-plounevez.fr — 02 98 12 34 56</p>
      <h2>Bonjour Yann Kermarrec</h2></header>
    <h1>Factures de travaux</h1>
    <h2 id="titre_FT-2026-0142_KERDREUX">Facture FT-2026-0142 de SARL MAÇONNERIE KERDREUX</h2>
    <form>
      <label for="GFT_Recherche_Criteres_Numero">Numéro de facture</label>
      <input id="GFT_Recherche_Criteres_Numero" name="listeResultats.critere.numero" value="FT-2026-0142">
      <label for="structure">Structure</label>
      <select id="structure" name="structure"><option value="25123">ATELIER D'ARCHITECTURE LE GOFF (41234567800027)</option>
        <option value="25124">BET ARMOR INGÉNIERIE</option></select>
      <fieldset><legend>Rôle</legend>
        <input type="radio" id="role_moe" name="role" value="MOE" checked><label for="role_moe">Maîtrise d'œuvre</label>
        <input type="radio" id="role_f" name="role" value="FOURNISSEUR"><label for="role_f">Fournisseur</label></fieldset>
      <div role="dialog" aria-label="Ajouter une pièce jointe"><label>Fichier <input type="file" id="pj_fichier"></label>
        <label>Type de pièce jointe <select name="typeCode" id="pj_type"><option value="DOCUMENT_ANNEXE">Document annexe</option>
        <option value="AUTRE_Dupont">Autre (saisi par Jean Dupont)</option></select></label></div>
      <label for="obs">Observations</label><textarea id="obs">Voir avec monsieur kerjean pour la retenue</textarea>
      <button type="submit" id="GFT_Recherche_Criteres_BoutonRechercher">Rechercher</button>
    </form>
    <table><caption>Résultats de la recherche</caption><thead><tr><th>Numéro</th><th>Fournisseur</th><th>Montant TTC</th></tr></thead>
      <tbody><tr id="ligne_880101_kerdreux"><td><a href="/cpp/facture/880101" id="lien_FT-2026-0142">FT-2026-0142</a></td>
        <td>SARL MAÇONNERIE KERDREUX</td><td>14 814,80 €</td>
        <td><button name="Synthese_Btn_TelechargerUnitaire" data-value="880101" aria-label="Télécharger la facture FT-2026-0142 de KERDREUX">⤓</button></td></tr></tbody></table>`;

  test('none of it is in the diagnostic, and the structure is', () => {
    const doc = page(html, 'https://cpro.chorus-pro.gouv.fr/cpp/facturesTravaux/880101/recherche?numero=FT-2026-0142');
    const d = buildDiagnostic(doc, { extensionVersion: '0.1.0', step: 6 });
    expectNothingPersonal(d, [
      'Marie',
      'Bihan',
      'lebihan',
      'mairie-plounevez',
      'Yann',
      'Kermarrec',
      'KERDREUX',
      'MAÇONNERIE',
      'FT-2026-0142',
      '880101',
      '14 814,80',
      'GOFF',
      'ARMOR',
      'ATELIER',
      'Dupont',
      'kerjean',
      'retenue',
      'numero=',
    ]);
    expect(d.path).toBe('/cpp/facturesTravaux/#/recherche');
    expect(d.locators.find((l) => l.locator === 'search.roleMoe')).toMatchObject({
      found: true,
      element: { tag: 'input', type: 'radio', name: 'role', value: 'MOE', texts: ["Maîtrise d'œuvre"] },
    });
    expect(d.page.actions).toContainEqual(
      expect.objectContaining({ id: 'GFT_Recherche_Criteres_BoutonRechercher', texts: ['Rechercher'] }),
    );
    const type = d.page.controls.find((c) => c.name === 'typeCode');
    expect(type?.options?.[0]).toEqual({ text: 'Document annexe', value: 'DOCUMENT_ANNEXE' });
    expect(d.page.tables[0]).toMatchObject({
      caption: ['Résultats de la recherche'],
      headers: ['Numéro', 'Fournisseur', 'Montant TTC'],
    });
  });
});
