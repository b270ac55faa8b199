import { describe, expect, test } from 'vitest';
import { cadreCode, isMoeCadre, optionCadre } from '../../src/core/cadres.js';

describe('cadres de facturation', () => {
  test.each([
    ["A15 : Dépôt par une MOE d'un état d'acompte", 'A15'],
    ["A15 - Dépôt par une MOE d'un état d'acompte", 'A15'],
    ['A15_ETAT_ACOMPTE_MOE', 'A15'],
    ['a1 : facture', 'A1'],
    ['A1', 'A1'],
    ['A150', null],
    ['A26 : inconnu', null],
    ['Sélectionnez un cadre', null],
    ['', null],
  ])('the code of %j is %j', (text, code) => {
    expect(cadreCode(text)).toBe(code);
  });

  test('A1 never matches A15 or A10', () => {
    expect(cadreCode('A10 : sous-traitant')).toBe('A10');
    expect(optionCadre('A1_FACTURE', 'A1 : Dépôt par un fournisseur')).toBe('A1');
  });

  test('the value is trusted before the label', () => {
    expect(optionCadre('A16_ETAT_ACOMPTE_VALIDE_MOE', 'A15 : libellé erroné')).toBe('A16');
    expect(optionCadre('42', "A15 : Dépôt par une MOE d'un état d'acompte")).toBe('A15');
  });

  test('MOE cadres are A15–A18 and A24', () => {
    for (const code of ['A15', 'A16', 'A17', 'A18', 'A24']) expect(isMoeCadre(code)).toBe(true);
    for (const code of ['A1', 'A4', 'A14', 'A19', 'A23', 'A25', null]) expect(isMoeCadre(code)).toBe(false);
  });
});
