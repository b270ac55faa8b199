import { expect, test, vi } from 'vitest';
import { AUTOMATIONS } from '../../src/core/features.js';
import { t } from '../../src/i18n.js';

test('the options page shows one switch per described automation, labelled from its description, all on by default', async () => {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  await import('../../src/options/main.js');
  const switches = () => Array.from(app.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"][data-moe-option]'));
  await vi.waitFor(() => expect(switches()).toHaveLength(AUTOMATIONS.length));
  expect(switches().map((box) => box.dataset.moeOption)).toEqual(AUTOMATIONS.map((a) => a.id));
  expect(switches().map((box) => box.closest('label')?.textContent?.trim())).toEqual(AUTOMATIONS.map((a) => t(a.labelKey)));
  expect(switches().every((box) => box.checked)).toBe(true);
});
