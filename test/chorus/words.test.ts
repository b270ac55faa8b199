import { describe, expect, test } from 'vitest';
import { locate } from '../../src/chorus/locate.js';
import { wordScore, words } from '../../src/chorus/words.js';
import { page } from './fixtures.js';

describe('comparing labels word by word', () => {
  test('spelling, case, plural and verb forms are one word', () => {
    expect(words('Ajouter des pièces jointes')).toEqual(words('AJOUT DE PIÈCE JOINTE'));
    expect(words('Téléchargement')).toEqual(words('télécharger'));
    expect(words('Fichiers importés')).toEqual(words('fichier importer'));
    expect(words('N° de facture')).toEqual(words('Numéro facture'));
    expect(words('Libellé')).toEqual(words('Désignation'));
  });

  test('the same label scores 1, extra words on the page lower the score, other words score 0', () => {
    expect(wordScore('MAÎTRISE D’ŒUVRE', "Maîtrise d'oeuvre")).toBe(1);
    expect(wordScore('Numéro de facture *', 'Numéro de facture')).toBe(1);
    const longer = wordScore('Type de pièce jointe', 'Type');
    expect(longer).toBeGreaterThan(0.5);
    expect(longer).toBeLessThan(1);
    expect(wordScore("Maîtrise d'ouvrage", "Maîtrise d'oeuvre")).toBe(0);
    expect(wordScore('Valider et envoyer', 'Confirmer et envoyer')).toBe(0);
  });

  test('fewer words than ours count only when asked (a field’s label, not a heading)', () => {
    expect(wordScore('Facturation', 'Factures de travaux')).toBe(0);
    expect(wordScore('Numéro', 'Numéro de facture', true)).toBeGreaterThan(0);
  });

  test('texts are capped: a huge label costs no more than a short one', () => {
    expect(words(`Montant ${'x '.repeat(100_000)}`).length).toBeLessThan(200);
  });
});

describe('scored locating', () => {
  test('two different candidates with the same best score are not a match', () => {
    const doc = page(`<div role="dialog" aria-label="Télécharger la facture">
      <label><input type="radio" name="a" value="O"> Oui</label><label><input type="radio" name="a" value="N"> Non</label>
      <label><input type="radio" name="b" value="O"> Oui</label><label><input type="radio" name="b" value="N"> Non</label></div>`);
    expect(locate(doc, 'download.attachmentsNo')).toBeNull();
  });

  test('every cue that found the winner is reported, with its score', () => {
    const doc = page('<label for="n">Numéro de facture</label><input id="n" name="references.numeroFacture">');
    expect(locate(doc, 'form.number')).toMatchObject({ via: 'label', cues: ['label', 'name'] });
    expect(locate(doc, 'form.number')?.score).toBeGreaterThan(10);
  });

  test('a reworded label still finds its field, with a lower score', () => {
    const exact = locate(page('<label>Numéro de facture <input name="a"></label>'), 'form.number');
    const reworded = locate(page('<label>N° de la facture émise <input name="a"></label>'), 'form.number');
    expect(reworded).not.toBeNull();
    expect(reworded?.score ?? 0).toBeLessThan(exact?.score ?? 0);
  });
});
