// The elements the user showed with « Montrer l'élément » (issue 14): one line per step and
// host, saying how the assistant finds it, each with a reset, and a reset of them all.
import { useEffect, useState } from 'preact/hooks';
import { clearPicked, dropPicked, type PickedElement, type PickedLocator, type PickedRole } from '../core/state.js';
import { type MessageKey, t } from '../i18n.js';
import { loadState, onStateChanged, updateState } from '../storage.js';

const ROLES: Record<PickedRole, MessageKey> = {
  button: 'pickedRoleButton',
  link: 'pickedRoleLink',
  tab: 'pickedRoleTab',
  radio: 'pickedRoleRadio',
  checkbox: 'pickedRoleCheckbox',
  option: 'pickedRoleOption',
};

/** How the assistant finds the element, in the user's words. */
export function describePicked(locator: PickedLocator): string {
  switch (locator.by) {
    case 'id':
      return t('pickedById', { ID: locator.id });
    case 'label':
      return t('pickedByLabel', { TEXT: locator.text });
    case 'role':
      return t('pickedByRole', { ROLE: t(ROLES[locator.role]), NAME: locator.name });
    case 'name':
      return t('pickedByName', { NAME: locator.value === undefined ? locator.name : `${locator.name} = ${locator.value}` });
    case 'path': {
      const from = 'id' in locator.from ? `#${locator.from.id}` : 'landmark' in locator.from ? locator.from.landmark : 'body';
      return t('pickedByPath', { PATH: [from, ...locator.steps.map((s) => `${s.tag}:${s.nth}`)].join(' › ') });
    }
  }
}

export function PickedElements() {
  const [picked, setPicked] = useState<PickedElement[] | null>(null);
  useEffect(() => {
    loadState().then(({ state }) => setPicked(state.picked));
    return onStateChanged((state) => setPicked(state.picked));
  }, []);
  if (!picked) return null;
  const sorted = [...picked].sort((a, b) => a.host.localeCompare(b.host) || a.step - b.step);
  return (
    <fieldset data-moe-picked-settings="">
      <legend>{t('optionsPickedTitle')}</legend>
      {sorted.length === 0 ? (
        <p style={{ margin: '4px 0' }}>{t('optionsPickedNone')}</p>
      ) : (
        <>
          <ul style={{ margin: '4px 0', paddingLeft: '18px' }}>
            {sorted.map((p) => (
              <li key={`${p.host} ${p.step}`} data-moe-picked={`${p.host} ${p.step}`} style={{ margin: '4px 0' }}>
                {t('optionsPickedStep', { N: p.step })} · {p.host} · {describePicked(p.locator)}{' '}
                <button
                  type="button"
                  data-moe-picked-reset=""
                  onClick={() => void updateState((s) => dropPicked(s, p.host, p.step))}
                >
                  {t('optionsPickedReset')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-moe-picked-reset-all="" onClick={() => void updateState(clearPicked)}>
            {t('optionsPickedResetAll')}
          </button>
        </>
      )}
    </fieldset>
  );
}
