// Every automation and guard, in one list (refined-github's feature manager). Each runs
// isolated: an exception is caught and logged once, and the others carry on.
import { amountCheck } from './amounts.js';
import { attachmentDesignation, attachmentType } from './attachment.js';
import { cadre } from './cadre.js';
import { draftNote } from './draftNote.js';
import { exportNoAttachments } from './exportNoAttachments.js';
import { exportPdf } from './exportPdf.js';
import { facturxNote } from './facturxNote.js';
import { refuseGuard } from './refuseGuard.js';
import { roleMoe } from './roleMoe.js';
import { sendSummary } from './sendGuard.js';
import { structure } from './structure.js';
import type { Feature } from './types.js';

export const FEATURES: readonly Feature[] = [
  roleMoe,
  structure,
  exportPdf,
  exportNoAttachments,
  cadre,
  attachmentDesignation,
  attachmentType,
  amountCheck,
  refuseGuard,
  sendSummary,
  draftNote,
  facturxNote,
];
