import { describe, expect, test, vi } from 'vitest';
import { drawnValue, locate } from '../../src/chorus/locate.js';
import { attachmentDesignation, attachmentType } from '../../src/content/features/attachment.js';
import { cadre } from '../../src/content/features/cadre.js';
import { ENABLE_WAIT_MS } from '../../src/content/features/choose.js';
import { exportNoAttachments } from '../../src/content/features/exportNoAttachments.js';
import { exportPdf } from '../../src/content/features/exportPdf.js';
import { roleMoe } from '../../src/content/features/roleMoe.js';
import { structure } from '../../src/content/features/structure.js';
import { defaultState } from '../../src/core/state.js';
import { t } from '../../src/i18n.js';
import { drawn, primeDrawn } from '../chorus/drawnFixture.js';
import { CADRE_VARIANTS, page, ROLE_VARIANTS, STRUCTURE_VARIANTS } from '../chorus/fixtures.js';
import { featureRunner } from './harness.js';

function events(el: Element) {
  const seen: string[] = [];
  for (const type of ['input', 'change']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

describe('role « Maîtrise d’œuvre » (step 4)', () => {
  const NATIVE = Object.entries(ROLE_VARIANTS).filter(([name]) => !name.startsWith('ARIA'));
  test.each(NATIVE)('%s: chosen, announced, undoable', (_name, html) => {
    const doc = page(html);
    const form = doc.body;
    const seen: string[] = [];
    form.addEventListener('change', () => seen.push('change'));
    const r = featureRunner(roleMoe, doc, 'works-search');
    r.run();
    const moe = Array.from(doc.querySelectorAll<HTMLInputElement | HTMLOptionElement>('input, option')).find((e) =>
      ['M', 'MOE', '2'].includes(e.value),
    );
    const chosen = moe instanceof HTMLOptionElement ? moe.selected : moe?.checked;
    expect(chosen).toBe(true);
    expect(seen).toContain('change');
    expect(r.notices.map((n) => n.id)).toEqual(['role-moe']);
    r.notices[0]?.undo?.();
    const after = moe instanceof HTMLOptionElement ? moe.selected : moe?.checked;
    expect(after).toBe(false);
    expect(r.notices[0]?.undone).toBe(true);
    // Once undone, never again on this page.
    r.run();
    expect(moe instanceof HTMLOptionElement ? moe.selected : moe?.checked).toBe(false);
  });

  test('ARIA radio buttons: chosen by a click the page handles, announced, undone to the page’s default', () => {
    const doc = page(`<form>${ROLE_VARIANTS['ARIA radio buttons with a hidden input the page keeps']}</form>`);
    const hidden = doc.querySelector('input[type="hidden"]') as HTMLInputElement;
    const radios = Array.from(doc.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
    const seen: string[] = [];
    hidden.addEventListener('change', () => seen.push(hidden.value));
    for (const radio of radios) {
      radio.addEventListener('click', () => {
        for (const other of radios) other.setAttribute('aria-checked', String(other === radio));
        hidden.value = radio.dataset.value ?? '';
        hidden.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    // The page's default: « Fournisseur ».
    radios[0]?.setAttribute('aria-checked', 'true');
    hidden.value = 'FOURNISSEUR';
    const r = featureRunner(roleMoe, doc, 'works-search');
    r.run();
    expect(radios[1]?.getAttribute('aria-checked')).toBe('true');
    expect(seen).toEqual(['MOE']);
    expect(r.notices.map((n) => n.id)).toEqual(['role-moe']);
    r.notices[0]?.undo?.();
    expect(hidden.value).toBe('FOURNISSEUR');
    expect(r.notices[0]?.undone).toBe(true);
  });

  test('nothing chosen before, on radios the page keeps itself: undo says it cannot go back to none, not that it did', () => {
    // ARIA radios: a click chooses one; no click un-chooses it.
    const aria = page(`<form>${ROLE_VARIANTS['ARIA radio buttons with a hidden input the page keeps']}</form>`);
    const radios = Array.from(aria.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
    for (const radio of radios)
      radio.addEventListener('click', () => {
        for (const other of radios) other.setAttribute('aria-checked', String(other === radio));
      });
    const a = featureRunner(roleMoe, aria, 'works-search');
    a.run();
    a.notices[0]?.undo?.();
    expect([a.notices[0]?.text, a.notices[0]?.undone, radios[1]?.getAttribute('aria-checked')]).toEqual([
      t('autoUndoNone'),
      true,
      'true',
    ]);
    // Native radios whose page script checks the chosen one again (a framework's model).
    const native = page(ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string);
    const r = featureRunner(roleMoe, native, 'works-search');
    r.run();
    const moe = Array.from(native.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find((e) => e.checked);
    moe?.addEventListener('change', () => {
      moe.checked = true;
    });
    r.notices[0]?.undo?.();
    expect([r.notices[0]?.text, moe?.checked]).toEqual([t('autoUndoNone'), true]);
  });

  test('a radio the page renders chosen again after the undo (its server kept the choice): the notice corrects itself', async () => {
    const doc = page(ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string);
    const r = featureRunner(roleMoe, doc, 'works-search');
    r.run();
    const moe = Array.from(doc.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (e) => e.checked,
    ) as HTMLInputElement;
    // The page's AJAX answer renders the group again from its server's state, the role still MOE.
    moe.addEventListener('change', () => {
      setTimeout(() => {
        const again = moe.cloneNode(true) as HTMLInputElement;
        again.checked = true;
        moe.replaceWith(again);
      }, 50);
    });
    r.notices[0]?.undo?.();
    expect(r.notices[0]?.text).toBe(t('autoUndone'));
    await vi.waitFor(() => expect(r.notices[0]?.text).toBe(t('autoUndoNone')), { timeout: 3000 });
  });

  test('the group rendered again by the page’s AJAX once chosen (PrimeFaces): the notice and its undo follow the new one', () => {
    const doc = page(`<form>${ROLE_VARIANTS['radios wrapped in spans, label[for]']}</form>`);
    const supplier = doc.getElementById('r1') as HTMLInputElement;
    supplier.checked = true;
    const r = featureRunner(roleMoe, doc, 'works-search');
    r.run();
    // The answer renders the whole group again from the server's state: the role now MOE.
    const fieldset = doc.querySelector('fieldset') as HTMLFieldSetElement;
    const answer = fieldset.outerHTML;
    fieldset.outerHTML = answer;
    const radio = (id: string) => doc.getElementById(id) as HTMLInputElement;
    radio('r1').checked = false;
    radio('r2').checked = true;
    const notice = r.notices[0];
    // The radio is hidden: its label stands for it.
    expect(notice?.anchor).toBe(doc.querySelector('label[for="r2"]'));
    expect(notice?.anchor?.isConnected).toBe(true);
    expect(notice?.undoable?.()).toBe(true);
    notice?.undo?.();
    expect([radio('r1').checked, radio('r2').checked, r.notices[0]?.text]).toEqual([true, false, t('autoUndone')]);
    // Undone, the group is rendered again by the next answer: « Choix annulé » stays beside it.
    const undone = doc.querySelector('fieldset') as HTMLFieldSetElement;
    const next = undone.outerHTML;
    undone.outerHTML = next;
    expect(r.notices[0]?.anchor?.isConnected).toBe(true);
    expect(r.notices[0]?.anchor?.closest('fieldset')).toBe(doc.querySelector('fieldset'));
    // The user chose after us, on the new group: undo no longer offered.
    const again = featureRunner(
      roleMoe,
      page(`<form>${ROLE_VARIANTS['radios wrapped in spans, label[for]']}</form>`),
      'works-search',
    );
    again.run();
    const group = again.notices[0]?.anchor?.closest('form') as HTMLFormElement;
    const rendered = group.innerHTML;
    group.innerHTML = rendered;
    (group.querySelector('#r3') as HTMLInputElement).checked = true;
    expect(again.notices[0]?.undoable?.()).toBe(false);
  });

  test('a role the user already chose is left alone', () => {
    const doc = page(ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string);
    const supplier = doc.getElementById('r1') as HTMLInputElement;
    supplier.checked = true;
    const r = featureRunner(roleMoe, doc, 'works-search');
    r.userTouched(supplier);
    r.run();
    expect(supplier.checked).toBe(true);
    expect(r.notices).toEqual([]);
  });

  test('a role the page pre-selected is a default, not a choice: « Maîtrise d’œuvre » is chosen', () => {
    const doc = page(ROLE_VARIANTS['radios wrapped in spans, label[for]'] as string);
    (doc.getElementById('r1') as HTMLInputElement).checked = true;
    const r = featureRunner(roleMoe, doc, 'works-search');
    r.run();
    expect((doc.getElementById('r2') as HTMLInputElement).checked).toBe(true);
    expect(r.notices.map((n) => n.id)).toEqual(['role-moe']);
  });

  test('a format select that defaults to XML gets PDF', () => {
    const doc =
      page(`<div role="dialog" aria-label="Export"><label>Format <select name="fmt"><option value="PIVOT" selected>XML (Pivot)</option><option value="PDF">PDF</option></select></label>
      <fieldset><legend>Pièces jointes complémentaires</legend><label><input type="radio" name="a" value="O">Oui</label><label><input type="radio" name="a" value="N">Non</label></fieldset><button>Valider</button></div>`);
    const r = featureRunner(exportPdf, doc, 'download-dialog');
    r.run();
    expect((doc.querySelector('select') as HTMLSelectElement).value).toBe('PDF');
  });

  test('no role on the page: nothing happens, nothing thrown', () => {
    const r = featureRunner(roleMoe, page('<p>Autre chose</p>'), 'works-search');
    expect(() => r.run()).not.toThrow();
    expect(r.notices).toEqual([]);
  });
});

describe('structure (step 4)', () => {
  test('the only structure is chosen; a select2 list says its box may lag', () => {
    const doc = page(STRUCTURE_VARIANTS.select2?.replace('<option value="2">BET</option>', '') as string);
    const r = featureRunner(structure, doc, 'works-search');
    r.run();
    expect((doc.querySelector('select') as HTMLSelectElement).value).toBe('1');
    expect(r.notices[0]).toMatchObject({ id: 'structure' });
    expect(r.notices[0]?.text).toContain('ATELIER');
    expect(r.notices[0]?.detail).toBeTruthy();
  });

  test('a list the page reloads wipes the choice: chosen again, but not past three times', () => {
    const doc = page(STRUCTURE_VARIANTS['plain select with a wrapping label'] as string);
    const select = doc.querySelector('select') as HTMLSelectElement;
    const r = featureRunner(structure, doc, 'works-search');
    const chosen: string[] = [];
    for (let round = 0; round < 4; round++) {
      r.run();
      chosen.push(select.value);
      select.value = '';
    }
    expect(chosen).toEqual(['1', '1', '1', '']);
  });

  test('several structures: the user decides', () => {
    const doc = page(STRUCTURE_VARIANTS.select2 as string);
    const r = featureRunner(structure, doc, 'works-search');
    r.run();
    expect((doc.querySelector('select') as HTMLSelectElement).value).toBe('');
    expect(r.notices).toEqual([]);
  });
});

const DIALOG = (pjDisabled: boolean) => `<div role="dialog" aria-label="Télécharger la facture">
  <fieldset><legend>Format</legend>
    <span><input type="radio" id="f1" name="format" value="PDF"></span><label for="f1">PDF</label>
    <span><input type="radio" id="f2" name="format" value="PIVOT"></span><label for="f2">XML</label></fieldset>
  <fieldset><legend>Pièces jointes complémentaires</legend>
    <span><input type="radio" id="p1" name="avecPiecesJointesComplementaires" value="Oui"${pjDisabled ? ' disabled' : ''}></span><label for="p1">Oui</label>
    <span><input type="radio" id="p2" name="avecPiecesJointesComplementaires" value="Non"${pjDisabled ? ' disabled' : ''}></span><label for="p2">Non</label></fieldset>
  <button>Télécharger</button></div>`;

describe('download dialog (step 7)', () => {
  test('PDF, then « Non » once the portal enables it', () => {
    const doc = page(DIALOG(true));
    const no = doc.getElementById('p2') as HTMLInputElement;
    const pdf = featureRunner(exportPdf, doc, 'download-dialog');
    const none = featureRunner(exportNoAttachments, doc, 'download-dialog');
    pdf.run();
    none.run();
    expect((doc.getElementById('f1') as HTMLInputElement).checked).toBe(true);
    expect(no.checked).toBe(false);
    expect(none.rechecks).toBe(1);
    // The portal enables the choice a moment after PDF is chosen.
    for (const r of doc.querySelectorAll<HTMLInputElement>('[name=avecPiecesJointesComplementaires]')) r.disabled = false;
    none.advance(300);
    none.run();
    expect(no.checked).toBe(true);
    expect(none.notices.map((n) => n.id)).toEqual(['export-no-attachments']);
  });

  test('a choice that never enables: nothing chosen, the card says so', () => {
    const doc = page(DIALOG(true));
    const none = featureRunner(exportNoAttachments, doc, 'download-dialog');
    none.run();
    none.advance(ENABLE_WAIT_MS + 1);
    none.run();
    expect((doc.getElementById('p2') as HTMLInputElement).checked).toBe(false);
    expect(none.notes[0]?.text).toContain('désactivé');
  });

  test('the single checkbox form is unchecked', () => {
    const doc =
      page(`<div role="dialog" aria-label="Télécharger la facture"><select name="format"><option value="PDF" selected>PDF</option></select>
      <label><input type="checkbox" name="pj" checked> Inclure les pièces jointes complémentaires</label></div>`);
    const none = featureRunner(exportNoAttachments, doc, 'download-dialog');
    none.run();
    expect((doc.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(false);
    none.notices[0]?.undo?.();
    expect((doc.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(true);
  });

  test('a toggle in a group about the attachments (DSFR): unticked, never taken for the answer « Non »', () => {
    const doc =
      page(`<dialog open class="fr-modal" aria-labelledby="t"><h1 id="t" class="fr-modal__title">Télécharger la facture</h1>
      <fieldset class="fr-fieldset"><legend>Format du fichier</legend>
        <div class="fr-radio-group"><input type="radio" id="f0" name="format" value="PDF" checked><label for="f0">PDF</label></div></fieldset>
      <div class="fr-toggle"><input type="checkbox" class="fr-toggle__input" id="pj" name="avecPiecesJointesComplementaires" checked>
        <label class="fr-toggle__label" for="pj" data-fr-checked-label="Oui" data-fr-unchecked-label="Non">Pièces jointes complémentaires</label>
        <p class="fr-hint-text">Inclure les pièces jointes complémentaires déposées par le fournisseur</p></div>
      <button type="button">Télécharger</button></dialog>`);
    expect(locate(doc, 'download.attachmentsNo')).toBeNull();
    const none = featureRunner(exportNoAttachments, doc, 'download-dialog');
    none.run();
    expect((doc.getElementById('pj') as HTMLInputElement).checked).toBe(false);
    expect(none.notices.map((n) => n.id)).toEqual(['export-no-attachments']);
  });

  test('the dialog is not there yet: nothing, then the choice once it appears', () => {
    const doc = page('<table><caption>Résultats de la recherche</caption></table>');
    const pdf = featureRunner(exportPdf, doc, 'download-dialog');
    pdf.run();
    expect(pdf.notices).toEqual([]);
    doc.body.insertAdjacentHTML('beforeend', DIALOG(false));
    pdf.run();
    expect((doc.getElementById('f1') as HTMLInputElement).checked).toBe(true);
  });
});

describe('two Oui/Non questions in the download window (step 7)', () => {
  const TWO = (legend: string) => `<div role="dialog" aria-label="Télécharger la facture">
    <label><input type="radio" name="format" value="PDF" checked> PDF</label>
    <fieldset><legend>Recevoir une copie par courriel</legend>
      <label><input type="radio" id="c1" name="copie" value="O"> Oui</label><label><input type="radio" id="c2" name="copie" value="N"> Non</label></fieldset>
    <fieldset><legend>${legend}</legend>
      <label><input type="radio" id="p1" name="opt2" value="O"> Oui</label><label><input type="radio" id="p2" name="opt2" value="N"> Non</label></fieldset>
    <button>Télécharger</button></div>`;

  test('« Non » goes to the question about the supplementary attachments, not the first one', () => {
    const doc = page(TWO('Avec les pièces jointes complémentaires ?'));
    const r = featureRunner(exportNoAttachments, doc, 'download-dialog');
    r.run();
    expect((doc.getElementById('p2') as HTMLInputElement).checked).toBe(true);
    expect((doc.getElementById('c2') as HTMLInputElement).checked).toBe(false);
    expect(r.notices.map((n) => n.id)).toEqual(['export-no-attachments']);
  });

  test('the only question shown is another one (the attachments one not rendered yet): nothing is ticked', () => {
    const doc = page(TWO('Pièces jointes complémentaires'));
    (doc.getElementById('p2')?.closest('fieldset') as HTMLElement).hidden = true;
    const r = featureRunner(exportNoAttachments, doc, 'download-dialog');
    r.run();
    expect((doc.getElementById('c2') as HTMLInputElement).checked).toBe(false);
    expect(r.notices).toEqual([]);
    (doc.getElementById('p2')?.closest('fieldset') as HTMLElement).hidden = false;
    r.run();
    expect((doc.getElementById('p2') as HTMLInputElement).checked).toBe(true);
  });

  test('neither question names the attachments: nothing is ticked, nothing is claimed', () => {
    const doc = page(TWO('Recevoir un accusé de réception'));
    const r = featureRunner(exportNoAttachments, doc, 'download-dialog');
    r.run();
    expect(Array.from(doc.querySelectorAll<HTMLInputElement>('input[value="N"]')).some((i) => i.checked)).toBe(false);
    expect(r.notices).toEqual([]);
  });
});

describe('cadre (step 13)', () => {
  test.each(Object.entries(CADRE_VARIANTS))('%s: A15 chosen on its code prefix', (_name, html) => {
    const doc = page(html);
    const select = doc.querySelector('select') as HTMLSelectElement;
    // Each variant's first option is its placeholder: make it the empty choice.
    const placeholder = select.options[0];
    if (placeholder) placeholder.value = '';
    select.selectedIndex = 0;
    const seen = events(select);
    const r = featureRunner(cadre, doc, 'certificate-upload');
    r.run();
    expect(select.options[select.selectedIndex]?.text).toMatch(/^A15/);
    expect(seen).toEqual(['input', 'change']);
    r.notices[0]?.undo?.();
    expect(select.value).toBe('');
  });

  test('the default cadre is a setting', () => {
    const doc = page(CADRE_VARIANTS['label[for], " : " separator, API values'] as string);
    const settings = { ...defaultState().settings, defaultCadre: 'A16' as const };
    featureRunner(cadre, doc, 'certificate-upload', settings).run();
    expect((doc.querySelector('select') as HTMLSelectElement).value).toBe('A16_ETAT_ACOMPTE_VALIDE_MOE');
  });

  test('no A15 option: nothing chosen, the card says so', () => {
    const doc = page(
      '<label for="c">Cadre de facturation</label><select id="c"><option value=""></option><option value="A1">A1 : Facture</option></select>',
    );
    const r = featureRunner(cadre, doc, 'certificate-upload');
    r.run();
    expect((doc.querySelector('select') as HTMLSelectElement).value).toBe('');
    expect(r.notes[0]?.text).toContain('A15');
  });

  test('a supplier cadre chosen by the user is kept, with a warning', () => {
    const doc = page(CADRE_VARIANTS['label[for], " : " separator, API values'] as string);
    const select = doc.querySelector('select') as HTMLSelectElement;
    select.value = 'A1_FACTURE_FOURNISSEUR';
    const r = featureRunner(cadre, doc, 'certificate-upload');
    r.userTouched(select);
    r.run();
    expect(select.value).toBe('A1_FACTURE_FOURNISSEUR');
    // A warning on the field (the contract's [role=alert][data-moe-field]), the usual cadre one click away.
    expect(r.alerts.map((a) => [a.field, a.anchor])).toEqual([[select.name || select.id, select]]);
    expect(r.alerts[0]?.message).toContain('A1');
    const seen = events(select);
    r.alerts[0]?.fixes[0]?.apply();
    expect(select.value).toBe('A15_ETAT_ACOMPTE_MOE');
    expect(seen).toEqual(['input', 'change']);
  });

  test('a select drawn by script (options only while open): a supplier cadre is warned, nothing chosen', () => {
    const drawn = (shown: string) =>
      page(`<label id="l" for="m">Cadre de facturation</label>
        <div role="combobox" id="m" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l v"><span id="v">${shown}</span></div>`);
    const a1 = featureRunner(cadre, drawn('A1 : Dépôt par un fournisseur d’une facture'), 'certificate-upload');
    a1.run();
    expect(a1.alerts.map((a) => [a.field, a.message.includes('A1'), a.fixes.length])).toEqual([['m', true, 0]]);
    expect(a1.notices).toEqual([]);
    for (const shown of [
      'A15 : Dépôt par une MOE d’un état d’acompte',
      '<span class="mat-select-placeholder">Sélectionner</span>',
    ]) {
      const r = featureRunner(cadre, drawn(shown), 'certificate-upload');
      r.run();
      expect([r.alerts, r.notices], shown).toEqual([[], []]);
    }
  });
});

describe('a select drawn by script (options only while open): chosen in the list it opens', () => {
  const CADRES = ['A1 : Dépôt par un fournisseur d’une facture', 'A15 : Dépôt par une MOE d’un état d’acompte'];

  test('the cadre A15: chosen after a moment, announced, once per page; undo empties it through the list’s dash', async () => {
    const d = drawn({ options: ['—', ...CADRES] });
    const r = featureRunner(cadre, d.doc, 'certificate-upload');
    r.run();
    // Not at once: the page renders its list first; meanwhile nothing is tried twice.
    r.run();
    expect(r.notices).toEqual([]);
    await vi.waitFor(() => expect(r.notices.map((n) => n.id)).toEqual(['cadre']));
    expect(drawnValue(d.select)).toBe(CADRES[1]);
    expect(d.values).toEqual([CADRES[1]]);
    expect(r.notices[0]?.text).toContain('A15');
    expect(r.notices[0]?.anchor).toBe(d.select);
    expect(r.notices[0]?.undoable?.()).toBe(true);
    r.notices[0]?.undo?.();
    await vi.waitFor(() => expect(r.notices[0]?.undone).toBe(true));
    expect(r.notices[0]?.text).toBe(t('autoUndone'));
    expect(drawnValue(d.select)).toBe('');
    // Undone: never chosen again on this page.
    r.run();
    await new Promise((done) => setTimeout(done, 100));
    expect(d.values).toEqual([CADRES[1], '—']);
  });

  test('undo on a list with no empty option: left open for the user, the notice says so', async () => {
    const d = drawn({ options: CADRES });
    const r = featureRunner(cadre, d.doc, 'certificate-upload');
    r.run();
    await vi.waitFor(() => expect(r.notices.map((n) => n.id)).toEqual(['cadre']));
    r.notices[0]?.undo?.();
    await vi.waitFor(() => expect(r.notices[0]?.undone).toBe(true));
    expect(r.notices[0]?.text).toBe(t('autoUndoDrawn'));
    expect(d.isOpen()).toBe(true);
  });

  test('the format « PDF » in the download window (never « PDF/A-3 »), the type « Document annexe » in the attachment window', async () => {
    const format = drawn({
      label: 'Format du fichier',
      options: ['PDF/A-3 (Factur-X)', 'PDF', 'PIVOT'],
      openOn: 'mousedown',
      around: (html) => `<div role="dialog" aria-label="Téléchargement de la facture">${html}</div>`,
    });
    const pdf = featureRunner(exportPdf, format.doc, 'download-dialog');
    pdf.run();
    await vi.waitFor(() => expect(pdf.notices.map((n) => n.id)).toEqual(['export-pdf']));
    expect(format.values).toEqual(['PDF']);

    const type = drawn({
      label: 'Type de pièce jointe',
      options: ['Bon de commande', 'Document annexe'],
      late: true,
      around: (html) => `<div role="dialog" aria-label="Ajouter des pièces jointes">${html}</div>`,
    });
    const annexe = featureRunner(attachmentType, type.doc, 'attachment-dialog');
    annexe.run();
    await vi.waitFor(() => expect(annexe.notices.map((n) => n.id)).toEqual(['attachment-type']));
    expect(type.values).toEqual(['Document annexe']);
  });

  test('a format the page showed by default (« PIVOT ») changed to « PDF », undone back to it; a cadre shown is kept', async () => {
    const format = drawn({
      label: 'Format',
      options: ['PDF', 'PIVOT'],
      around: (html) => `<div role="dialog" aria-label="Télécharger la facture">${html}</div>`,
    });
    (format.doc.getElementById('v') as HTMLElement).textContent = 'PIVOT';
    const r = featureRunner(exportPdf, format.doc, 'download-dialog');
    r.run();
    await vi.waitFor(() => expect(r.notices.map((n) => n.id)).toEqual(['export-pdf']));
    r.notices[0]?.undo?.();
    await vi.waitFor(() => expect(r.notices[0]?.text).toBe(t('autoUndone')));
    expect([drawnValue(format.select), format.values]).toEqual(['PIVOT', ['PDF', 'PIVOT']]);

    const shown = drawn({ options: CADRES });
    (shown.doc.getElementById('v') as HTMLElement).textContent = CADRES[0] ?? '';
    const c = featureRunner(cadre, shown.doc, 'certificate-upload');
    c.run();
    await new Promise((done) => setTimeout(done, 100));
    expect([shown.presses, c.notices, c.alerts.length]).toEqual([[], [], 1]);
  });

  test('PrimeFaces’ select rendered again by the page’s AJAX once chosen: the notice and its undo follow the new one', async () => {
    const p = primeDrawn({
      options: [
        ['A1', 'A1 : Dépôt par un fournisseur d’une facture'],
        ['A15', 'A15 : Dépôt par une MOE d’un état d’acompte'],
      ],
      rerender: true,
    });
    const first = p.widget();
    const r = featureRunner(cadre, p.doc, 'certificate-upload');
    r.run();
    await vi.waitFor(() => expect(r.notices.map((n) => n.id)).toEqual(['cadre']));
    await vi.waitFor(() => expect(p.widget()).not.toBe(first));
    expect([p.values, drawnValue(p.widget()), r.notices[0]?.anchor]).toEqual([
      ['A15'],
      'A15 : Dépôt par une MOE d’un état d’acompte',
      p.widget(),
    ]);
    expect(r.notices[0]?.undoable?.()).toBe(true);
    // No « Sélectionner » among its items: the list is left open on the new widget for the user.
    r.notices[0]?.undo?.();
    await vi.waitFor(() => expect(r.notices[0]?.undone).toBe(true));
    expect([r.notices[0]?.text, p.isOpen()]).toEqual([t('autoUndoDrawn'), true]);
  });

  test('the option missing: nothing chosen, the list closed, the card says so on every reading', async () => {
    const d = drawn({ options: ['A1 : Fournisseur', 'A22 : Projet de décompte'] });
    const r = featureRunner(cadre, d.doc, 'certificate-upload');
    r.run();
    // The list is given its time to close by itself before Escape closes it (drawn.ts close).
    await vi.waitFor(() => {
      r.run();
      expect(r.notes.map((n) => n.key)).toEqual(['cadre-missing']);
    });
    r.run();
    expect(r.notes.map((n) => n.key)).toEqual(['cadre-missing']);
    expect([d.values, d.isOpen(), r.notices]).toEqual([[], false, []]);
  });

  test('never while the user types in another field (the select would take the focus), nor once the user chose', async () => {
    const d = drawn({ options: CADRES });
    const other = d.doc.getElementById('other') as HTMLInputElement;
    other.focus();
    const r = featureRunner(cadre, d.doc, 'certificate-upload');
    r.run();
    await new Promise((done) => setTimeout(done, 100));
    expect([d.presses, r.rechecks > 0]).toEqual([[], true]);
    other.blur();
    // A focused radio is no typing (a window often focuses its first control).
    const focusedRadio = drawn({ options: CADRES, around: (html) => `${html}<input type="radio" id="radio">` });
    (focusedRadio.doc.getElementById('radio') as HTMLInputElement).focus();
    const f = featureRunner(cadre, focusedRadio.doc, 'certificate-upload');
    f.run();
    await vi.waitFor(() => expect(f.notices.map((n) => n.id)).toEqual(['cadre']));
    expect(focusedRadio.doc.activeElement?.id).toBe('radio');
    // The focus in the select's own read-only input (PrimeFaces', which a window focuses first).
    const own = primeDrawn({ options: [['A15', 'A15 : Dépôt par une MOE d’un état d’acompte']] });
    (own.doc.getElementById('f:s_focus') as HTMLInputElement).focus();
    const o = featureRunner(cadre, own.doc, 'certificate-upload');
    o.run();
    await vi.waitFor(() => expect(o.notices.map((n) => n.id)).toEqual(['cadre']));
    r.userTouched(d.select);
    r.run();
    await new Promise((done) => setTimeout(done, 100));
    expect([d.presses, r.notices]).toEqual([[], []]);
  });
});

describe('attachment (step 21)', () => {
  const DIALOG_21 = `<div role="dialog" aria-label="Ajouter des pièces jointes">
    <label for="d">Désignation</label><input id="d" name="pieceJointe.designation">
    <label for="t">Type de pièce jointe</label><select id="t" name="pieceJointe.typeCode"><option value="">-</option>
      <option value="BON_COMMANDE">Bon de commande</option><option value="DOCUMENT_ANNEXE">Document annexe</option></select></div>`;

  test('a designation the portal pre-filled with the file’s name is replaced by « Facture » (undoable); a name someone gave is kept', () => {
    const dialog = (value: string) =>
      page(`<div role="dialog" aria-label="Ajouter des pièces jointes"><div><span>Fichier</span><span>facture_bati_ouest_0213.pdf (84 Ko)</span></div>
        <label for="d">Désignation</label><input id="d" name="pieceJointe.designation" value="${value}"></div>`);
    for (const value of ['facture_bati_ouest_0213', 'facture_bati_ouest_0213.pdf', 'scan 12.PDF'.replace(' ', '_')]) {
      const doc = dialog(value);
      const r = featureRunner(attachmentDesignation, doc, 'attachment-dialog');
      r.run();
      const input = doc.getElementById('d') as HTMLInputElement;
      expect([input.value, r.notices.map((n) => n.id)], value).toEqual(['Facture', ['attachment-designation']]);
      r.notices[0]?.undo?.();
      expect(input.value).toBe(value);
    }
    for (const value of ['Facture travaux lot 2', 'facture_bati_ouest']) {
      const doc = dialog(value);
      const r = featureRunner(attachmentDesignation, doc, 'attachment-dialog');
      r.run();
      expect([(doc.getElementById('d') as HTMLInputElement).value, r.notices], value).toEqual([value, []]);
    }
  });

  test('a file’s name the page shows after the designation’s value (its texts filled in late) still makes that value a default', () => {
    const doc =
      page(`<div role="dialog" aria-label="Ajouter des pièces jointes"><p>Fichier téléversé : <strong id="n">…</strong></p>
      <label for="d">Désignation</label><input id="d" name="pieceJointe.designation" value="facture-FT-2026-0142"></div>`);
    const input = doc.getElementById('d') as HTMLInputElement;
    const r = featureRunner(attachmentDesignation, doc, 'attachment-dialog');
    r.run();
    expect([input.value, r.notices]).toEqual(['facture-FT-2026-0142', []]);
    (doc.getElementById('n') as Element).textContent = 'facture-FT-2026-0142.pdf';
    r.run();
    expect([input.value, r.notices.map((n) => n.id)]).toEqual(['Facture', ['attachment-designation']]);
    // The same value, once the user typed it, is theirs.
    const again = page(doc.body.innerHTML.replace('value="facture-FT-2026-0142"', 'value="x"'));
    const typed = again.getElementById('d') as HTMLInputElement;
    (again.getElementById('n') as Element).textContent = '…';
    const u = featureRunner(attachmentDesignation, again, 'attachment-dialog');
    u.run();
    typed.value = 'facture-FT-2026-0142';
    u.userTouched(typed);
    (again.getElementById('n') as Element).textContent = 'facture-FT-2026-0142.pdf';
    u.run();
    expect([typed.value, u.notices]).toEqual(['facture-FT-2026-0142', []]);
  });

  test('« Facture » and « Document annexe », each undoable', () => {
    const doc = page(DIALOG_21);
    const input = doc.getElementById('d') as HTMLInputElement;
    const seen = events(input);
    const d = featureRunner(attachmentDesignation, doc, 'attachment-dialog');
    const t = featureRunner(attachmentType, doc, 'attachment-dialog');
    d.run();
    t.run();
    expect(input.value).toBe('Facture');
    expect(seen).toEqual(['input', 'change']);
    expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('DOCUMENT_ANNEXE');
    d.notices[0]?.undo?.();
    t.notices[0]?.undo?.();
    expect(input.value).toBe('');
    expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('');
  });

  test('« Annuler » after the user changed the choice: nothing is undone, and the undo goes', () => {
    const doc = page(DIALOG_21);
    const input = doc.getElementById('d') as HTMLInputElement;
    const select = doc.getElementById('t') as HTMLSelectElement;
    const d = featureRunner(attachmentDesignation, doc, 'attachment-dialog');
    const t = featureRunner(attachmentType, doc, 'attachment-dialog');
    d.run();
    t.run();
    expect(d.notices[0]?.undoable?.()).toBe(true);
    input.value = 'Facture et situation n° 3';
    select.value = 'BON_COMMANDE';
    expect(d.notices[0]?.undoable?.()).toBe(false);
    expect(t.notices[0]?.undoable?.()).toBe(false);
    d.notices[0]?.undo?.();
    t.notices[0]?.undo?.();
    expect(input.value).toBe('Facture et situation n° 3');
    expect(select.value).toBe('BON_COMMANDE');
    // The notice stays, without its undo.
    expect(d.notices[0]).toMatchObject({ id: 'attachment-designation' });
    expect(d.notices[0]?.undo).toBeUndefined();
  });

  test('a designation the user typed is kept', () => {
    const doc = page(DIALOG_21);
    (doc.getElementById('d') as HTMLInputElement).value = 'Facture n° 12';
    featureRunner(attachmentDesignation, doc, 'attachment-dialog').run();
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('Facture n° 12');
  });

  test('no « Document annexe » type: nothing chosen, said in the card', () => {
    const doc = page(DIALOG_21.replace('<option value="DOCUMENT_ANNEXE">Document annexe</option>', ''));
    const t = featureRunner(attachmentType, doc, 'attachment-dialog');
    t.run();
    expect((doc.getElementById('t') as HTMLSelectElement).value).toBe('');
    expect(t.notes).toHaveLength(1);
  });
});

describe('isolation', () => {
  test('a feature that throws is caught by the engine, the others still run', async () => {
    const { Engine } = await import('../../src/content/engine.js');
    const { RUNS } = await import('../../src/content/features/registry.js');
    const spy = vi.spyOn(RUNS, 'role-moe').mockImplementation(() => {
      throw new Error('boom');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = page(`<h1>Factures de travaux</h1>${STRUCTURE_VARIANTS.select2?.replace('<option value="2">BET</option>', '')}
      ${ROLE_VARIANTS['a select']}<button>Rechercher</button>`);
    const views: unknown[] = [];
    const engine = new Engine(doc, defaultState(0), {
      render: (vm) => views.push(vm),
      persist: () => undefined,
      stepChanged: () => undefined,
      setScreen: () => undefined,
      isOwnEvent: () => false,
    });
    expect(() => engine.evaluate()).not.toThrow();
    expect((doc.querySelector('select[name="listeStructures.critere.idStructure"]') as HTMLSelectElement).value).toBe('1');
    expect(warn).toHaveBeenCalledTimes(1);
    engine.evaluate();
    expect(warn).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    warn.mockRestore();
    engine.stop();
  });
});
