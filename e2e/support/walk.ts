// The scripted MOE: all 23 steps of the seed tutorial on the replica, as a user does them
// (clicks, typing, file choices). With the extension, each step also checks what the
// assistant shows: the screen, the step, the one highlighted element, the notices.
import assert from 'node:assert/strict';
import type { PortalModel } from '../portal/model.js';
import { HOME_URL } from '../portal/pages.js';
import type { Driver } from './driver.js';

export const INVOICE_ID = '880101';
export const INVOICE_NUMBER = 'FT-2026-0142';
export const STATEMENT_NUMBER = 'FT-2026-0142-EA';

export interface Shown {
  screen: string | null;
  step: string | null;
  marked: { step: string | null; id: string; tag: string; text: string; forId: string | null }[];
  autos: string[];
  card: string;
}

/** What the assistant shows now, read from the public test contract. */
export function shown(driver: Driver): Promise<Shown> {
  return driver.evaluate(() => {
    const host = document.getElementById('chorus-moe-assistant');
    const root = host?.shadowRoot;
    return {
      screen: host?.getAttribute('data-screen') ?? null,
      step: host?.getAttribute('data-step') ?? null,
      marked: Array.from(document.querySelectorAll('[data-moe-step]')).map((el) => ({
        step: el.getAttribute('data-moe-step'),
        id: el.id,
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim().slice(0, 80),
        forId: el.getAttribute('for'),
      })),
      autos: Array.from(root?.querySelectorAll('[role="status"][data-moe-auto]') ?? []).map(
        (el) => el.getAttribute('data-moe-auto') ?? '',
      ),
      card: root?.querySelector('[data-moe-card]')?.textContent ?? '',
    };
  }, undefined);
}

export interface Expect {
  screen: string;
  step: number | null;
  /** How to recognise the highlighted element; null: nothing highlighted. */
  target: { id?: string; forId?: string; text?: string; selector?: string } | null;
  autos?: string[];
}

export interface WalkOptions {
  /** The extension is loaded: check the assistant at each step and let it make its choices. */
  assistant: boolean;
  /** Called at the given steps, to look at the popup, reload, take screenshots… */
  at?: (step: number, driver: Driver) => Promise<void>;
}

async function waitForAssistant(driver: Driver, e: Expect): Promise<void> {
  try {
    await driver.waitFor(
      ({ screen, step, target, autos }) => {
        const host = document.getElementById('chorus-moe-assistant');
        if (host?.getAttribute('data-screen') !== screen || host.getAttribute('data-step') !== step) return false;
        const marked = document.querySelectorAll('[data-moe-step]');
        if (target === null) return marked.length === 0;
        const m = marked[0];
        if (marked.length !== 1 || !m) return false;
        if (target.id && m.id !== target.id) return false;
        if (target.forId && m.getAttribute('for') !== target.forId) return false;
        if (target.selector && !m.matches(target.selector)) return false;
        const shownAutos = Array.from(host.shadowRoot?.querySelectorAll('[role="status"][data-moe-auto]') ?? []).map((n) =>
          n.getAttribute('data-moe-auto'),
        );
        return autos.every((a) => shownAutos.includes(a));
      },
      { screen: e.screen, step: e.step === null ? '' : String(e.step), target: e.target, autos: e.autos ?? [] },
      5000,
    );
  } catch {
    // Fall through to the assertions, which say what differs.
  }
}

export async function expectShown(driver: Driver, e: Expect): Promise<void> {
  await waitForAssistant(driver, e);
  const s = await shown(driver);
  const where = `${driver.url()} — expected step ${e.step} on ${e.screen}; shown: ${JSON.stringify(s)}`;
  assert.equal(s.screen, e.screen, where);
  assert.equal(s.step, e.step === null ? '' : String(e.step), where);
  if (e.target === null) {
    assert.deepEqual(s.marked, [], where);
  } else {
    assert.equal(s.marked.length, 1, `${where}: one highlighted element`);
    const [m] = s.marked;
    assert.equal(m?.step, String(e.step), where);
    if (e.target.id) assert.equal(m?.id, e.target.id, where);
    if (e.target.forId) assert.equal(m?.forId, e.target.forId, where);
    if (e.target.text) assert.ok(m?.text.includes(e.target.text), where);
    if (e.target.selector) {
      const matches = await driver.evaluate(
        (sel) => document.querySelector('[data-moe-step]')?.matches(sel) ?? false,
        e.target.selector,
      );
      assert.ok(matches, `${where}: highlighted element matches ${e.target.selector}`);
    }
  }
  for (const id of e.autos ?? []) assert.ok(s.autos.includes(id), `${where}: notice ${id}`);
}

