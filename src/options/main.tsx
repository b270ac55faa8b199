// Settings: the language, the default cadre and which choices the assistant makes for the user.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MOE_CADRES, type MoeCadre } from '../core/cadres.js';
import { clampMoeDays, MOE_DAYS_MAX, MOE_DAYS_MIN } from '../core/deadline.js';
import { AUTOMATIONS } from '../core/features.js';
import type { Language, Settings } from '../core/state.js';
import { type MessageKey, setLanguage, t } from '../i18n.js';
import { loadState, onStateChanged, updateState } from '../storage.js';
import { DataSettings } from './DataSettings.js';
import { PickedElements } from './PickedElements.js';

/** One switch per described automation; its label a key of the message table, or this does not compile. */
const SWITCHES = AUTOMATIONS satisfies readonly { labelKey: MessageKey }[];

const LANGUAGES: [Language, MessageKey][] = [
  ['auto', 'optionsLanguageAuto'],
  ['fr', 'optionsLanguageFr'],
  ['en', 'optionsLanguageEn'],
];

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    loadState().then(({ state }) => setSettings(state.settings));
    return onStateChanged((state) => setSettings(state.settings));
  }, []);
  if (!settings) return null;
  // Only the settings this page shows change: progress is the content scripts' and the popup's.
  const save = async (change: Partial<Settings>) => {
    await updateState((state) => ({ ...state, settings: { ...state.settings, ...change } }));
    setSaved(true);
  };
  document.documentElement.lang = setLanguage(settings.language);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', fontSize: '14px', padding: '8px' }}>
      <h1 style={{ fontSize: '16px' }}>{t('optionsTitle')}</h1>
      <p>
        <label>
          {t('optionsLanguage')}{' '}
          <select
            data-moe-option="language"
            value={settings.language}
            onChange={(e) => save({ language: e.currentTarget.value as Language })}
          >
            {LANGUAGES.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {t('optionsDefaultCadre')}{' '}
          <select value={settings.defaultCadre} onChange={(e) => void save({ defaultCadre: e.currentTarget.value as MoeCadre })}>
            {MOE_CADRES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {t('optionsMoeDays')}{' '}
          <input
            type="number"
            data-moe-option="moe-days"
            min={MOE_DAYS_MIN}
            max={MOE_DAYS_MAX}
            step={1}
            value={settings.moeDays}
            onChange={(e) => {
              const typed = Math.round(e.currentTarget.valueAsNumber);
              // Brought within the legal 1–15 days; an empty field means the default, 7.
              const days = clampMoeDays(
                Number.isFinite(typed) ? Math.min(MOE_DAYS_MAX, Math.max(MOE_DAYS_MIN, typed)) : Number.NaN,
              );
              e.currentTarget.value = String(days);
              void save({ moeDays: days });
            }}
          />
        </label>
      </p>
      <fieldset>
        <legend>{t('optionsAutomations')}</legend>
        {SWITCHES.map(({ id, labelKey }) => (
          <p key={id} style={{ margin: '4px 0' }}>
            <label>
              <input
                type="checkbox"
                data-moe-option={id}
                checked={!settings.disabled.includes(id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const disabled = on ? settings.disabled.filter((d) => d !== id) : [...settings.disabled, id];
                  void save({ disabled });
                }}
              />{' '}
              {t(labelKey)}
            </label>
          </p>
        ))}
      </fieldset>
      <DataSettings settings={settings} save={save} />
      <PickedElements />
      <p role="status">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
