// The foot of the card: who to ask in the user's own organisation (issue 14), when the
// settings name someone. Shown as text: it is the user's own setting, never page text.
import type { HelpContact } from '../../core/state.js';
import { t } from '../../i18n.js';

export function HelpFooter({ contact }: { contact: HelpContact | undefined }) {
  if (!contact) return null;
  const parts = [contact.name, contact.phone, contact.email].filter(Boolean);
  return (
    <p class="moe-note" data-moe-help="">
      {t('cardHelp', { CONTACT: parts.join(' · ') })}
    </p>
  );
}
