import { describe, expect, test } from 'vitest';
import { amountFields } from '../../src/chorus/amounts.js';
import { amountCheck } from '../../src/content/features/amounts.js';
import { AMOUNT_VARIANTS, page } from '../chorus/fixtures.js';
import { featureRunner } from './harness.js';

function setValue(doc: Document, index: number, value: string) {
  const input = amountFields(doc)[index]?.input;
  if (!input) throw new Error(`no amount field ${index}`);
  input.value = value;
  return input;
}

describe('amount fields in every markup', () => {
  test.each(Object.entries(AMOUNT_VARIANTS))('%s: found with their role, a correct form shows nothing', (_name, html) => {
    const doc = page(html);
    expect(amountFields(doc).map((f) => f.role)).toEqual(['ht', 'tva', 'ttc']);
    const r = featureRunner(amountCheck, doc, 'invoice-form');
    r.run();
    expect(r.alerts).toEqual([]);
    expect(r.summary.map((l) => l.value)).toEqual(['1\u202f000,00 €', '200,00 €', '1\u202f200,00 €']);
  });

  test.each(Object.entries(AMOUNT_VARIANTS))(
    '%s: a decimal point is flagged with its fix, which the page receives',
    (_name, html) => {
      const doc = page(html);
      const input = setValue(doc, 0, '1000.50');
      const seen: string[] = [];
      input.addEventListener('input', () => seen.push('input'));
      input.addEventListener('change', () => seen.push('change'));
      const r = featureRunner(amountCheck, doc, 'invoice-form');
      r.run();
      const [alert] = r.alerts;
      expect(alert?.field).toBe(input.name || input.id);
      expect(alert?.message).toBe('Utilisez une virgule : 1000,50');
      expect(alert?.fixes.map((f) => f.label)).toEqual(['Corriger en 1000,50']);
      alert?.fixes[0]?.apply();
      expect(input.value).toBe('1000,50');
      expect(seen).toEqual(['input', 'change']);
    },
  );
});

describe('amount checks', () => {
  const doc = () => page(AMOUNT_VARIANTS['label[for]'] as string);

  test.each([
    ['1,000.50', 'Écriture anglaise : en français, 1000,50'],
    ['1.000,50', 'Pas de point entre les milliers : 1000,50'],
    ['1000,505', 'Deux décimales au plus : 1000,51'],
    ['1 000,50 € HT', 'Le montant seul, sans « € », « HT » ni « TTC » : 1000,50'],
    ['mille', 'Ce n’est pas un montant. Exemple : 1234,56'],
  ])('%j → %j', (value, message) => {
    const d = doc();
    setValue(d, 0, value);
    const r = featureRunner(amountCheck, d, 'invoice-form');
    r.run();
    expect(r.alerts.map((a) => a.message)).toEqual([message]);
  });

  test('an ambiguous value offers both readings, and changes nothing by itself', () => {
    const d = doc();
    const input = setValue(d, 1, '1.234');
    const r = featureRunner(amountCheck, d, 'invoice-form');
    r.run();
    expect(input.value).toBe('1.234');
    expect(r.alerts[0]?.fixes.map((f) => f.label)).toEqual(['1234 (milliers)', '1,23 (décimales)']);
  });

  test('TTC that is not HT + TVA, and a VAT far from every rate: warnings on the right fields', () => {
    const d = doc();
    setValue(d, 2, '1 300,00');
    let r = featureRunner(amountCheck, d, 'invoice-form');
    r.run();
    expect(r.alerts.map((a) => [a.field, a.message])).toEqual([
      ['montants.montantTtcTotal', 'HT + TVA = 1\u202f200,00, mais le TTC indique 1\u202f300,00.'],
    ]);
    setValue(d, 1, '150,00');
    setValue(d, 2, '1 150,00');
    r = featureRunner(amountCheck, d, 'invoice-form');
    r.run();
    expect(r.alerts.map((a) => a.field)).toEqual(['montants.montantTVA']);
    expect(r.alerts[0]?.message).toContain('15 %');
  });

  test('reverse charge (TVA 0) is fine; empty fields are left to the portal', () => {
    const d = doc();
    setValue(d, 1, '0,00');
    setValue(d, 2, '1 000,00');
    const r = featureRunner(amountCheck, d, 'invoice-form');
    r.run();
    expect(r.alerts).toEqual([]);
    setValue(d, 0, '');
    r.run();
    expect(r.alerts).toEqual([]);
  });
});
