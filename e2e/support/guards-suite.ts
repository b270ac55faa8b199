// Guards and deadlines (issue 12), written once and run in each browser: the refusal guard
// stops the user's first click and lets the next one through, whatever way the page
// listens; the send guard fires only when something is missing; a draft is not a send;
// the results list shows each invoice's state and J+n. Dates on the replica are set from
// the test's own clock (Paris calendar day), so that « J+3 » is J+3 on any day.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { WorksInvoice } from '../portal/model.js';
import { type RefuseWiring, WORKS } from '../portal/pages.js';
import type { Harness } from './assistant-suite.js';
import type { Driver } from './driver.js';
import { openForm } from './scenarios.js';

const REFUSE = '#GFT_ConsulterFactureTravaux_Actions_BoutonRefuser';
const PROCESS = '#GFT_ConsulterFactureTravaux_Actions_BoutonTraiter';
const SEND = '#GFT_SaisieFacture_Actions_BoutonValiderEnvoyer';
const SAVE = '#GFT_SaisieFacture_Actions_BoutonEnregistrer';
const detail = (id: string, wiring?: RefuseWiring) =>
  `${WORKS}/consulter?idFactureTravaux=${id}${wiring ? `&refuser=${wiring}` : ''}`;

/** Today's Paris calendar date, `days` days ago, as the portal writes it. */
function parisDaysAgo(days: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const d = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) - days));
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

function madeAvailable(inv: WorksInvoice, daysAgo: number): void {
  inv.dateDepot = parisDaysAgo(daysAgo);
  inv.miseADispositionMoe = `${inv.dateDepot} 09:12`;
}

function guardShown(driver: Driver): Promise<{ id: string; text: string } | null> {
  return driver.evaluate(() => {
    const dialog = document
      .getElementById('chorus-moe-assistant')
      ?.shadowRoot?.querySelector('[role="alertdialog"][data-moe-guard]');
    return dialog ? { id: dialog.getAttribute('data-moe-guard') ?? '', text: dialog.textContent ?? '' } : null;
  }, undefined);
}

async function waitForGuard(driver: Driver, id: string | null): Promise<void> {
  await driver.waitFor((expected) => {
    const dialog = document
      .getElementById('chorus-moe-assistant')
      ?.shadowRoot?.querySelector('[role="alertdialog"][data-moe-guard]');
    return expected === null ? !dialog : dialog?.getAttribute('data-moe-guard') === expected;
  }, id);
}

async function waitForScreen(driver: Driver, screen: string): Promise<void> {
  await driver.waitFor((s) => document.getElementById('chorus-moe-assistant')?.getAttribute('data-screen') === s, screen);
}

function modalOpen(driver: Driver, selector: string): Promise<boolean> {
  return driver.evaluate((sel) => document.querySelector(sel)?.classList.contains('in') ?? false, selector);
}

function heard(driver: Driver): Promise<string> {
  return driver.evaluate(() => document.documentElement.dataset.refuseHeard ?? '0', undefined);
}

function cardText(driver: Driver): Promise<string> {
  return driver.evaluate(
    () => document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '',
    undefined,
  );
}

async function waitForCard(driver: Driver, words: string): Promise<void> {
  await driver.waitFor(
    (w) =>
      (document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-card]')?.textContent ?? '').includes(
        w,
      ),
    words,
  );
}

interface Marker {
  row: string;
  urgency: string;
  text: string;
}

function markers(driver: Driver): Promise<Marker[]> {
  return driver.evaluate(() => {
    const root = document.getElementById('chorus-moe-assistant')?.shadowRoot;
    return Array.from(root?.querySelectorAll('[data-moe-row]') ?? []).map((m) => ({
      row: m.getAttribute('data-moe-row') ?? '',
      urgency: m.getAttribute('data-moe-urgency') ?? '',
      text: Array.from(m.children)
        .map((c) => c.textContent)
        .join(' | '),
    }));
  }, undefined);
}

