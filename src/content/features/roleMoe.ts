// Step 4: the tutorial's role is always « Maîtrise d'oeuvre ».
import { t } from '../../i18n.js';
import { chooseOption } from './choose.js';

export const roleMoe = chooseOption({
  id: 'role-moe',
  locator: 'search.roleMoe',
  what: '« Maîtrise d’œuvre »',
  notice: () => t('autoRoleMoe'),
});
