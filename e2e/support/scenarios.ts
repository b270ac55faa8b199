// Scenarios beyond the walk, written once for both browsers: undoing an automatic choice,
// amount mistakes and their fixes, a missing element. Each starts from a screen of the
// replica the way a user would reach it, and asserts what the user sees and what the
// portal receives.
import assert from 'node:assert/strict';
import type { PortalModel } from '../portal/model.js';
import { WORKS } from '../portal/pages.js';
import type { Driver } from './driver.js';
import { expectReachable, expectShown, pickDrawn, until } from './walk.js';

const HT = 'montants.montantHtTotal';
const TVA = 'montants.montantTVA';

/** What the overlay shows about amounts: alerts by field, with their fix buttons. */
function alerts(driver: Driver): Promise<{ field: string; text: string; fixes: string[] }[]> {
  return driver.evaluate(() => {
    const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
    return Array.from(root?.querySelectorAll('[role="alert"][data-moe-field]') ?? []).map((a) => ({
      field: a.getAttribute('data-moe-field') ?? '',
      text: a.querySelector('p')?.textContent ?? '',
      fixes: Array.from(a.querySelectorAll('[data-moe-fix]')).map((b) => b.textContent ?? ''),
    }));
  }, undefined);
}

async function waitForAlerts(driver: Driver, predicate: (a: { field: string; fixes: number }[]) => boolean, what: string) {
  const end = Date.now() + 5000;
  for (;;) {
    const now = await alerts(driver);
    if (predicate(now.map((a) => ({ field: a.field, fixes: a.fixes.length })))) return now;
    if (Date.now() > end) assert.fail(`${what}; alerts shown: ${JSON.stringify(now)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function openForm(model: PortalModel): string {
  model.loggedIn = true;
  const deposit = model.startDeposit('880101');
  deposit.certificate.push({ fileName: 'certificat.pdf', size: 100 });
  deposit.cadre = 'A15_ETAT_ACOMPTE_MOE';
  return `${WORKS}/saisie?idDepot=${deposit.id}`;
}

export async function amountScenario(driver: Driver, model: PortalModel): Promise<void> {
  await driver.goto(openForm(model));
  // A correct, pre-filled form: nothing flagged.
  await driver.waitFor(
    () => document.getElementById('chorus-moe-assistant')?.getAttribute('data-screen') === 'invoice-form',
    undefined,
  );
  await new Promise((r) => setTimeout(r, 600));
  assert.deepEqual(await alerts(driver), []);
  // Its references given, the amounts read right: step 17 points on, at the attachments' « Ajouter ».
  await driver.type('[data-qa="number"]', 'FT-2026-0142-EA');
  await driver.type('[data-qa="date"]', '26/11/2026');
  await expectShown(driver, { screen: 'invoice-form', step: 17, target: { selector: '[data-qa="add-attachment"]' } });

  // The AZERTY keypad's point.
  const ht = `[name="${HT}"]`;
  await driver.clear(ht);
  await driver.type(ht, '1234.56');
  const started = Date.now();
  const [comma] = await waitForAlerts(driver, (a) => a.some((x) => x.field === HT), 'an alert on Montant HT');
  assert.ok(Date.now() - started < 1500, 'the alert comes within a second of typing');
  assert.match(comma?.text ?? '', /Utilisez une virgule : 1234,56/);
  await driver.clickInOverlay(`[data-moe-field="${HT}"] [data-moe-fix]`);
  const fixed = await driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).value, ht);
  assert.equal(fixed, '1234,56');

  // HT changed, TVA and TTC did not: the sums no longer hold.
  const sums = await waitForAlerts(
    driver,
    (a) => !a.some((x) => x.field === HT) && a.some((x) => x.field === 'montants.montantTtcTotal'),
    'the TTC sum warning',
  );
  assert.match(sums.find((a) => a.field === 'montants.montantTtcTotal')?.text ?? '', /HT \+ TVA = 3\s703,69/);
  // Totals that do not add up: step 17 points at the amounts again.
  await expectShown(driver, { screen: 'invoice-form', step: 17, target: { selector: '[data-qa="amounts"]' } });

  // An ambiguous "1.234" offers both readings.
  const tva = `[name="${TVA}"]`;
  await driver.clear(tva);
  await driver.type(tva, '1.234');
  const [ambiguous] = (
    await waitForAlerts(driver, (a) => a.some((x) => x.field === TVA && x.fixes === 2), 'two readings')
  ).filter((a) => a.field === TVA);
  assert.match(ambiguous?.fixes[0] ?? '', /1234/);
  assert.match(ambiguous?.fixes[1] ?? '', /1,23 /);
  await driver.clickInOverlay(`[data-moe-field="${TVA}"] [data-moe-fix]`);
  assert.equal(await driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).value, tva), '1234');

  // What the user fixed is what the portal receives.
  await driver.clickAndWait('#GFT_SaisieFacture_Actions_BoutonEnregistrer');
  await until(() => model.drafts.length === 1, 'the draft');
  assert.equal(model.drafts[0]?.amounts.ht, '1234,56');
  assert.equal(model.drafts[0]?.amounts.tva, '1234');
}

/** A supplier's cadre chosen by the user: a warning on the field, the usual cadre one click away. */
export async function cadreScenario(driver: Driver, model: PortalModel): Promise<void> {
  model.loggedIn = true;
  const deposit = model.startDeposit('880101');
  deposit.certificate.push({ fileName: 'certificat.pdf', size: 100 });
  await driver.goto(`${WORKS}/depot?idDepot=${deposit.id}`);
  const cadre = '[name="cadreFacturation.code"]';
  const value = () => driver.evaluate((sel) => (document.querySelector(sel) as HTMLSelectElement).value, cadre);
  await driver.waitFor(
    () => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-auto="cadre"]'),
    undefined,
  );
  assert.equal(await value(), 'A15_ETAT_ACOMPTE_MOE');
  assert.deepEqual(await alerts(driver), []);
  // The user picks A1 (an ordinary invoice, the list's first cadre) with the keyboard: kept, and
  // flagged on the field.
  await driver.press(cadre, 'Home');
  await driver.press(cadre, 'ArrowDown');
  const shown = await waitForAlerts(
    driver,
    (a) => a.some((x) => x.field === 'cadreFacturation.code' && x.fixes === 1),
    'a warning on the cadre',
  );
  assert.match(shown[0]?.text ?? '', /A1 n’est pas un cadre de maîtrise d’œuvre/);
  assert.equal(await value(), 'A1_FACTURE_FOURNISSEUR');
  await driver.clickInOverlay('[data-moe-field="cadreFacturation.code"] [data-moe-fix]');
  assert.equal(await value(), 'A15_ETAT_ACOMPTE_MOE');
  await waitForAlerts(driver, (a) => a.length === 0, 'the warning gone');
  // A value set by the page's own script (a synthetic change, no attribute changed) is read too.
  await driver.select(cadre, 'A1_FACTURE_FOURNISSEUR');
  await waitForAlerts(driver, (a) => a.some((x) => x.field === 'cadreFacturation.code'), 'a warning on a cadre set by script');
  await driver.clickInOverlay('[data-moe-field="cadreFacturation.code"] [data-moe-fix]');
  assert.equal(await value(), 'A15_ETAT_ACOMPTE_MOE');
  // What the user fixed is what the portal receives.
  await driver.clickAndWait('[data-qa="continue"]');
  assert.equal(deposit.cadre, 'A15_ETAT_ACOMPTE_MOE');
}

export async function undoScenario(driver: Driver, model: PortalModel): Promise<void> {
  model.loggedIn = true;
  await driver.goto(`${WORKS}/recherche`);
  const moe = '#GFT_RechercheFactureTravaux_Criteres_Role_MOE';
  await driver.waitFor(
    () => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-auto="role-moe"] button'),
    undefined,
  );
  assert.equal(await driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, moe), true);
  await driver.clickInOverlay('[data-moe-auto="role-moe"] button');
  assert.equal(await driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, moe), false);
  // The user's own choice from now on: the assistant never chooses again on this page.
  await driver.click('label[for="GFT_RechercheFactureTravaux_Criteres_Role_FOURNISSEUR"]');
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(await driver.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, moe), false);
  await driver.clickAndWait('#GFT_RechercheFactureTravaux_Criteres_BoutonRechercher');
  assert.equal(model.searches.at(-1)?.role, 'FOURNISSEUR');
}

/**
 * A window opened with showModal() (the other markup's download window) makes the rest of the
 * page inert: the notices of the choices made in it and the card stay usable all the same.
 */
export async function modalWindowScenario(driver: Driver, model: PortalModel): Promise<void> {
  model.loggedIn = true;
  await driver.goto(`${WORKS}/recherche`);
  await expectShown(driver, { screen: 'works-search', step: 5, target: { selector: '[data-qa="search"]' }, autos: ['role-moe'] });
  await driver.clickAndWait('[data-qa="search"]');
  await driver.click('[data-qa="download-880101"]');
  await driver.waitFor(
    () => (document.querySelector('dialog[data-qa="download-dialog"]') as HTMLDialogElement | null)?.open === true,
    undefined,
  );
  await expectShown(driver, {
    screen: 'download-dialog',
    step: 7,
    target: { selector: '[data-qa="download-confirm"]' },
    autos: ['export-pdf', 'export-no-attachments'],
  });
  const format = () =>
    driver.evaluate(() => (document.querySelector('[data-qa="format"]') as HTMLSelectElement).value, undefined);
  assert.equal(await format(), 'PDF');
  // « Annuler » on the notice, with the window open: the format goes back to what it was.
  await driver.clickInOverlay('[data-moe-auto="export-pdf"] button');
  await driver.waitFor(() => (document.querySelector('[data-qa="format"]') as HTMLSelectElement).value === '', undefined, 5000);
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(await format(), '', 'the user’s undo stands: the format is not chosen again');
  assert.equal(
    await driver.evaluate(() => (document.querySelector('[data-qa="download-dialog"]') as HTMLDialogElement).open, undefined),
    true,
    'the click on the notice left the window open',
  );
  // The card's own buttons too: « Masquer » folds it into its pill, which opens it again.
  await driver.clickInOverlay('[data-moe-action="hide"]');
  await driver.clickInOverlay('[data-moe-action="show"]');
  // The format is the user's to choose now: the card points at it.
  await expectShown(driver, { screen: 'download-dialog', step: 7, target: { selector: '[data-qa="format"]' } });
  // The window closed, the assistant is back over the page, usable there.
  await driver.click('dialog[data-qa="download-dialog"] [data-close-dialog]');
  await driver.waitFor(
    () => document.getElementById('chorus-moe-assistant')?.getAttribute('data-screen') === 'works-results',
    undefined,
  );
  await expectReachable(driver, 'the results, the window closed');
  assert.equal(model.downloads.length, 0, 'nothing was downloaded');
  // Closed without a download: the download is still to do, from the row's icon, and the card says why.
  await expectShown(driver, { screen: 'works-results', step: 7, target: { selector: '[data-qa="download-880101"]' } });
  const card = await driver.evaluate(
    () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '',
    undefined,
  );
  assert.ok(card.includes('s’est fermée sans que la facture soit téléchargée'), `card: ${card}`);
}

export async function notFoundScenario(driver: Driver, model: PortalModel): Promise<void> {
  model.loggedIn = true;
  await driver.goto(`${WORKS}/consulter?idFactureTravaux=880101`);
  await expectShown(driver, {
    screen: 'invoice-detail',
    step: 9,
    target: { id: 'GFT_ConsulterFactureTravaux_Actions_BoutonTraiter' },
  });
  await driver.clickInOverlay('[data-moe-action="done"]');
  await expectShown(driver, {
    screen: 'invoice-detail',
    step: 10,
    target: { id: 'GFT_ConsulterFactureTravaux_Actions_BoutonTraiter' },
  });
  // The portal changed: the button is gone.
  await driver.evaluate(() => document.getElementById('GFT_ConsulterFactureTravaux_Actions_BoutonTraiter')?.remove(), undefined);
  const missing = 'Je ne trouve pas le bouton « Traiter » sur cette page';
  await driver
    .waitFor(
      (text) =>
        (
          document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? ''
        ).includes(text),
      missing,
      5000,
    )
    .catch(() => undefined);
  await expectShown(driver, { screen: 'invoice-detail', step: 10, target: null });
  const card = await driver.evaluate(
    () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '',
    undefined,
  );
  assert.ok(card.includes(missing), `card: ${card}`);

  // It comes back the way a framework renders it: a button first empty, then its label's text
  // set in place (a text node's data, no element added): the assistant finds it again.
  await driver.evaluate(() => {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'rendered-later';
    button.append(document.createTextNode('…'));
    document.getElementById('GFT_ConsulterFactureTravaux_Actions')?.append(button);
  }, undefined);
  await new Promise((r) => setTimeout(r, 400));
  await driver.evaluate(() => {
    const text = document.getElementById('rendered-later')?.firstChild;
    if (text instanceof Text) text.data = 'Traiter';
  }, undefined);
  await expectShown(driver, { screen: 'invoice-detail', step: 10, target: { id: 'rendered-later' } });
}

export async function backAndForthScenario(driver: Driver, model: PortalModel): Promise<void> {
  model.loggedIn = true;
  await driver.goto(`${WORKS}/consulter?idFactureTravaux=880101`);
  await expectShown(driver, { screen: 'invoice-detail', step: 9, target: { selector: '[data-qa="process"]' } });
  await driver.clickInOverlay('[data-moe-action="done"]');
  await expectShown(driver, { screen: 'invoice-detail', step: 10, target: { selector: '[data-qa="process"]' } });
  await driver.clickAndWait('[data-qa="process"]');
  await expectShown(driver, { screen: 'certificate-upload', step: 11, target: { selector: '[data-qa="certificate-picker"]' } });
  // Back on the invoice: its steps are done. This MOE never downloaded the invoice (it came
  // straight to it), so the first step left is the download, on the list of invoices.
  await driver.back();
  await expectShown(driver, { screen: 'invoice-detail', step: 6, target: null });
  const card = await driver.evaluate(
    () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '',
    undefined,
  );
  assert.ok(card.includes('Cette étape se fait sur un autre écran'), `card: ${card}`);
  assert.ok(card.includes('Vous n’avez pas encore téléchargé la facture'), `card: ${card}`);
  await driver.forward();
  await expectShown(driver, { screen: 'certificate-upload', step: 11, target: { selector: '[data-qa="certificate-picker"]' } });
}

/** Waits for a condition read from the page (asynchronously). */
async function eventually(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The cadre as a select drawn by script (a seed with cadreCombobox): the assistant opens it and
 * picks A15; « Annuler » empties it through the list's « — » or, without one, leaves the list
 * open for the user; the user's own cadre is kept (a supplier's one warned), and what the user
 * ends with is what the portal receives.
 */
export async function drawnCadreScenario(driver: Driver, model: PortalModel): Promise<void> {
  model.loggedIn = true;
  const deposit = model.startDeposit('880101');
  deposit.certificate.push({ fileName: 'certificat.pdf', size: 100 });
  await driver.goto(`${WORKS}/depot?idDepot=${deposit.id}`);
  const state = () =>
    driver.evaluate(() => {
      const combo = document.querySelector('[data-qa="cadre"]');
      const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
      return {
        drawn: combo?.getAttribute('role') === 'combobox',
        // What the select shows (PrimeFaces' keeps its native options inside, unseen).
        shown: combo?.querySelector('[data-drawn-value]')?.textContent?.trim() ?? '',
        // The value the form sends: a hidden input beside the select (Material) or the native select inside it (PrimeFaces).
        value:
          (document.querySelector('[name="cadreFacturation.code"]') as HTMLInputElement | HTMLSelectElement | null)?.value ?? '',
        // Open as the select says (Vuetify's list fades out a moment after it says it is closed).
        open:
          combo?.getAttribute('aria-expanded') === 'true' &&
          (!!document.querySelector('[data-drawn-list]') ||
            Array.from(document.querySelectorAll<HTMLElement>('[data-drawn-panel]')).some((p) => p.style.display !== 'none')),
        dash: (combo?.getAttribute('data-options') ?? '').includes('"—"'),
        notice: root?.querySelector('[data-moe-auto="cadre"]')?.textContent ?? '',
        warned: !!root?.querySelector('[role="alert"][data-moe-field]'),
        // On the select or its own input (Vuetify's takes the focus for it).
        focused: !!combo && combo.contains(document.activeElement),
      };
    }, undefined);
  await driver.waitFor(
    () => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-auto="cadre"]'),
    undefined,
  );
  const chosen = await state();
  assert.ok(chosen.drawn, 'the seed draws the cadre by script');
  assert.match(chosen.shown, /^A15\b/);
  assert.match(chosen.value, /^A15/);
  assert.equal(chosen.open, false, 'the list closed once the cadre is chosen');
  assert.match(chosen.notice, /A15/);
  // « Annuler » on the notice.
  await driver.clickInOverlay('[data-moe-auto="cadre"] button');
  if (chosen.dash) {
    await eventually(async () => (await state()).value === '', 'the cadre emptied through the list’s « — »');
    await new Promise((r) => setTimeout(r, 800));
    const undone = await state();
    assert.deepEqual([undone.value, undone.open], ['', false], 'the undo stands: the cadre is not chosen again');
    assert.match(undone.notice, /Choix annulé/);
  } else {
    await eventually(async () => (await state()).open, 'the list left open for the user');
    const open = await state();
    assert.match(open.notice, /choisissez vous-même/);
    assert.ok(open.focused, 'the focus on the select, for the keyboard');
    await driver.press('[data-qa="cadre"]', 'Escape');
  }
  // The user picks a supplier's cadre: kept, warned on the field; then A15, the warning gone.
  const [a1, a15] = model.variant === 'alt' ? ['A1', 'A15'] : ['A1_FACTURE_FOURNISSEUR', 'A15_ETAT_ACOMPTE_MOE'];
  await pickDrawn(driver, 'cadre', a1);
  await eventually(async () => (await state()).warned, 'a warning on a supplier’s cadre');
  assert.match((await state()).value, /^A1$|^A1_/);
  await pickDrawn(driver, 'cadre', a15);
  await eventually(async () => !(await state()).warned, 'the warning gone');
  await driver.clickAndWait('[data-qa="continue"]');
  assert.match(deposit.cadre, /^A15/);
}
