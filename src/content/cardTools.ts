// « Montrer l'élément » and « Copier le diagnostic » on the card (issue 14): the picker for the
// current step, the line the card shows after it, and this page's diagnostic as JSON.
import { browser } from '../browser.js';
import { buildDiagnostic } from '../chorus/diagnostic.js';
import { deriveLocator } from '../chorus/picked.js';
import { t } from '../i18n.js';
import type { Engine } from './engine.js';
import { guarded } from './guarded.js';
import { logOnce } from './log.js';
import type { OverlayHost } from './overlay/host.js';
import { startPicker } from './picker.js';

export interface CardTools {
  pick(): void;
  diagnostic(): string;
  /** The line from the last pick, for the card of that step only. */
  note(step: number | undefined): string;
  /** The page is left: a picker under way ends. */
  stop(): void;
}

export function cardTools(doc: Document, overlay: OverlayHost, engine: () => Engine): CardTools {
  let pickNote = { step: 0, text: '' };
  let stopPicker: (() => void) | null = null;
  return {
    diagnostic: () => {
      const { invoice, step } = engine().shown();
      const extensionVersion = browser.runtime.getManifest().version;
      try {
        return JSON.stringify(buildDiagnostic(doc, { extensionVersion, step, ctx: { invoiceNumber: invoice } }), null, 2);
      } catch (error) {
        logOnce('diagnostic', error);
        return '';
      }
    },
    pick: () => {
      const view = engine().view();
      const step = view?.step;
      if (!view || !step || stopPicker) return;
      stopPicker = startPicker({
        host: overlay.host,
        instruction: t('pickInstruction', { TARGET: view.targetText }),
        picked: guarded('picked', (element: Element) => {
          stopPicker = null;
          const locator = deriveLocator(element);
          pickNote = { step: step.n, text: t(locator ? 'pickSaved' : 'pickUnusable') };
          if (locator) engine().card.pickCurrent(locator);
          else engine().schedule(0);
        }),
        cancelled: () => {
          stopPicker = null;
        },
      });
    },
    note: (step) => (pickNote.step === step ? pickNote.text : ''),
    stop: () => {
      stopPicker?.();
      stopPicker = null;
    },
  };
}
