// What each described feature (src/core/features.ts) does, by id: a description without a
// run, or a run without a description, does not compile.
import type { FeatureId } from '../../core/features.js';
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
import type { FeatureRun } from './types.js';

export const RUNS = {
  'role-moe': roleMoe,
  structure,
  'export-pdf': exportPdf,
  'export-no-attachments': exportNoAttachments,
  cadre,
  'attachment-designation': attachmentDesignation,
  'attachment-type': attachmentType,
  'amount-check': amountCheck,
  'refuse-guard': refuseGuard,
  'send-guard': sendSummary,
  'draft-note': draftNote,
  'facturx-note': facturxNote,
} satisfies Record<FeatureId, FeatureRun>;
