// Issue 14: the help contact, the settings file (export / import) and « Effacer la progression ».
import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  markDone,
  readSettingsFile,
  readState,
  resetProgress,
  SETTINGS_FILE_FORMAT,
  type Settings,
  selectInvoice,
  settingsFile,
} from '../../src/core/state.js';

const help = { name: 'Service achats', phone: '02 98 00 00 00', email: 'achats@mairie.example' };

describe('the help contact', () => {
  test('is kept when it says something, trimmed and bounded, and dropped when empty or not text', () => {
    const read = (h: unknown) => readState({ version: 2, invoices: [], settings: { help: h } }).state.settings.help;
    expect(read(help)).toEqual(help);
    expect(read({ name: '  Mme Le Goff ', phone: 3, email: null })).toEqual({ name: 'Mme Le Goff', phone: '', email: '' });
    expect(read({ name: 'x'.repeat(500) })?.name).toHaveLength(120);
    expect(read({ name: ' ', phone: '', email: '' })).toBeUndefined();
    expect(read('Service achats')).toBeUndefined();
  });
});

describe('the settings file', () => {
  const settings: Settings = { defaultCadre: 'A17', disabled: ['cadre'], language: 'en', moeDays: 12, help };

  test('gives back the same settings', () => {
    expect(readSettingsFile(settingsFile(settings))).toEqual(settings);
    expect(JSON.parse(settingsFile(settings)).format).toBe(SETTINGS_FILE_FORMAT);
  });

  test('is validated as stored settings are: unknown values fall back to the defaults', () => {
    const file = JSON.stringify({
      format: SETTINGS_FILE_FORMAT,
      settings: { defaultCadre: 'A1', disabled: ['nope', 'structure'] },
    });
    expect(readSettingsFile(file)).toEqual({ ...defaultSettings(), disabled: ['structure'] });
  });

  test('anything else is refused', () => {
    for (const content of ['', 'not json', '[]', '{"settings":{}}', JSON.stringify({ format: 'other/1', settings: {} })]) {
      expect(readSettingsFile(content), content).toBeNull();
    }
    expect(readSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: 'A15' }))).toBeNull();
  });
});

test('clearing the progress forgets every invoice and keeps the settings', () => {
  let state = readState({ version: 2, invoices: [], settings: { defaultCadre: 'A16', help } }).state;
  state = selectInvoice(markDone(state, '', [1, 2, 3], 1), 'FT-1', {}, '', 2);
  const cleared = resetProgress(state, 3);
  expect(cleared.invoices).toEqual([{ number: '', done: [], skipped: [], updatedAt: 3 }]);
  expect(cleared.current).toBe('');
  expect(cleared.settings).toEqual(state.settings);
});