export function guardsSuite(browser: string, launch: () => Promise<Harness>): void {
  describe(`guards and deadlines in ${browser}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await launch();
      h.model.loggedIn = true;
    });
    afterEach(async () => {
      await h.close();
    });

    test('refusal: the first click is stopped, « cancel » points at « Traiter », « proceed » lets the next click through; one refusal recorded', async () => {
      await h.driver.goto(detail('880101'));
      await waitForScreen(h.driver, 'invoice-detail');

      await h.driver.click(REFUSE);
      await waitForGuard(h.driver, 'refuse');
      expect((await guardShown(h.driver))?.text).toContain('Corriger les montants à la place');
      expect(await modalOpen(h.driver, '#GFT_RefusFactureTravaux_Modal'), 'the page did not see the click').toBe(false);

      await h.driver.clickInOverlay('[data-moe-guard-action="cancel"]');
      await waitForGuard(h.driver, null);
      await h.driver.waitFor((sel) => document.querySelector(sel)?.getAttribute('data-moe-step') === '10', PROCESS);
      expect(await modalOpen(h.driver, '#GFT_RefusFactureTravaux_Modal')).toBe(false);

      await h.driver.click(REFUSE);
      await waitForGuard(h.driver, 'refuse');
      await h.driver.clickInOverlay('[data-moe-guard-action="proceed"]');
      await waitForGuard(h.driver, null);
      expect(await modalOpen(h.driver, '#GFT_RefusFactureTravaux_Modal'), 'proceed clicks nothing itself').toBe(false);
      await h.driver.click(REFUSE);
      await h.driver.waitFor(
        (sel) => document.querySelector(sel)?.classList.contains('in') ?? false,
        '#GFT_RefusFactureTravaux_Modal',
      );
      expect(await guardShown(h.driver)).toBeNull();

      // « Erreur de montant »: one line beside the list says why not.
      await h.driver.select('#GFT_RefusFactureTravaux_Motif', 'ERREUR_MONTANT');
      await h.driver.waitFor(
        () =>
          !!document
            .getElementById('chorus-moe-assistant')
            ?.shadowRoot?.querySelector('[role="alert"][data-moe-field="motifRefus"]'),
        undefined,
      );
      await h.driver.select('#GFT_RefusFactureTravaux_Motif', 'ERREUR_ACHEMINEMENT');
      await h.driver.clickAndWait('#GFT_RefusFactureTravaux_BoutonConfirmer');
      expect(h.model.refusals).toEqual([{ invoiceId: '880101', reason: 'ERREUR_ACHEMINEMENT', comment: '', accepted: true }]);
    });

    test.each(['onclick', 'listener', 'submit'] as const)(
      'refusal wired by %s: the page hears nothing of the stopped click, then exactly the next one',
      async (wiring) => {
        await h.driver.goto(detail('880102', wiring));
        await waitForScreen(h.driver, 'invoice-detail');
        await h.driver.click(REFUSE);
        await waitForGuard(h.driver, 'refuse');
        expect(await heard(h.driver)).toBe('0');
        expect(h.model.refusals).toEqual([]);
        await h.driver.clickInOverlay('[data-moe-guard-action="proceed"]');
        await waitForGuard(h.driver, null);
        if (wiring === 'submit') {
          await h.driver.clickAndWait(REFUSE);
          expect(h.model.refusals).toEqual([{ invoiceId: '880102', reason: 'DOUBLON', comment: '', accepted: true }]);
        } else {
          await h.driver.click(REFUSE);
          await h.driver.waitFor(() => document.documentElement.dataset.refuseHeard === '1', undefined);
          expect(await guardShown(h.driver)).toBeNull();
        }
      },
    );

    test('refusal from the keyboard: Enter and Space on the button are guarded too', async () => {
      await h.driver.goto(detail('880101', 'listener'));
      await waitForScreen(h.driver, 'invoice-detail');
      await h.driver.press(REFUSE, 'Enter');
      await waitForGuard(h.driver, 'refuse');
      expect(await heard(h.driver)).toBe('0');
      await h.driver.clickInOverlay('[data-moe-guard-action="cancel"]');
      await waitForGuard(h.driver, null);
      await h.driver.press(REFUSE, ' ');
      await waitForGuard(h.driver, 'refuse');
      expect(await heard(h.driver)).toBe('0');
      await h.driver.clickInOverlay('[data-moe-guard-action="proceed"]');
      await waitForGuard(h.driver, null);
      // Firefox driven over WebDriver BiDi does not turn a key into a button's click; Chromium does.
      if (h.driver.browserName === 'chromium') await h.driver.press(REFUSE, 'Enter');
      else await h.driver.click(REFUSE);
      await h.driver.waitFor(() => document.documentElement.dataset.refuseHeard === '1', undefined);
    });

    test('send: stopped while the invoice is not attached; never on a complete form', async () => {
      await h.driver.goto(openForm(h.model));
      await waitForScreen(h.driver, 'invoice-form');
      await h.driver.click(SEND);
      await waitForGuard(h.driver, 'send');
      expect((await guardShown(h.driver))?.text).toContain('✗ Pas de pièce jointe « Facture » de type « Document annexe »');
      expect(await modalOpen(h.driver, '#GFT_SaisieFacture_Confirmation_Modal')).toBe(false);
      await h.driver.clickInOverlay('[data-moe-guard-action="cancel"]');
      await waitForGuard(h.driver, null);
      expect(await modalOpen(h.driver, '#GFT_SaisieFacture_Confirmation_Modal')).toBe(false);

      await h.driver.click(SEND);
      await waitForGuard(h.driver, 'send');
      await h.driver.clickInOverlay('[data-moe-guard-action="proceed"]');
      await waitForGuard(h.driver, null);
      await h.driver.click(SEND);
      await h.driver.waitFor(
        (sel) => document.querySelector(sel)?.classList.contains('in') ?? false,
        '#GFT_SaisieFacture_Confirmation_Modal',
      );
      expect(h.model.sent).toEqual([]);

      // The same form, complete: the click goes straight to the portal's confirmation.
      const deposit = [...h.model.deposits.values()][0];
      if (!deposit) throw new Error('no deposit');
      deposit.numero = 'FT-2026-0142-EA';
      deposit.date = '26/11/2026';
      deposit.attachments.push({
        fileName: 'FT-2026-0142.pdf',
        size: 100,
        designation: 'Facture',
        typeCode: 'DOCUMENT_ANNEXE',
        typeLabel: 'Document annexe',
      });
      await h.driver.goto(`${WORKS}/saisie?idDepot=${deposit.id}`);
      await waitForScreen(h.driver, 'invoice-form');
      await waitForCard(h.driver, '✓ Pièce jointe « Facture » de type « Document annexe »');
      expect(await cardText(h.driver)).toContain('✓ Montants valides et cohérents');
      await h.driver.click(SEND);
      await h.driver.waitFor(
        (sel) => document.querySelector(sel)?.classList.contains('in') ?? false,
        '#GFT_SaisieFacture_Confirmation_Modal',
      );
      expect(await guardShown(h.driver), 'a complete form is never stopped').toBeNull();
    });

    test('send stopped with the « Pièces jointes » block folded: « cancel » rings and focuses what opens it', async () => {
      await h.driver.goto(openForm(h.model));
      await waitForScreen(h.driver, 'invoice-form');
      // The portal folds the block, as an accordion does (its heading's link opens it).
      await h.driver.evaluate(() => {
        const add = document.querySelector('[data-qa="add-attachment"]');
        const panel = add?.closest('.panel');
        const body = panel?.querySelector('.panel-body');
        const heading = panel?.querySelector('.panel-heading');
        if (!body || !heading) throw new Error('no attachments panel');
        body.id = 'pj-body';
        body.classList.add('collapse');
        heading.innerHTML = '<a href="#pj-body" id="pj-open" data-toggle="collapse" aria-expanded="false">Pièces jointes</a>';
      }, undefined);
      await h.driver.click(SEND);
      await waitForGuard(h.driver, 'send');
      await h.driver.clickInOverlay('[data-moe-guard-action="cancel"]');
      await waitForGuard(h.driver, null);
      await h.driver.waitFor(() => document.activeElement?.id === 'pj-open', undefined, 5000);
      const ring = await h.driver.evaluate(() => {
        const r = document
          .getElementById('chorus-moe-assistant')
          ?.shadowRoot?.querySelector('.moe-guard-ring')
          ?.getBoundingClientRect();
        const t = document.getElementById('pj-open')?.getBoundingClientRect();
        return r && t ? { r: [r.left, r.top, r.right, r.bottom], t: [t.left, t.top, t.right, t.bottom] } : null;
      }, undefined);
      // The ring goes around the link the user clicks to open the block.
      expect(ring).not.toBeNull();
      const [rl, rt, rr, rb] = ring?.r ?? [];
      const [tl, tt, tr, tb] = ring?.t ?? [];
      expect(rl).toBeLessThanOrEqual(tl as number);
      expect(rt).toBeLessThanOrEqual(tt as number);
      expect(rr).toBeGreaterThanOrEqual(tr as number);
      expect(rb).toBeGreaterThanOrEqual(tb as number);
      // Once the user uses what it points at, the ring has done its work (a single-page
      // application has no reload to take it away).
      const ringShown = () =>
        h.driver.evaluate(
          () => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('.moe-guard-ring'),
          undefined,
        );
      await h.driver.click('#pj-open');
      await h.driver.waitFor(
        () => !document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('.moe-guard-ring'),
        undefined,
      );
      expect(await ringShown()).toBe(false);
      expect(h.model.sent).toEqual([]);
    });

    test('« Enregistrer » is not sending: the card says the état d’acompte is still a draft', async () => {
      await h.driver.goto(openForm(h.model));
      await waitForScreen(h.driver, 'invoice-form');
      await h.driver.clickAndWait(SAVE);
      await waitForCard(h.driver, 'Enregistré en brouillon');
      expect(h.model.drafts).toHaveLength(1);
      expect(h.model.sent).toEqual([]);
    });

    test('a Factur-X certificate: the card explains the batch deposit and the way back', async () => {
      const deposit = h.model.startDeposit('880101');
      await h.driver.goto(`${WORKS}/depot?idDepot=${deposit.id}`);
      await waitForScreen(h.driver, 'certificate-upload');
      await h.driver.upload('[data-qa="certificate-file"]', 'etat-acompte-facturx.pdf', '%PDF-1.7');
      await h.driver.clickAndWait('[data-qa="import"]');
      await waitForCard(h.driver, 'Factur-X');
    });

    test('results: each row’s state and J+n of the MOE’s 7 days; due today and late said in words', async () => {
      const [a, b, c, d] = h.model.invoices;
      if (!a || !b || !c || !d) throw new Error('replica invoices');
      madeAvailable(a, 3);
      madeAvailable(b, 7);
      madeAvailable(c, 9);
      madeAvailable(d, 20);
      h.model.criteria = { role: 'MOE', structure: '25123', numero: '', statut: '' };
      h.model.pageSize = 50;
      await h.driver.goto(`${WORKS}/recherche`);
      await waitForScreen(h.driver, 'works-results');
      await h.driver.waitFor(
        () => (document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelectorAll('[data-moe-row]').length ?? 0) >= 4,
        undefined,
      );
      const byRow = new Map((await markers(h.driver)).map((m) => [m.row, m]));
      expect(byRow.get(a.numero)).toEqual({ row: a.numero, urgency: 'ok', text: 'Pas commencée | J+3 / 7' });
      expect(byRow.get(b.numero)).toEqual({
        row: b.numero,
        urgency: 'today',
        text: 'Pas commencée | J+7 / 7 · à envoyer aujourd’hui',
      });
      expect(byRow.get(c.numero)).toEqual({ row: c.numero, urgency: 'late', text: 'Pas commencée | J+9 / 7 · en retard' });
      // « Transmise à la MOA »: the MOE's part is over, no deadline.
      expect(byRow.get(d.numero)).toEqual({ row: d.numero, urgency: 'none', text: 'Pas commencée' });
      // Markers live in the shadow root, never in the page's table.
      expect(await h.driver.evaluate(() => document.querySelectorAll('table [data-moe-row]').length, undefined)).toBe(0);

      // The page changes rows in place, by script: a's status moves on (its marker follows), the
      // pointer is over b (a class only: b's marker says the same).
      await h.driver.evaluate(
        ({ moved, hovered }) => {
          const rows = Array.from(document.querySelectorAll('tbody tr'));
          const row = rows.find((r) => r.textContent?.includes(moved));
          const status = Array.from(row?.querySelectorAll('td') ?? []).find(
            (td) => td.textContent?.trim() === 'Mise à disposition MOE',
          );
          if (!status) throw new Error('no status cell');
          status.textContent = 'Transmise à la MOA';
          rows.find((r) => r.textContent?.includes(hovered))?.classList.add('hover');
        },
        { moved: a.numero, hovered: b.numero },
      );
      await h.driver.waitFor(
        (n) =>
          document
            .getElementById('chorus-moe-assistant')
            ?.shadowRoot?.querySelector(`[data-moe-row="${n}"]`)
            ?.getAttribute('data-moe-urgency') === 'none',
        a.numero,
      );
      const after = new Map((await markers(h.driver)).map((m) => [m.row, m]));
      expect(after.get(a.numero)).toEqual({ row: a.numero, urgency: 'none', text: 'Pas commencée' });
      expect(after.get(b.numero)).toEqual(byRow.get(b.numero));
      expect(after.get(c.numero)).toEqual(byRow.get(c.numero));
    });

    test('a 1 000-row list: only the rows on screen get a marker, and scrolling brings the others', async () => {
      const first = h.model.invoices[0];
      if (!first) throw new Error('replica invoices');
      for (let i = 0; i < 1000; i++) {
        const inv = { ...first, id: `9${String(i).padStart(5, '0')}`, numero: `L-${String(i).padStart(4, '0')}` };
        madeAvailable(inv, i % 10);
        h.model.invoices.push(inv);
      }
      h.model.criteria = { role: 'MOE', structure: '25123', numero: 'L-', statut: '' };
      h.model.pageSize = 1000;
      await h.driver.goto(`${WORKS}/recherche`);
      await waitForScreen(h.driver, 'works-results');
      await h.driver.waitFor(
        () => (document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelectorAll('[data-moe-row]').length ?? 0) > 0,
        undefined,
        30_000,
      );
      const top = await markers(h.driver);
      expect(top.length).toBeLessThan(60);
      expect(top.some((m) => m.row === 'L-0999')).toBe(false);

      await h.driver.evaluate(() => {
        const rows = document.querySelectorAll('tbody > tr');
        rows[rows.length - 1]?.scrollIntoView({ block: 'center' });
      }, undefined);
      await h.driver.waitFor(
        () => !!document.getElementById('chorus-moe-assistant')?.shadowRoot?.querySelector('[data-moe-row="L-0999"]'),
        undefined,
      );
      const bottom = await markers(h.driver);
      expect(bottom.length).toBeLessThan(60);
      // 999 % 10 = 9 days ago: late.
      expect(bottom.find((m) => m.row === 'L-0999')).toEqual({
        row: 'L-0999',
        urgency: 'late',
        text: 'Pas commencée | J+9 / 7 · en retard',
      });
      expect(h.errors).toEqual([]);
    });
  });
}
