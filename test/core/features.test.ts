import { describe, expect, test } from 'vitest';
import { AUTOMATION_IDS, AUTOMATIONS, FEATURES } from '../../src/core/features.js';
import { readSettings, readSettingsFile, settingsFile } from '../../src/core/state.js';
import { STEPS } from '../../src/core/steps.js';
import { MESSAGES } from '../../src/locales/messages.js';

describe('features described once (core/features.ts)', () => {
  test('each id is described once', () => {
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });

  test('the automations are the described features with a switch, in their order', () => {
    expect(AUTOMATION_IDS).toEqual(FEATURES.filter((f) => f.labelKey !== undefined).map((f) => f.id));
    expect(AUTOMATION_IDS).toContain('role-moe');
    expect(AUTOMATION_IDS).not.toContain('send-guard');
  });

  test('settings keep every described automation turned off, and drop an unknown id or a guard', () => {
    const settings = readSettings({ disabled: ['no-such-feature', ...AUTOMATION_IDS, 'refuse-guard', 42, '__proto__'] });
    expect(settings.disabled).toEqual(AUTOMATION_IDS);
    expect(readSettings({ disabled: ['cadre', 'cadre-v2'] }).disabled).toEqual(['cadre']);
  });

  test('a settings file round-trips every described automation', () => {
    const settings = readSettings({ disabled: AUTOMATION_IDS });
    expect(readSettingsFile(settingsFile(settings))?.disabled).toEqual(AUTOMATION_IDS);
  });

  test("each switch's label names the step whose record lists the feature, in both languages", () => {
    const messages = MESSAGES as Record<string, { fr: string; en: string }>;
    for (const automation of AUTOMATIONS) {
      const step = STEPS.find((s) => s.features?.includes(automation.id));
      const label = messages[automation.labelKey];
      expect(label?.fr, automation.id).toContain(`(étape ${step?.n})`);
      expect(label?.en, automation.id).toContain(`(step ${step?.n})`);
    }
  });
});
