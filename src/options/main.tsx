// Settings: the language, the default cadre and which choices the assistant makes for the user.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { MOE_CADRES, type MoeCadre } from '../core/cadres.js';
import {
  AUTOMATION_IDS,
  type AutomationId,
  type LanguageSetting,
  readState,
  STORAGE_KEY,
  type StoredState,
} from '../core/state.js';
import { type MessageKey, setLanguage, t } from '../i18n.js';

const LABELS: Record<AutomationId, MessageKey> = {
  'role-moe': 'optionRoleMoe',
  structure: 'optionStructure',
  'export-pdf': 'optionExportPdf',
  'export-no-attachments': 'optionExportNoAttachments',
  cadre: 'optionCadre',
  'attachment-designation': 'optionAttachmentDesignation',
  'attachment-type': 'optionAttachmentType',
  'amount-check': 'optionAmountCheck',
};

const LANGUAGES: [LanguageSetting, MessageKey][] = [
  ['auto', 'optionsLanguageAuto'],
  ['fr', 'optionsLanguageFr'],
  ['en', 'optionsLanguageEn'],
];

function Options() {
  const [state, setState] = useState<StoredState | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    browser.storage.local.get(STORAGE_KEY).then((items) => setState(readState(items[STORAGE_KEY]).state));
  }, []);
  if (!state) return null;
  const save = async (next: StoredState) => {
    // Re-read first: a content script may have moved progress on since this page opened.
    const fresh = readState((await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]).state;
    const merged = { ...fresh, settings: next.settings };
    setState(merged);
    await browser.storage.local.set({ [STORAGE_KEY]: merged });
    setSaved(true);
  };
  const { settings } = state;
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
            onChange={(e) => save({ ...state, settings: { ...settings, language: e.currentTarget.value as LanguageSetting } })}
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
          <select
            value={settings.defaultCadre}
            onChange={(e) => save({ ...state, settings: { ...settings, defaultCadre: e.currentTarget.value as MoeCadre } })}
          >
            {MOE_CADRES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </p>
      <fieldset>
        <legend>{t('optionsAutomations')}</legend>
        {AUTOMATION_IDS.map((id) => (
          <p key={id} style={{ margin: '4px 0' }}>
            <label>
              <input
                type="checkbox"
                data-moe-option={id}
                checked={!settings.disabled.includes(id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const disabled = on ? settings.disabled.filter((d) => d !== id) : [...settings.disabled, id];
                  void save({ ...state, settings: { ...settings, disabled } });
                }}
              />{' '}
              {t(LABELS[id])}
            </label>
          </p>
        ))}
      </fieldset>
      <p role="status">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
