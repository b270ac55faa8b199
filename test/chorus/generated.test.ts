// The replica's screens through the markup-variant generator (e2e/portal/variants.ts), many
// seeds, checked without a browser: every screen is recognised and every element a step
// points at is found, whatever ids, wording, labelling and window markup the seed chose.
import { describe, expect, test } from 'vitest';
import { defineWebComponents } from '../../e2e/portal/components.js';
import { addOlderInvoices, PortalModel } from '../../e2e/portal/model.js';
import * as classic from '../../e2e/portal/pages.js';
import * as alt from '../../e2e/portal/pages-alt.js';
import { describeVariant, transformPage, type VariantSpec, variantFor } from '../../e2e/portal/variants.js';
import { DRAWN_CADRE_SEEDS } from '../../e2e/support/generated-suite.js';
import { Finder, locate } from '../../src/chorus/locate.js';
import { DomFacts } from '../../src/chorus/readPage.js';
import { detectScreen } from '../../src/chorus/screens.js';
import { forgetShadowPages } from '../../src/chorus/shadow.js';
import { activeTarget, currentStep, stepsDoneOnPage } from '../../src/core/progress.js';
import type { Screen } from '../../src/core/screens.js';
import type { LocatorId } from '../../src/core/steps.js';
import { openDownload } from './fixtures.js';

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

interface Case {
  name: string;
  screen: Screen;
  html(model: PortalModel, spec: VariantSpec): string;
  /** Elements the steps of this screen point at. */
  finds: LocatorId[] | ((spec: VariantSpec) => LocatorId[]);
  /** What this page must not be taken to show (an empty list's line is no attachment). */
  lacks?: (spec: VariantSpec) => LocatorId[];
  /** With the steps before `after` done (and the page's fields filled by `fill`): the step shown, and its target. */
  shows?: { after: number; step: number; target: LocatorId | ((spec: VariantSpec) => LocatorId); fill?: (doc: Document) => void };
  /** What some of them must be (a selector they match). */
  are?: Partial<Record<LocatorId, string>>;
  /** Turn the page's script-made state on (a window the page opens). */
  open?: (doc: Document, spec: VariantSpec) => void;
  /** Finds a seed's markup does not have (the table of imported files, for a line). */
  unless?: Partial<Record<LocatorId, (spec: VariantSpec) => boolean>>;
  /** Found elements that hold other found elements (the block to fill holds the number). */
  holds?: [LocatorId, LocatorId][];
  /** Steps this page alone shows done, loaded fresh. */
  done?: number[];
}

function model(spec: VariantSpec): PortalModel {
  const m = new PortalModel(spec.base);
  m.loggedIn = true;
  // As the replica's server does for the seed (handler.ts).
  if (spec.otherRows) addOlderInvoices(m, spec.otherRows);
  return m;
}
const pages = (spec: VariantSpec) => (spec.base === 'alt' ? alt : classic);
const invoice = (m: PortalModel) => m.invoices[0] as NonNullable<PortalModel['invoices'][number]>;

function deposit(m: PortalModel, stage: 'empty' | 'imported' | 'attachment' | 'qualify' | 'added' | 'attached') {
  const d = m.startDeposit(invoice(m).id);
  if (stage !== 'empty') d.certificate = [{ fileName: 'certificat.pdf', size: 10 }];
  if (stage === 'imported') return d;
  d.cadre = 'A15_ETAT_ACOMPTE_MOE';
  if (stage === 'attachment' || stage === 'qualify' || stage === 'added') d.attachmentDialogOpen = true;
  if (stage === 'qualify') d.pendingAttachment = { fileName: 'facture.pdf', size: 10 };
  if (stage === 'added' || stage === 'attached') {
    d.attachments.push({
      fileName: 'FT-2026-0142.pdf',
      size: 10,
      designation: 'Facture',
      typeCode: 'DOCUMENT_ANNEXE',
      typeLabel: 'Document annexe',
    });
  }
  return d;
}

/** The window's designation and type filled, as the assistant fills them on opening (step 21's choices). */
function fillAttachmentFields(doc: Document): void {
  // A web component's too (webComponents): its `value` sets its input.
  const designation = doc.querySelector<HTMLInputElement>('[data-qa="designation"]');
  if (designation) designation.value = 'Facture';
  const type = doc.querySelector<HTMLSelectElement>('[data-qa="type"]');
  const annexe = Array.from(type?.options ?? []).find((o) => o.text === 'Document annexe');
  if (type && annexe) type.value = annexe.value;
}

