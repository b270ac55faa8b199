// The popup: the 23 steps grouped by section for the invoice at hand, its 7-day deadline,
// manual ticks, « Recommencer », and a way to open Chorus Pro.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  currentProgress,
  type InvoiceProgress,
  PENDING,
  readState,
  restart,
  STORAGE_KEY,
  type StoredState,
  setDone,
} from '../core/state.js';
import { SECTIONS, type SectionId, STEPS } from '../core/steps.js';
import { deadlineText, type MessageKey, setLanguage, stepText, t } from '../i18n.js';

const PORTAL_HOME = 'https://portail.chorus-pro.gouv.fr/aife_csm/fr?id=aife_index';

const SECTION_KEYS: Record<SectionId, MessageKey> = {
  login: 'sectionLogin',
  find: 'sectionFind',
  open: 'sectionOpen',
  certificate: 'sectionCertificate',
  complete: 'sectionComplete',
  finish: 'sectionFinish',
};

function useStoredState(): [StoredState | null, (s: StoredState) => void] {
  const [state, setState] = useState<StoredState | null>(null);
  useEffect(() => {
    browser.storage.local.get(STORAGE_KEY).then((items) => setState(readState(items[STORAGE_KEY]).state));
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && STORAGE_KEY in changes) setState(readState(changes[STORAGE_KEY]?.newValue).state);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const save = (next: StoredState) => {
    setState(next);
    void browser.storage.local.set({ [STORAGE_KEY]: next });
  };
  return [state, save];
}

function Deadline({ progress }: { progress: InvoiceProgress }) {
  if (!progress.number) return null;
  if (progress.done.includes(23)) return <p class="deadline">{t('popupSent')}</p>;
  const deadline = deadlineText(progress.receivedAt, new Date());
  if (!deadline) return <p class="deadline">{t('deadlineUnknown')}</p>;
  return (
    <p class={`deadline ${deadline.tone}`} data-moe-deadline="">
      {deadline.text}
    </p>
  );
}

export function Popup() {
  const [state, save] = useStoredState();
  const [wasReset, setWasReset] = useState(false);
  useEffect(() => {
    // Said once: the flag is cleared as soon as the popup has shown it.
    browser.storage.local.get('moeStateWasReset').then((items) => {
      if (items.moeStateWasReset !== true) return;
      setWasReset(true);
      void browser.storage.local.remove('moeStateWasReset');
    });
  }, []);
  if (!state) return null;
  document.documentElement.lang = setLanguage(state.settings.language);
  const progress = currentProgress(state);
  const open = [...progress.done, ...progress.skipped];
  // The step the page shows when there is one, else the first one left.
  const current = STEPS.find((s) => s.n === progress.shown) ?? STEPS.find((s) => !open.includes(s.n)) ?? null;
  const others = Object.values(state.invoices).filter((p) => p.number !== PENDING && p.number !== state.current);
  const now = () => Date.now();
  return (
    <>
      <header>
        <h1>{t('extName')}</h1>
        <p data-moe-invoice="">
          {progress.number ? t('popupInvoice', { NUMBER: progress.number }) : t('popupNoInvoice')}
          {progress.supplier ? ` · ${progress.supplier}` : ''}
          {progress.amount ? ` · ${progress.amount}` : ''}
        </p>
      </header>
      <main>
        {wasReset && <p class="notice">{t('popupReset')}</p>}
        <Deadline progress={progress} />
        <ol class="checklist" data-moe-checklist="">
          {SECTIONS.map((section) => (
            <li key={section}>
              <span class="section">{t(SECTION_KEYS[section])}</span>
              <ol>
                {STEPS.filter((s) => s.section === section).map((s) => {
                  const done = progress.done.includes(s.n);
                  const skipped = progress.skipped.includes(s.n);
                  return (
                    <li
                      key={s.n}
                      data-step={s.n}
                      {...(done ? { 'data-done': '' } : {})}
                      {...(current?.n === s.n ? { 'aria-current': 'step' } : {})}
                    >
                      <label>
                        <input
                          type="checkbox"
                          checked={done}
                          onChange={(e) => save(setDone(state, state.current, s.n, e.currentTarget.checked, now()))}
                        />
                        <span class="num">{s.n}.</span>
                        <span>
                          {stepText(s.n, 'Title')}
                          {skipped && !done && <span class="skipped"> — {t('cardSkip').toLowerCase()}</span>}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
        {others.length > 0 && (
          <p>
            <label>
              {t('popupOtherInvoices')}{' '}
              <select
                onChange={(e) => {
                  const key = e.currentTarget.value;
                  if (key) save({ ...state, current: key });
                }}
              >
                <option value="">—</option>
                {others.map((p) => (
                  <option key={p.number} value={p.number}>
                    {p.number} ({p.done.length}/23)
                  </option>
                ))}
              </select>
            </label>
          </p>
        )}
        <div class="buttons">
          <button type="button" class="primary" onClick={() => browser.tabs.create({ url: PORTAL_HOME })}>
            {t('popupOpenPortal')}
          </button>
          <button type="button" data-moe-restart="" onClick={() => save(restart(state, state.current, now()))}>
            {t('popupRestart')}
          </button>
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            {t('popupOptions')}
          </button>
        </div>
      </main>
    </>
  );
}
