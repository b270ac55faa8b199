import { beforeAll, describe, expect, test } from 'vitest';
import { defineWebComponents } from '../../e2e/portal/components.js';
import { readTotals } from '../../src/chorus/amounts.js';
import { choose, isChosen } from '../../src/chorus/controls.js';
import { accessibleName, controlLabels, dialogTitle, isAriaChoice } from '../../src/chorus/dom.js';
import { entryText, listedEntries } from '../../src/chorus/entries.js';
import { drawnValue, isDrawnSelect, isFilled, locate } from '../../src/chorus/locate.js';
import { detectScreen } from '../../src/chorus/screens.js';
import { faceOf, forgetShadowPages, shownText } from '../../src/chorus/shadow.js';
import { page } from './fixtures.js';

// A page of web components (UI5's, Shoelace's): the controls' real elements are in their open
// shadow roots, the page's tree holds only the custom elements and their words.
beforeAll(() => defineWebComponents(window as unknown as Window));

function componentsPage(body: string, url?: string): Document {
  const doc = page(body, url);
  forgetShadowPages(doc);
  return doc;
}

const SEARCH = `
  <wc-title level="1">Factures de travaux</wc-title>
  <form>
    <wc-label id="lr">Rôle</wc-label>
    <div role="radiogroup" aria-labelledby="lr">
      <wc-radio name="role" value="FOURNISSEUR" text="Fournisseur" checked></wc-radio>
      <wc-radio name="role" value="MOE" text="Maîtrise d'oeuvre"></wc-radio>
      <wc-radio name="role" value="MOA" text="Maîtrise d'ouvrage"></wc-radio>
    </div>
    <wc-label for="st">Structure</wc-label><wc-input id="st" name="idStructure"></wc-input>
    <wc-button id="go" type="submit">Rechercher</wc-button>
  </form>`;

describe('web components: a host stands for the element in its shadow', () => {
  test('the real elements are in the shadow, not in the page’s tree', () => {
    const doc = componentsPage(SEARCH);
    expect(doc.querySelector('input, button, [role="radio"]')).toBeNull();
    const radio = doc.querySelector('wc-radio[value="MOE"]') as Element;
    expect(faceOf(radio).getAttribute('role')).toBe('radio');
    expect(shownText(radio).trim()).toBe("Maîtrise d'oeuvre");
  });

  test('the search screen is read, its role found as a radio and chosen by a click on it', () => {
    const doc = componentsPage(SEARCH);
    expect(detectScreen(doc)).toBe('works-search');
    const moe = locate(doc, 'search.roleMoe')?.element as Element;
    expect(moe.getAttribute('value')).toBe('MOE');
    expect(isAriaChoice(moe)).toBe(true);
    expect(isChosen(moe)).toBe(false);
    expect(choose(moe)).not.toBeNull();
    // The component's own state holds it, as the page reads it.
    expect((moe as unknown as { checked: boolean }).checked).toBe(true);
    expect((doc.querySelector('wc-radio[value="FOURNISSEUR"]') as unknown as { checked: boolean }).checked).toBe(false);
  });

  test('a field is named by its label element, a button by its words', () => {
    const doc = componentsPage(SEARCH);
    expect(locate(doc, 'search.structure')?.element.id).toBe('st');
    expect(controlLabels(doc.getElementById('st') as Element).join(' ')).toContain('Structure');
    expect(locate(doc, 'search.submit')?.element.id).toBe('go');
    expect(accessibleName(doc.getElementById('go') as Element).trim()).toBe('Rechercher');
  });

  test('an icon button is named by its tooltip', () => {
    const doc = componentsPage('<wc-button id="dl" tooltip="Télécharger"></wc-button>');
    expect(accessibleName(doc.getElementById('dl') as Element)).toBe('Télécharger');
  });

  test('a window titled in its shadow is a window, and its title is read', () => {
    const doc = componentsPage(`
      <table><caption>Résultats de la recherche</caption><tr><td>PDM-1</td></tr></table>
      <wc-dialog id="w" open header-text="Télécharger la facture">
        <wc-label id="lf">Format</wc-label>
        <div role="radiogroup" aria-labelledby="lf">
          <wc-radio name="format" value="PDF" text="PDF"></wc-radio>
          <wc-radio name="format" value="XML" text="XML"></wc-radio>
        </div>
        <wc-button slot="footer">Télécharger</wc-button><wc-button slot="footer">Annuler</wc-button>
      </wc-dialog>`);
    expect(dialogTitle(doc.getElementById('w') as Element)).toBe('Télécharger la facture');
    expect(locate(doc, 'download.dialog')?.element.id).toBe('w');
  });

  test('amounts typed in components are read from their inputs', () => {
    const doc = componentsPage(
      `<wc-title>Montants</wc-title>
       <wc-label for="ht">Montant HT</wc-label><wc-input id="ht" value="1 000,00"></wc-input>
       <wc-label for="tva">Montant TVA</wc-label><wc-input id="tva" value="200,00"></wc-input>
       <wc-label for="ttc">Montant TTC</wc-label><wc-input id="ttc" value="1200.00"></wc-input>`,
    );
    // The TTC typed with a point: the total the send guard points at is that component.
    expect(readTotals(doc)).toEqual({ ok: false, wrong: doc.getElementById('ttc') });
    const ttc = doc.getElementById('ttc') as unknown as { value: string };
    ttc.value = '1 200,00';
    expect(readTotals(doc)).toEqual({ ok: true, wrong: null });
  });

  test('a select drawn in a shadow is a drawn select, read by what it shows', () => {
    const doc = componentsPage(`
      <wc-title>Choix du cadre de facturation</wc-title>
      <wc-label for="cadre">Cadre de facturation</wc-label>
      <wc-select id="cadre" name="cadreFacturation.code">
        <wc-option value="" selected>-- Sélectionnez un cadre --</wc-option>
        <wc-option value="A4">A4 : Dépôt par un fournisseur d'un projet de décompte mensuel</wc-option>
        <wc-option value="A15">A15 : Dépôt par une MOE d'un état d'acompte</wc-option>
      </wc-select>`);
    const cadre = locate(doc, 'upload.cadre')?.element as Element;
    expect(cadre.id).toBe('cadre');
    expect(isDrawnSelect(cadre)).toBe(true);
    expect(isFilled(cadre)).toBe(false);
    (doc.querySelector('wc-select') as unknown as { pick(o: Element): void }).pick(
      doc.querySelector('wc-option[value="A15"]') as Element,
    );
    expect(drawnValue(cadre)).toBe("A15 : Dépôt par une MOE d'un état d'acompte");
    expect(isFilled(cadre)).toBe(true);
  });

  test('a list of web components’ items is read with the words in their shadow', () => {
    const doc = componentsPage('<ul id="l"><wc-li description="Document annexe — facture.pdf">Facture</wc-li></ul>');
    const [entry] = listedEntries(doc.getElementById('l') as Element);
    expect(entry?.tagName).toBe('WC-LI');
    expect(
      entryText(entry as Element)
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Facture Document annexe — facture.pdf');
  });

  test('a panel that holds fields is not taken for the button in its header', () => {
    const doc = componentsPage('<wc-button id="p"><wc-input id="i"></wc-input></wc-button>');
    const panel = doc.getElementById('p') as Element;
    expect(faceOf(panel)).toBe(panel);
  });
});