const CASES: Case[] = [
  {
    name: 'home, logged in',
    screen: 'portal-home',
    html: (m) => {
      m.loggedIn = true;
      return classic.homePage(m);
    },
    // The « Facturation » domain first when its applications are not shown yet (homeDomains).
    finds: (spec) => (spec.homeDomains ? ['home.domainAccess'] : ['home.worksAccess']),
    shows: { after: 1, step: 2, target: (spec) => (spec.homeDomains ? 'home.domainAccess' : 'home.worksAccess') },
  },
  {
    name: 'search',
    screen: 'works-search',
    html: (m, s) => pages(s).searchPage(m, null, 1, []),
    finds: ['search.roleMoe', 'search.structure', 'search.submit'],
  },
  {
    name: 'results',
    screen: 'works-results',
    html: (m, s) => {
      m.criteria = { role: 'MOE', structure: '25123', numero: '', statut: '' };
      return pages(s).searchPage(m, [...m.invoices.slice(0, 5), ...m.invoices.slice(8)], 1, []);
    },
    finds: ['results.table', 'results.download', 'results.numberLink'],
    // The table of results, not the form around it (a « Résultats » heading inside the form).
    are: { 'results.table': 'table, [role="table"], [role="grid"]' },
  },
  {
    name: 'download window',
    screen: 'download-dialog',
    html: (m, s) => {
      m.criteria = { role: 'MOE', structure: '25123', numero: '', statut: '' };
      return pages(s).searchPage(m, m.invoices.slice(0, 5), 1, []);
    },
    open: openDownload,
    // A format drawn by script shows no PDF option until it is opened (formatCombobox): the field itself.
    finds: (s) => (s.formatCombobox ? ['download.format', 'download.confirm'] : ['download.formatPdf', 'download.confirm']),
    // A format field labelled « Format du fichier » is no file chooser (downloadWording).
    are: { 'download.formatPdf': 'option, input[type="radio"]', 'download.format': 'select, [role="combobox"]' },
  },
  {
    name: 'detail',
    screen: 'invoice-detail',
    html: (m, s) => pages(s).detailPage(invoice(m)),
    finds: ['detail.process', 'detail.refuse'],
  },
  {
    // Opened past the guard, over a detail its framework may hide (modalsAtBodyEnd, modalHidesPage).
    name: 'refusal window',
    screen: 'invoice-detail',
    html: (m, s) => pages(s).detailPage(invoice(m)),
    open: openRefusal,
    finds: ['refuse.dialog', 'refuse.reason'],
    // The second markup refuses with no window.
    unless: { 'refuse.dialog': (s) => s.base === 'alt', 'refuse.reason': (s) => s.base === 'alt' },
    are: { 'refuse.reason': 'select' },
    shows: { after: 8, step: 9, target: (s) => (s.base === 'alt' ? 'detail.process' : 'refuse.reason') },
  },
  {
    name: 'upload, before the file',
    screen: 'certificate-upload',
    html: (m, s) => pages(s).uploadPage(invoice(m), deposit(m, 'empty')),
    finds: ['upload.file', 'upload.import'],
    // The file input (shown through its label), never the field that shows its name (fileNameField).
    are: { 'upload.file': 'input[type="file"]' },
  },
  {
    name: 'upload, file imported',
    screen: 'certificate-upload',
    html: (m, s) => pages(s).uploadPage(invoice(m), deposit(m, 'imported')),
    finds: ['upload.cadre', 'upload.continue', 'upload.imported'],
    unless: { 'upload.imported': (s) => s.importedAsRow || s.importedAsAttachments },
    // The server sends the grown page back, its file input empty: the cadre field says the file is loaded.
    done: [11, 12],
    // No cadre chosen yet (a select drawn by script shows its placeholder): step 13, on the cadre.
    shows: { after: 12, step: 13, target: 'upload.cadre' },
  },
  {
    name: 'form',
    screen: 'invoice-form',
    html: (m, s) => pages(s).formPage(invoice(m), deposit(m, 'form' as never)),
    finds: ['form.references', 'form.number', 'form.date', 'form.amounts', 'form.addAttachment', 'form.send'],
    // The block to fill is the one with the number, « Références » or « Identification » (numberInIdentification).
    holds: [
      ['form.references', 'form.number'],
      ['form.references', 'form.date'],
    ],
    // Nothing attached yet, whatever line the table shows while empty (attachEmptyLine).
    lacks: () => ['form.attachmentListed'],
    shows: { after: 17, step: 18, target: 'form.addAttachment' },
  },
  {
    name: 'form, the invoice attached',
    screen: 'invoice-form',
    html: (m, s) => pages(s).formPage(invoice(m), deposit(m, 'attached')),
    finds: ['form.attachmentListed', 'form.send'],
    shows: { after: 17, step: 22, target: 'form.send' },
  },
  {
    name: 'attachment window',
    screen: 'attachment-dialog',
    html: (m, s) => pages(s).formPage(invoice(m), deposit(m, 'attachment')),
    are: { 'attach.file': 'input[type="file"]' },
    finds: (s) =>
      s.attachOneStep
        ? ['attach.file', 'attach.designation', 'attach.type', 'attach.add', 'attach.close']
        : ['attach.file', 'attach.upload', 'attach.close'],
    // Nothing added yet; in a window without an upload button, « Ajouter la pièce jointe » is not one.
    lacks: (s) => ['attach.listed', ...(s.attachOneStep ? (['attach.upload'] as const) : [])],
    // The fields filled on opening, the file is still to choose.
    shows: { after: 18, step: 19, target: 'attach.file', fill: fillAttachmentFields },
  },
  {
    name: 'attachment window, the invoice added',
    screen: 'attachment-dialog',
    html: (m, s) => pages(s).formPage(invoice(m), deposit(m, 'added')),
    finds: ['attach.listed', 'attach.close'],
    // Once the window lists it, the last thing is to close the window.
    shows: { after: 18, step: 21, target: 'attach.close' },
  },
  {
    name: 'attachment window, file uploaded',
    screen: 'attachment-dialog',
    html: (m, s) => pages(s).formPage(invoice(m), deposit(m, 'qualify')),
    finds: ['attach.designation', 'attach.type', 'attach.add'],
  },
  {
    // Both markups end on the same page (handler.ts).
    name: 'sent',
    screen: 'sent',
    html: (m) => {
      const d = deposit(m, 'attached');
      d.numero = 'FT-2026-0142-EA';
      return classic.sentPage(d);
    },
    finds: [],
  },
];