/** Polls a condition of the test's own side (the replica's model). */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function walkAllSteps(driver: Driver, model: PortalModel, opts: WalkOptions): Promise<void> {
  const check = async (e: Expect) => {
    if (opts.assistant) await expectShown(driver, e);
    if (opts.at && e.step !== null) await opts.at(e.step, driver);
  };

  // 1. Log in.
  await driver.goto(HOME_URL);
  await check({ screen: 'portal-home', step: 1, target: { id: 'aife_login_button' } });
  await driver.clickAndWait('#aife_login_button');
  await check({ screen: 'login', step: 1, target: null });
  await driver.type('#username', 'camille.legoff@archi-legoff.fr');
  await driver.type('#password', 'correct horse battery staple');
  await driver.clickAndWait('#kc-login');
  await driver.type('#otp', '482913');
  await driver.clickAndWait('#kc-login');

  // 2. Factures de travaux.
  await check({ screen: 'portal-home', step: 2, target: { selector: 'a[href$="/facturesTravaux/synthese"]' } });
  await driver.clickAndWait('a[href$="/facturesTravaux/synthese"]');

  // 3. Rechercher.
  await check({ screen: 'works-space', step: 3, target: { id: 'GFT_FacturesTravaux_Onglet_Rechercher' } });
  await driver.clickAndWait('#GFT_FacturesTravaux_Onglet_Rechercher');

  // 4. Role « Maîtrise d'oeuvre » (made by the assistant), then the structure.
  if (opts.assistant) {
    await check({ screen: 'works-search', step: 4, target: { selector: '.select2-container' }, autos: ['role-moe'] });
  } else {
    await driver.click('label[for="GFT_RechercheFactureTravaux_Criteres_Role_MOE"]');
  }
  await driver.click('.select2-selection');
  await driver.click('li.select2-results__option[data-value="25123"]');

  // 5. Search.
  await check({ screen: 'works-search', step: 5, target: { id: 'GFT_RechercheFactureTravaux_Criteres_BoutonRechercher' } });
  await driver.clickAndWait('#GFT_RechercheFactureTravaux_Criteres_BoutonRechercher');

  // 6. Download the invoice.
  await check({ screen: 'works-results', step: 6, target: { selector: `button[data-value="${INVOICE_ID}"]` } });
  await driver.click(`button[data-value="${INVOICE_ID}"]`);
  await driver.waitFor(() => !!document.querySelector('#GDP_Telechargementfacture_Modal.in'), undefined);

  // 7. PDF and « Non » (made by the assistant), then Télécharger.
  if (opts.assistant) {
    await check({
      screen: 'download-dialog',
      step: 7,
      target: { id: 'GDP_Telechargementfacture_BoutonTelecharger' },
      autos: ['export-pdf', 'export-no-attachments'],
    });
  } else {
    await driver.click('label[for="GDP_Telechargementfacture_Format_PDF"]');
    await driver.click('label[for="GDP_Telechargementfacture_PiecesJointes_Non"]');
  }
  await driver.click('#GDP_Telechargementfacture_BoutonTelecharger');
  await until(() => model.downloads.length === 1, 'the replica to receive the download');
  await driver.waitFor(() => !document.querySelector('#GDP_Telechargementfacture_Modal.in'), undefined);

  // 8. Open the invoice.
  await check({
    screen: 'works-results',
    step: 8,
    target: { id: `GFT_RechercheFactureTravaux_Resultats_LienNumero_${INVOICE_ID}` },
  });
  await driver.clickAndWait(`#GFT_RechercheFactureTravaux_Resultats_LienNumero_${INVOICE_ID}`);

  // 9. Read the warning about refusal; 10. Traiter.
  await check({ screen: 'invoice-detail', step: 9, target: { id: 'GFT_ConsulterFactureTravaux_Actions' } });
  if (opts.assistant) await driver.clickInOverlay('[data-moe-action="done"]');
  await check({ screen: 'invoice-detail', step: 10, target: { id: 'GFT_ConsulterFactureTravaux_Actions_BoutonTraiter' } });
  await driver.clickAndWait('#GFT_ConsulterFactureTravaux_Actions_BoutonTraiter');

  // 11–12. The payment certificate.
  await check({ screen: 'certificate-upload', step: 11, target: { forId: 'GFT_DepotFactureTravaux_ChoixFichier_Fichier' } });
  await driver.upload('#GFT_DepotFactureTravaux_ChoixFichier_Fichier', 'certificat-paiement-novembre.pdf', '%PDF-1.4 certificat');
  await check({ screen: 'certificate-upload', step: 12, target: { id: 'GFT_DepotFactureTravaux_ChoixFichier_BoutonImporter' } });
  await driver.clickAndWait('#GFT_DepotFactureTravaux_ChoixFichier_BoutonImporter');

  // 13. Cadre A15 (made by the assistant); 14. Continuer.
  if (opts.assistant) {
    await check({
      screen: 'certificate-upload',
      step: 14,
      target: { id: 'GFT_DepotFactureTravaux_BoutonContinuer' },
      autos: ['cadre'],
    });
  } else {
    await driver.select('#GFT_DepotFactureTravaux_CadreFacturation', 'A15_ETAT_ACOMPTE_MOE');
  }
  await driver.clickAndWait('#GFT_DepotFactureTravaux_BoutonContinuer');

  // 15–16. References.
  await check({ screen: 'invoice-form', step: 16, target: { id: 'GFT_SaisieFacture_References_NumeroFacture' } });
  await driver.type('#GFT_SaisieFacture_References_NumeroFacture', STATEMENT_NUMBER);
  await check({ screen: 'invoice-form', step: 16, target: { id: 'GFT_SaisieFacture_References_DateFacture' } });
  await driver.type('#GFT_SaisieFacture_References_DateFacture', '26/11/2026');

  // 17. Amounts: checked as they are, then on.
  await check({ screen: 'invoice-form', step: 17, target: { id: 'GFT_SaisieFacture_MontantsTotaux' } });
  if (opts.assistant) await driver.clickInOverlay('[data-moe-action="done"]');

  // 18–21. The invoice as an attachment.
  await check({ screen: 'invoice-form', step: 18, target: { id: 'GFT_SaisieFacture_PiecesJointes_BoutonAjouter' } });
  await driver.click('#GFT_SaisieFacture_PiecesJointes_BoutonAjouter');
  await check({ screen: 'attachment-dialog', step: 19, target: { forId: 'GFT_AjoutPieceJointe_Fichier' } });
  await driver.upload('#GFT_AjoutPieceJointe_Fichier', `${INVOICE_NUMBER}.pdf`, '%PDF-1.4 facture');
  await check({ screen: 'attachment-dialog', step: 20, target: { id: 'GFT_AjoutPieceJointe_BoutonTeleverser' } });
  await driver.clickAndWait('#GFT_AjoutPieceJointe_BoutonTeleverser');
  if (opts.assistant) {
    await check({
      screen: 'attachment-dialog',
      step: 21,
      target: { id: 'GFT_AjoutPieceJointe_BoutonAjouter' },
      autos: ['attachment-designation', 'attachment-type'],
    });
  } else {
    await driver.type('#GFT_AjoutPieceJointe_Designation', 'Facture');
    await driver.select('#GFT_AjoutPieceJointe_Type', 'DOCUMENT_ANNEXE');
  }
  await driver.clickAndWait('#GFT_AjoutPieceJointe_BoutonAjouter');
  await check({ screen: 'attachment-dialog', step: 21, target: { id: 'GFT_AjoutPieceJointe_BoutonFermer' } });
  await driver.click('#GFT_AjoutPieceJointe_BoutonFermer');

  // 22–23. Send.
  await check({ screen: 'invoice-form', step: 22, target: { id: 'GFT_SaisieFacture_Actions_BoutonValiderEnvoyer' } });
  await driver.click('#GFT_SaisieFacture_Actions_BoutonValiderEnvoyer');
  await check({ screen: 'send-confirm', step: 23, target: { id: 'GFT_SaisieFacture_Confirmation_BoutonConfirmer' } });
  await driver.clickAndWait('#GFT_SaisieFacture_Confirmation_BoutonConfirmer');
  if (opts.assistant) await expectShown(driver, { screen: 'sent', step: null, target: null });
}
