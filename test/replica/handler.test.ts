// @vitest-environment node
// The replica checks what it receives the way the portal does, and records it for the tests.
import { describe, expect, test } from 'vitest';
import { createPortal } from '../../e2e/portal/handler.js';
import { PortalModel } from '../../e2e/portal/model.js';
import { WORKS } from '../../e2e/portal/pages.js';

function post(url: string, fields: Record<string, string>) {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new TextEncoder().encode(new URLSearchParams(fields).toString()),
  };
}

function loggedIn(variant: 'classic' | 'alt' = 'classic') {
  const portal = createPortal(new PortalModel(variant));
  portal.model.loggedIn = true;
  return portal;
}

describe('the replica portal', () => {
  test('the works pages need a login, as on the real portal', async () => {
    const { handle } = createPortal();
    const response = await handle({ method: 'GET', url: `${WORKS}/recherche`, headers: {} });
    expect(response.status).toBe(303);
    expect(response.headers.location).toMatch(/^https:\/\/idp\.chorus-pro\.gouv\.fr\//);
  });

  test('a search needs a role and, for the MOE, a structure; it is recorded', async () => {
    const { handle, model } = loggedIn();
    const missing = await handle(post(`${WORKS}/recherche`, { 'listeResultats.critere.role': 'MOE' }));
    expect(String(missing.body)).toContain('Veuillez sélectionner une structure.');
    const found = await handle(
      post(`${WORKS}/recherche`, { 'listeResultats.critere.role': 'MOE', 'listeStructures.critere.idStructure': '25123' }),
    );
    expect(String(found.body)).toContain('Résultats de la recherche');
    expect(String(found.body)).toContain('FT-2026-0142');
    expect(model.searches.at(-1)).toMatchObject({ role: 'MOE', structure: '25123', page: 1 });
  });

  test('continuing without a cadre is refused', async () => {
    const { handle, model } = loggedIn();
    const deposit = model.startDeposit('880101');
    deposit.certificate.push({ fileName: 'c.pdf', size: 1 });
    const response = await handle(post(`${WORKS}/depot?idDepot=${deposit.id}`, { _action: 'continuer' }));
    expect(String(response.body)).toContain('Veuillez sélectionner un cadre de facturation.');
  });

  test('an amount with a point is refused at sending, with the portal’s message; commas are accepted', async () => {
    const { handle, model } = loggedIn();
    const deposit = model.startDeposit('880101');
    deposit.cadre = 'A15_ETAT_ACOMPTE_MOE';
    const fields = {
      _action: 'envoyer',
      'references.numeroFacture': 'FT-1-EA',
      'references.dateFacture': '26/11/2026',
      'montants.montantHtTotal': '1234.56',
      'montants.montantTVA': '246,91',
      'montants.montantTtcTotal': '1 481,47',
      'montants.montantAPayer': '1 481,47',
    };
    await handle(post(`${WORKS}/saisie?idDepot=${deposit.id}`, fields));
    expect(model.sent).toEqual([]);
    expect(model.rejectedSends[0]?.errors).toEqual([expect.stringContaining('Montant HT : format invalide')]);
    const shown = await handle({ method: 'GET', url: `${WORKS}/saisie?idDepot=${deposit.id}`, headers: {} });
    expect(String(shown.body)).toContain('Montant HT : format invalide');
    await handle(post(`${WORKS}/saisie?idDepot=${deposit.id}`, { ...fields, 'montants.montantHtTotal': '1234,56' }));
    expect(model.sent[0]).toMatchObject({ numero: 'FT-1-EA', cadre: 'A15_ETAT_ACOMPTE_MOE', amounts: { ht: '1234,56' } });
  });

  test('a refusal over amounts is not taken (R2192-34); a routing error is', async () => {
    const { handle, model } = loggedIn();
    await handle(post(`${WORKS}/refuser`, { idFactureTravaux: '880102', motifRefus: 'ERREUR_MONTANT' }));
    expect(model.invoice('880102')?.statut).toBe('Mise à disposition MOE');
    await handle(post(`${WORKS}/refuser`, { idFactureTravaux: '880102', motifRefus: 'ERREUR_ACHEMINEMENT' }));
    expect(model.invoice('880102')?.statut).toContain('acheminement');
    expect(model.refusals.map((r) => r.accepted)).toEqual([false, true]);
  });

  test('the other markup takes short cadre codes and type codes, and an unticked checkbox means « Non »', async () => {
    const { handle, model } = loggedIn('alt');
    await handle(post(`${WORKS}/telecharger`, { idFactureTravaux: '880101', format: 'PDF' }));
    expect(model.downloads).toEqual([{ invoiceId: '880101', format: 'PDF', withAttachments: 'Non' }]);
    const deposit = model.startDeposit('880101');
    deposit.certificate.push({ fileName: 'c.pdf', size: 1 });
    await handle(post(`${WORKS}/depot?idDepot=${deposit.id}`, { _action: 'continuer', 'cadreFacturation.code': 'A15' }));
    expect(deposit.cadre).toBe('A15_ETAT_ACOMPTE_MOE');
  });
});
