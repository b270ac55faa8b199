import { expect } from 'vitest';
import type { PortalModel } from '../portal/model.js';
import { INVOICE_ID, INVOICE_NUMBER, STATEMENT_NUMBER } from './walk.js';

/** What the replica must have received at the end of the walk. */
export function expectStatementSent(model: PortalModel): void {
  expect(model.sent).toHaveLength(1);
  const [sent] = model.sent;
  expect(sent).toMatchObject({
    invoiceNumero: INVOICE_NUMBER,
    numero: STATEMENT_NUMBER,
    date: '26/11/2026',
    cadre: 'A15_ETAT_ACOMPTE_MOE',
    amounts: { ht: '12 345,67', tva: '2 469,13', ttc: '14 814,80', apayer: '14 814,80' },
    certificate: ['certificat-paiement-novembre.pdf'],
  });
  expect(sent?.attachments).toEqual([
    expect.objectContaining({
      fileName: `${INVOICE_NUMBER}.pdf`,
      designation: 'Facture',
      typeCode: 'DOCUMENT_ANNEXE',
      typeLabel: 'Document annexe',
    }),
  ]);
  expect(model.downloads).toEqual([{ invoiceId: INVOICE_ID, format: 'PDF', withAttachments: 'Non' }]);
}
