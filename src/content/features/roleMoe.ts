// Step 4: the tutorial's role is always « Maîtrise d'oeuvre ».
import { t } from '../../i18n.js';
import { chooseOnce } from './choose.js';
import type { Feature } from './types.js';

export const roleMoe: Feature = {
  id: 'role-moe',
  screens: ['works-search', 'works-results'],
  run(ctx) {
    chooseOnce(ctx, 'role-moe', 'search.roleMoe', '« Maîtrise d’œuvre »', t('autoRoleMoe'));
  },
};
