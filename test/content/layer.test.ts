// The ring after a guard's « cancel » (issue 12): it stands while the user is where it was drawn.
import { expect, test } from 'vitest';
import { ringStands } from '../../src/content/layer.js';
import { STEPS } from '../../src/core/steps.js';
import { page } from '../chorus/fixtures.js';

const step = (n: number) => STEPS.find((s) => s.n === n) ?? null;

test('the ring after « cancel » stands on its screen and step; a window opened without a reload, the next step, or its element gone end it', () => {
  const doc = page('<button id="add">Ajouter une pièce jointe</button>');
  const add = doc.getElementById('add');
  const at = { screen: 'invoice-form', step: 18 };
  expect(ringStands(add, at, { screen: 'invoice-form', step: step(18) })).toBe(true);
  // The attachment window opened in a single-page application: no reload took the ring away.
  expect(ringStands(add, at, { screen: 'attachment-dialog', step: step(19) })).toBe(false);
  expect(ringStands(add, at, { screen: 'invoice-form', step: step(22) })).toBe(false);
  add?.remove();
  expect(ringStands(add, at, { screen: 'invoice-form', step: step(18) })).toBe(false);
  expect(ringStands(null, at, { screen: 'invoice-form', step: step(18) })).toBe(false);
});
