// Settings of issue 14, in a section of their own: the organisation's help contact (shown at
// the foot of the card), clearing the progress, and the settings as a file to pass on to a
// colleague (validated on import as stored settings are).
import { useState } from 'preact/hooks';
import { type HelpContact, readSettingsFile, resetProgress, type Settings, settingsFile } from '../core/state.js';
import { type MessageKey, t } from '../i18n.js';
import { updateState } from '../storage.js';

const FIELDS: [keyof HelpContact, MessageKey, 'text' | 'tel' | 'email'][] = [
  ['name', 'optionsHelpName', 'text'],
  ['phone', 'optionsHelpPhone', 'tel'],
  ['email', 'optionsHelpEmail', 'email'],
];

type Notice = 'optionsResetDone' | 'optionsImported' | 'optionsImportBad';

/** Saves the file through a link: no download permission, nothing leaves the computer. */
function saveFile(settings: Settings): void {
  const url = URL.createObjectURL(new Blob([settingsFile(settings)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'chorus-moe-assistant-reglages.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DataSettings({ settings, save }: { settings: Settings; save(change: Partial<Settings>): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const help = settings.help ?? { name: '', phone: '', email: '' };
  return (
    <>
      <fieldset data-moe-help-settings="">
        <legend>{t('optionsHelpTitle')}</legend>
        <p style={{ margin: '0 0 6px' }}>{t('optionsHelpHint')}</p>
        {FIELDS.map(([key, label, type]) => (
          <p key={key} style={{ margin: '4px 0' }}>
            <label>
              {t(label)}{' '}
              <input
                type="text"
                inputMode={type}
                maxLength={120}
                data-moe-help={key}
                value={help[key]}
                onChange={(e) => {
                  const next = { ...help, [key]: e.currentTarget.value.trim() };
                  void save({ help: next.name || next.phone || next.email ? next : undefined });
                }}
              />
            </label>
          </p>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsDataTitle')}</legend>
        <p style={{ margin: '4px 0' }}>
          <button type="button" data-moe-export="" onClick={() => saveFile(settings)}>
            {t('optionsExport')}
          </button>{' '}
          <label>
            {t('optionsImport')}{' '}
            <input
              type="file"
              accept=".json,application/json"
              data-moe-import=""
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (!file) return;
                const imported = readSettingsFile(await file.text());
                if (imported) await save({ ...imported, help: imported.help });
                setNotice(imported ? 'optionsImported' : 'optionsImportBad');
              }}
            />
          </label>
        </p>
        <p style={{ margin: '4px 0' }}>
          {confirming ? (
            <>
              <button
                type="button"
                data-moe-reset-confirm=""
                onClick={async () => {
                  await updateState((state) => resetProgress(state, Date.now()));
                  setConfirming(false);
                  setNotice('optionsResetDone');
                }}
              >
                {t('optionsResetConfirm')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('optionsResetCancel')}
              </button>
            </>
          ) : (
            <button type="button" data-moe-reset="" onClick={() => setConfirming(true)}>
              {t('optionsReset')}
            </button>
          )}
        </p>
        <p role="status" data-moe-data-notice={notice ?? ''}>
          {notice ? t(notice) : ''}
        </p>
      </fieldset>
    </>
  );
}
