// Mistake n° 6: « Enregistrer » keeps a draft; only « Valider et envoyer » then « Confirmer
// et envoyer » send (tutorial steps 22–23). After a save, the card says so until it is sent.
import { isSent } from '../../core/steps.js';
import { t } from '../../i18n.js';
import type { FeatureRun } from './types.js';

export const draftNote: FeatureRun = (ctx) => {
  if (ctx.progress.draftSavedAt === undefined || isSent(ctx.progress.done)) return;
  ctx.note({ key: 'draft-saved', text: t('draftNotSent') });
};