/** The sections the seed folded (variants.ts: `criteria`, `foldAttachments`), each with what opens it. */
function foldedSections(doc: Document): [Element, string][] {
  const out: [Element, string][] = [];
  for (const toggle of Array.from(doc.querySelectorAll('[data-qa$="-toggle"]'))) {
    const qa = toggle.getAttribute('data-qa') ?? '';
    const details = toggle.parentElement;
    if (details instanceof HTMLDetailsElement) {
      if (!details.open) out.push([details, qa]);
      continue;
    }
    // Bootstrap 3 markup without aria-expanded says it is folded by its `collapsed` class.
    const expanded = toggle.getAttribute('aria-expanded');
    if (expanded === 'true' || (expanded === null && !toggle.classList.contains('collapsed'))) continue;
    const section = doc.querySelector(toggle.getAttribute('data-target') ?? toggle.getAttribute('href') ?? '');
    if (section) out.push([section, qa]);
  }
  return out;
}

/** The refusal window opened as the replica's script opens it for the seed (client.ts). */
function openRefusal(doc: Document, spec: VariantSpec): void {
  const modal = doc.querySelector<HTMLElement>('[data-qa="refuse-dialog"]');
  if (!modal) return;
  modal.classList.add('in');
  modal.style.display = 'block';
  if (!spec.modalAriaStale) modal.setAttribute('aria-hidden', 'false');
  if (!spec.modalsAtBodyEnd) return;
  doc.body.append(modal);
  if (spec.modalHidesPage === 'none') return;
  for (const el of Array.from(doc.body.children))
    if (el !== modal && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE')
      el.setAttribute(spec.modalHidesPage, spec.modalHidesPage === 'inert' ? '' : 'true');
}

function load(html: string): Document {
  const inner = html.replace(/^<!doctype html>\s*/i, '').replace(/^<html[^>]*>|<\/html>\s*$/g, '');
  // The page's web components (webComponents), defined as its own script does in a browser.
  defineWebComponents(window as unknown as Window);
  document.documentElement.innerHTML = inner;
  forgetShadowPages(document);
  return document;
}

describe.each(CASES)('$name, on generated markups', (c) => {
  test.each(SEEDS)('seed %i', (seed) => {
    // Late rendering needs the page's script, which only a browser runs (the e2e walks do).
    const spec = { ...variantFor(seed), lateMs: 0 };
    const doc = load(transformPage(c.html(model(spec), spec), spec));
    c.open?.(doc, spec);
    const where = describeVariant(spec);
    expect(detectScreen(doc), where).toBe(c.screen);
    const folded = foldedSections(doc);
    const finds = (typeof c.finds === 'function' ? c.finds(spec) : c.finds).filter((f) => !c.unless?.[f]?.(spec));
    for (const id of finds) {
      const found = locate(doc, id);
      expect(found, `${id} — ${where}`).not.toBeNull();
      // What a folded section holds is found, and shown through what opens it; nothing else is.
      const opener = folded.find(([section]) => found && section.contains(found.element))?.[1] ?? null;
      expect(found?.behind?.getAttribute('data-qa') ?? null, `${id} behind — ${where}`).toBe(opener);
    }
    // What each locator found is of the right kind (for those this markup has).
    for (const [id, selector] of Object.entries(c.are ?? {}).filter(([id]) => finds.includes(id as LocatorId))) {
      expect(locate(doc, id as LocatorId)?.element.matches(selector), `${id} is ${selector} — ${where}`).toBe(true);
    }
    for (const [outer, inner] of c.holds ?? []) {
      const held = locate(doc, inner)?.element;
      expect(held && locate(doc, outer)?.element.contains(held), `${outer} holds ${inner} — ${where}`).toBe(true);
    }
    if (c.done) {
      const finder = new Finder(doc);
      const shown = stepsDoneOnPage(new DomFacts(c.screen, finder, new Set()));
      expect(shown, where).toEqual(expect.arrayContaining(c.done));
    }
    for (const id of c.lacks?.(spec) ?? []) expect(locate(doc, id), `no ${id} — ${where}`).toBeNull();
    if (c.shows) {
      c.shows.fill?.(doc);
      const facts = new DomFacts(c.screen, new Finder(doc), new Set());
      const before = Array.from({ length: c.shows.after }, (_, i) => i + 1);
      const step = currentStep(c.screen, [...before, ...stepsDoneOnPage(facts)]);
      const target = step ? activeTarget(step, facts) : null;
      const want = typeof c.shows.target === 'function' ? c.shows.target(spec) : c.shows.target;
      expect(`${step?.n} ${target?.locator}`, where).toBe(`${c.shows.step} ${want}`);
    }
  });
});

describe('the generator', () => {
  test('is the same for a seed on every run, and seeds differ', () => {
    expect(variantFor(7)).toEqual(variantFor(7));
    const kinds = new Set(SEEDS.map((s) => JSON.stringify({ ...variantFor(s), seed: 0 })));
    expect(kinds.size).toBeGreaterThan(50);
  });

  test('every transformation is drawn by some seed of the CI set', () => {
    const specs = Array.from({ length: 24 }, (_, i) => variantFor(i + 1));
    for (const ids of ['keep', 'gfr', 'framework', 'none'])
      expect(
        specs.some((s) => s.ids === ids),
        ids,
      ).toBe(true);
    for (const l of ['for', 'wrap', 'aria', 'cell'])
      expect(
        specs.some((s) => s.labelling === l),
        l,
      ).toBe(true);
    for (const key of [
      'reword',
      'pageDefaults',
      'resultsHeading',
      'bareDialogs',
      'hideUntilPdf',
      'extraQuestion',
      'actionsRight',
    ] as const) {
      expect(
        specs.some((s) => s[key]),
        key,
      ).toBe(true);
    }
    expect(specs.some((s) => s.lateMs > 0)).toBe(true);
    for (const base of ['classic', 'alt'])
      for (const criteria of ['foldedWithResults', 'folded'])
        expect(
          specs.some((s) => s.base === base && s.criteria === criteria),
          `${base} ${criteria}`,
        ).toBe(true);
    for (const base of ['classic', 'alt'])
      expect(
        specs.some((s) => s.base === base && s.foldAttachments),
        `${base} foldAttachments`,
      ).toBe(true);
    for (const aria of [true, false])
      expect(
        specs.some((s) => s.base === 'classic' && s.foldAria === aria && (s.criteria !== 'open' || s.foldAttachments)),
        `classic folds, aria-expanded ${aria}`,
      ).toBe(true);
    expect(specs.some((s) => s.base === 'classic' && s.roleButtons && !s.roleAria)).toBe(true);
    expect(specs.some((s) => s.base === 'classic' && s.roleAria)).toBe(true);
    expect(specs.some((s) => s.base === 'classic' && s.roleCells && !s.roleAria && !s.roleButtons)).toBe(true);
    for (const base of ['classic', 'alt'])
      expect(
        specs.some((s) => s.base === base && s.certificateListed),
        `${base} certificateListed`,
      ).toBe(true);
    for (const base of ['classic', 'alt'])
      for (const key of ['downloadWording', 'fileNameField', 'importedAsRow', 'numberInIdentification'] as const)
        expect(
          specs.some((s) => s.base === base && s[key]),
          `${base} ${key}`,
        ).toBe(true);
    // A third independent markup (an Angular Material application): each class on both markups.
    for (const base of ['classic', 'alt'])
      for (const key of [
        'accordionBlocks',
        'resultsUntitled',
        'sentInCard',
        'homeDomains',
        'cadreCombobox',
        'typeCombobox',
        'formatCombobox',
      ] as const)
        expect(
          specs.some((s) => s.base === base && s[key]),
          `${base} ${key}`,
        ).toBe(true);
    expect(specs.some((s) => s.otherRows >= 100)).toBe(true);
    // A sixth independent markup (Vue 3 + Vuetify 3): each class on both markups.
    for (const base of ['classic', 'alt'])
      for (const key of ['homeCards', 'plainBlocks', 'attachListAria', 'fileField'] as const)
        expect(
          specs.some((s) => s.base === base && s[key]),
          `${base} ${key}`,
        ).toBe(true);
    // A seventh independent markup (a legacy application in frames): radios named by bare text (the classic markup's radios).
    expect(specs.some((s) => s.base === 'classic' && s.roleBareText && !s.roleAria && !s.roleButtons)).toBe(true);
    for (const base of ['classic', 'alt']) {
      expect(specs.some((s) => s.base === base && s.sentHighlight)).toBe(true);
      expect(specs.some((s) => s.base === base && s.cadreChosen && !s.cadreCombobox)).toBe(true);
      expect(specs.some((s) => s.base === base && s.certificateLegacy)).toBe(true);
      // The fourth markup re-run: choices rendered again by the page's AJAX.
      expect(specs.some((s) => s.base === base && s.rerenderChoices)).toBe(true);
    }
    // The tenth markup: windows at the end of <body>, the page behind them hidden (the refusal window is the classic markup's).
    for (const hides of ['aria-hidden', 'inert'])
      expect(
        specs.some((s) => s.base === 'classic' && s.modalsAtBodyEnd && s.modalHidesPage === hides),
        `classic modalsAtBodyEnd ${hides}`,
      ).toBe(true);
    expect(specs.some((s) => s.base === 'alt' && s.modalsAtBodyEnd && s.modalHidesPage !== 'none')).toBe(true);
    // MUI X's sectioned date field, on both markups.
    for (const base of ['classic', 'alt']) expect(specs.some((s) => s.base === base && s.dateSections)).toBe(true);
    // The results as MUI's DataGrid draws them, on both markups.
    for (const base of ['classic', 'alt']) expect(specs.some((s) => s.base === base && s.resultsGrid)).toBe(true);
    // The eighth markup: Bootstrap's modals that say aria-hidden="true" while open (the classic markup's).
    expect(specs.some((s) => s.base === 'classic' && s.modalAriaStale)).toBe(true);
    expect(specs.some((s) => s.homeTileLinks)).toBe(true);
    for (const base of ['classic', 'alt'])
      expect(
        specs.some(
          (s) => s.base === base && s.drawn.style === 'vuetify' && (s.cadreCombobox || s.typeCombobox || s.formatCombobox),
        ),
        `${base} vuetify`,
      ).toBe(true);
    // The tenth markup: MUI's Select (a zero-width space while empty, its menu hiding the rest of <body>).
    for (const base of ['classic', 'alt'])
      expect(
        specs.some((s) => s.base === base && s.drawn.style === 'mui' && (s.cadreCombobox || s.typeCombobox)),
        `${base} mui`,
      ).toBe(true);
    // The form in steps (not with accordions, which it would hold): each style, each markup.
    const stepped = specs.filter((s) => s.formSteps !== 'none' && !s.accordionBlocks);
    for (const style of ['vuetify', 'material', 'prime'])
      expect(
        stepped.some((s) => s.formSteps === style),
        style,
      ).toBe(true);
    for (const base of ['classic', 'alt'])
      expect(
        stepped.some((s) => s.base === base),
        `${base} formSteps`,
      ).toBe(true);
    // The browser scenario of a drawn cadre: PrimeFaces' with « — », Material's, Vuetify's and MUI's without.
    expect(
      DRAWN_CADRE_SEEDS.map((seed) => [
        variantFor(seed).cadreCombobox,
        variantFor(seed).drawn.emptyOption,
        variantFor(seed).drawn.style,
      ]),
    ).toEqual([
      [true, true, 'prime'],
      [true, false, 'material'],
      [true, false, 'vuetify'],
      [true, false, 'mui'],
    ]);
    // Steps 18–21: empty lines and one-step windows, on both markups, alone and together.
    for (const base of ['classic', 'alt'])
      for (const [empty, oneStep] of [
        [true, false],
        [false, true],
        [true, true],
      ])
        expect(
          specs.some((s) => s.base === base && s.attachEmptyLine === empty && s.attachOneStep === oneStep),
          `${base} attachEmptyLine ${empty} attachOneStep ${oneStep}`,
        ).toBe(true);
    expect(specs.some((s) => s.structureAfterRoleMs > 0 && s.base === 'classic')).toBe(true);
    expect(specs.some((s) => s.structureAfterRoleMs > 0 && s.base === 'alt')).toBe(true);
    expect(new Set(specs.map((s) => s.base))).toEqual(new Set(['classic', 'alt']));
  });

  test('renamed ids keep every label, window opener and select2 box tied to its element', () => {
    const spec: VariantSpec = { ...variantFor(1), ids: 'framework', reword: false, labelling: 'for', lateMs: 0, base: 'classic' };
    const m = model(spec);
    const doc = load(transformPage(classic.searchPage(m, null, 1, []), spec));
    expect(doc.querySelector('[id^="GFT_"]')).toBeNull();
    for (const label of doc.querySelectorAll('label[for]')) {
      expect(doc.getElementById(label.getAttribute('for') ?? ''), label.outerHTML).not.toBeNull();
    }
    const select = doc.querySelector('select.select2-hidden-accessible') as HTMLSelectElement;
    expect(doc.getElementById(`select2-${select.id}-container`)).not.toBeNull();
  });

  test('page defaults pre-select « Fournisseur » and XML', () => {
    const spec: VariantSpec = { ...variantFor(1), pageDefaults: true, lateMs: 0, base: 'classic' };
    const doc = load(transformPage(classic.searchPage(model(spec), null, 1, []), spec));
    expect(doc.querySelector<HTMLInputElement>('input[value="FOURNISSEUR"]')?.checked).toBe(true);
    openDownload(doc);
    expect(doc.querySelector<HTMLInputElement>('input[name="format"][value="PIVOT"]')?.checked).toBe(true);
  });

  test('late rendering leaves nothing in the page until the script runs', () => {
    const spec: VariantSpec = { ...variantFor(1), lateMs: 500, base: 'classic' };
    const html = transformPage(classic.searchPage(model(spec), null, 1, []), spec);
    const doc = load(html);
    expect(doc.querySelector('main input')).toBeNull();
    expect(html).toContain('setTimeout(function () {');
  });
});
