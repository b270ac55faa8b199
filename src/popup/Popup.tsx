// The popup: the 23 steps grouped by section for the invoice at hand, its 7-day deadline,
// manual ticks, « Recommencer », and a way to open Chorus Pro.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser.js';
import { type InvoiceProgress, PENDING, progressOf, restart, type StoredState, setDone } from '../core/state.js';
import { isSent, SECTIONS, type SectionId, STEP_COUNT, STEPS } from '../core/steps.js';
import { deadlineText, type MessageKey, setLanguage, stepText, t } from '../i18n.js';
import { type ContentToPopupTab, isTabAnswer, type PopupToContentWhich } from '../messages.js';
import { loadState, onStateChanged, takeResetNotice, updateState } from '../storage.js';
import { DiagnosticButton } from './Diagnostic.js';
import { InvoiceList } from './InvoiceList.js';
import { askPortalTabs, askTabAtHand } from './portalTabs.js';

const PORTAL_HOME = 'https://portail.chorus-pro.gouv.fr/aife_csm/fr?id=aife_index';

const SECTION_KEYS: Record<SectionId, MessageKey> = {
  login: 'sectionLogin',
  find: 'sectionFind',
  open: 'sectionOpen',
  certificate: 'sectionCertificate',
  complete: 'sectionComplete',
  finish: 'sectionFinish',
};

/** Each tab keeps the invoice and step it shows; nothing of that is stored. */
function askTabs(): Promise<ContentToPopupTab | null> {
  const message: PopupToContentWhich = { type: 'popup→content:which' };
  return askTabAtHand(message, isTabAnswer);
}

/**
 * Brings to the front the portal tab that shows this invoice, else any portal tab, else
 * opens Chorus Pro (issue 12).
 */
async function bringToFront(number: string): Promise<void> {
  const message: PopupToContentWhich = { type: 'popup→content:which' };
  const portal = await askPortalTabs(message, isTabAnswer);
  const chosen = portal.find((a) => a.answer.invoice === number) ?? portal.sort((a, b) => b.answer.seenAt - a.answer.seenAt)[0];
  if (!chosen?.tab.id) {
    await browser.tabs.create({ url: PORTAL_HOME });
    return;
  }
  await browser.tabs.update(chosen.tab.id, { active: true });
  if (chosen.tab.windowId !== undefined) await browser.windows.update(chosen.tab.windowId, { focused: true });
}

function usePopupData(): { state: StoredState | null; tab: ContentToPopupTab | null; wasReset: boolean } {
  const [state, setState] = useState<StoredState | null>(null);
  const [tab, setTab] = useState<ContentToPopupTab | null>(null);
  const [wasReset, setWasReset] = useState(false);
  useEffect(() => {
    const ask = () => askTabs().then(setTab, () => setTab(null));
    loadState().then(async ({ state: loaded }) => {
      setState(loaded);
      // Said once: the flag is cleared as soon as the popup has shown it.
      setWasReset(await takeResetNotice());
    });
    void ask();
    return onStateChanged((next) => {
      setState(next);
      void ask();
    });
  }, []);
  return { state, tab, wasReset };
}

function Deadline({ progress, days }: { progress: InvoiceProgress; days: number }) {
  if (!progress.number) return null;
  if (isSent(progress.done)) return <p class="deadline">{t('popupSent')}</p>;
  const deadline = deadlineText(progress.receivedAt, new Date(), days);
  // « Enregistrer » is not sending (mistake n° 6).
  const draft = progress.draftSavedAt !== undefined && (
    <p class="deadline soon" data-moe-draft="">
      {t('popupDraft')}
    </p>
  );
  if (!deadline) {
    return (
      <>
        <p class="deadline">{t('deadlineUnknown')}</p>
        {draft}
      </>
    );
  }
  return (
    <>
      <p class={`deadline ${deadline.tone}`} data-moe-deadline="">
        {deadline.text}
      </p>
      {draft}
    </>
  );
}

export function Popup() {
  const { state, tab, wasReset } = usePopupData();
  const [chosen, setChosen] = useState<string | null>(null);
  if (!state) return null;
  document.documentElement.lang = setLanguage(state.settings.language);
  return (
    <PopupView
      state={state}
      tab={tab}
      chosen={chosen}
      wasReset={wasReset}
      change={(change) => void updateState(change)}
      choose={(number) => {
        setChosen(number);
        void updateState((s) => (s.current === number ? s : { ...s, current: number }));
      }}
      open={(number) => {
        setChosen(number);
        void bringToFront(number);
      }}
    />
  );
}

export interface PopupViewProps {
  state: StoredState;
  /** What the portal tab at hand shows, if one answered. */
  tab: ContentToPopupTab | null;
  /** An invoice the user picked in the popup. */
  chosen: string | null;
  wasReset: boolean;
  change(change: (state: StoredState) => StoredState): void;
  choose(number: string): void;
  /** An invoice of the « most urgent first » list was clicked: bring its tab to the front. */
  open?(number: string): void;
}

export function PopupView({ state, tab, chosen, wasReset, change, choose, open: bring = choose }: PopupViewProps) {
  const key = chosen ?? tab?.invoice ?? state.current;
  const progress = progressOf(state, key);
  const open = [...progress.done, ...progress.skipped];
  // The step the page shows when there is one, else the first one left.
  const shown = !chosen && tab?.invoice === key ? tab.step : null;
  const current = STEPS.find((s) => s.n === shown) ?? STEPS.find((s) => !open.includes(s.n)) ?? null;
  const others = state.invoices.filter((p) => p.number !== PENDING && p.number !== key);
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
        {wasReset && (
          <p class="notice" role="status" data-moe-reset="">
            {t('popupReset')}
          </p>
        )}
        <Deadline progress={progress} days={state.settings.moeDays} />
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
                          onChange={(e) => {
                            const checked = e.currentTarget.checked;
                            change((st) => setDone(st, key, s.n, checked, now()));
                          }}
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
                  const number = e.currentTarget.value;
                  // The first option is a dash: only a real invoice is chosen.
                  if (e.currentTarget.selectedIndex > 0) choose(number);
                }}
              >
                <option value="">—</option>
                {others.map((p) => (
                  <option key={p.number} value={p.number}>
                    {p.number} ({p.done.length}/{STEP_COUNT})
                  </option>
                ))}
              </select>
            </label>
          </p>
        )}
        <InvoiceList state={state} open={bring} />
        <div class="buttons">
          <button type="button" class="primary" onClick={() => browser.tabs.create({ url: PORTAL_HOME })}>
            {t('popupOpenPortal')}
          </button>
          <button type="button" data-moe-restart="" onClick={() => change((st) => restart(st, key, now()))}>
            {t('popupRestart')}
          </button>
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            {t('popupOptions')}
          </button>
        </div>
        <DiagnosticButton />
      </main>
    </>
  );
}
