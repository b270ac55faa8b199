import { describe, expect, test } from 'vitest';
import { labelMatches, normalizeLabel } from '../../src/core/normalize.js';

describe('normalizeLabel (portal.md §4)', () => {
  test.each([
    ["Maîtrise d'œuvre", "maitrise d'oeuvre"],
    ['Maitrise d’oeuvre', "maitrise d'oeuvre"],
    ["MAÎTRISE D'OEUVRE", "maitrise d'oeuvre"],
    ['Maîtrise\u00a0d\u02bcœuvre ', "maitrise d'oeuvre"],
    ['  Montant\u202fHT\n ', 'montant ht'],
    ['📂 Parcourir', 'parcourir'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  test('matches exact labels with a trailing colon or required star, prefixes and contained text', () => {
    expect(labelMatches('Cadre de facturation :', 'Cadre de facturation')).toBe(true);
    expect(labelMatches('Cadre de facturation *', 'Cadre de facturation')).toBe(true);
    expect(labelMatches('Cadre de facturation du dépôt', 'Cadre de facturation')).toBe(false);
    expect(labelMatches('Télécharger la facture FT-1', 'Télécharger', 'prefix')).toBe(true);
    expect(labelMatches('avec pièces jointes complémentaires', 'pieces jointes complementaires', 'contains')).toBe(true);
    expect(labelMatches('anything', '')).toBe(false);
  });
});
