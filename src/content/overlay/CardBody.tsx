// The step card's content: the step, its invoice and deadline, what to do and why, the notes
// of the features, and the card's buttons.
import { isSent, STEP_COUNT, stepWhere } from '../../core/steps.js';
import { deadlineText, stepText, t } from '../../i18n.js';
import type { ViewModel } from '../viewModel.js';
import type { OverlayActions } from './App.js';
import { CardTools } from './CardTools.js';
import { HelpFooter } from './HelpFooter.js';
import { trusted } from './trusted.js';

export function CardBody({ vm, actions }: { vm: ViewModel; actions: OverlayActions }) {
  const { step, screen } = vm;
  if (screen === 'login') {
    return (
      <>
        <div class="moe-kicker">{t('cardStep', { N: stepWhere((s) => s.screens.includes('login')), TOTAL: STEP_COUNT })}</div>
        <p class="moe-text">{t('cardLogin')}</p>
      </>
    );
  }
  if (!step) {
    return <p class="moe-text">{t('cardSent')}</p>;
  }
  const why = step.why ? stepText(step.n, 'Why') : '';
  const deadline = isSent(vm.invoice.done) ? null : deadlineText(vm.invoice.receivedAt, new Date(), vm.state.settings.moeDays);
  return (
    <>
      <div class="moe-kicker">
        <span>{t('cardStep', { N: step.n, TOTAL: STEP_COUNT })}</span>
        {vm.invoice.number && <span>{t('cardInvoice', { NUMBER: vm.invoice.number })}</span>}
      </div>
      {deadline && (
        <p class={`moe-deadline ${deadline.tone}`} data-moe-deadline="">
          {deadline.text}
        </p>
      )}
      <h2 class="moe-title" tabIndex={-1}>
        {stepText(step.n, 'Title')}
      </h2>
      {vm.openFirst !== null && (
        <p class="moe-open-first" data-moe-open-first="">
          {vm.openFirst ? t('cardOpenFirst', { NAME: vm.openFirst }) : t('cardOpenFirstUnnamed')}
        </p>
      )}
      <p class="moe-text">{stepText(step.n, 'Text')}</p>
      {vm.pageName && (
        <p class="moe-page-name" data-moe-page-name="">
          {t('cardPageName', { NAME: vm.pageName })}
        </p>
      )}
      {why && <p class="moe-why">{why}</p>}
      {!vm.onScreen && <p class="moe-note">{t('cardOtherScreen')}</p>}
      {vm.targetMissing && <p class="moe-missing">{t('cardNotFound', { TARGET: vm.targetText })}</p>}
      {vm.notes.map((n) => (
        <p class="moe-note" key={n.key}>
          {n.text}
        </p>
      ))}
      {step.card?.includes('amounts') && vm.summary.length > 0 && (
        <table class="moe-summary" aria-label={t('cardAmountsRead')}>
          <tbody>
            {vm.summary.map((l) => (
              <tr key={l.label}>
                <td>{l.label}</td>
                <td>{l.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="moe-actions">
        <button type="button" class="primary" data-moe-action="done" onClick={trusted(actions.done)}>
          {t('cardDone')}
        </button>
        <button type="button" data-moe-action="skip" onClick={trusted(actions.skip)}>
          {t('cardSkip')}
        </button>
        <button type="button" data-moe-action="hide" title={t('cardHideHint')} onClick={trusted(() => actions.collapse(true))}>
          {t('cardHide')}
        </button>
      </div>
      <CardTools vm={vm} actions={actions} note={actions.pickNote} />
      <p class="moe-hint">{t('cardShortcutHint')}</p>
      <HelpFooter contact={vm.help} />
    </>
  );
}
