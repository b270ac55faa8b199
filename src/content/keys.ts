// Keyboard: the shortcut, Échap and Tab are read after the page's own handlers (bubbling,
// on window), and left alone when the page already used the key.
import { guarded } from './guarded.js';
import type { OverlayHost } from './overlay/host.js';
import { pageDialogOpen } from './overlay/page.js';

/** Alt+Shift+J moves focus into the card (README); the key's code, whatever the layout. */
const SHORTCUT_CODE = 'KeyJ';

/** The two keydown listeners: one before the page's handlers (capture), one after (bubbling). */
export interface KeyListeners {
  first: (e: KeyboardEvent) => void;
  last: (e: KeyboardEvent) => void;
}

export function keyListeners(win: Window, overlay: OverlayHost): KeyListeners {
  let dialogAtKeydown = false;
  return {
    first: guarded('keys', () => {
      dialogAtKeydown = pageDialogOpen(win.document);
    }),
    last: guarded('keys', (e: KeyboardEvent) => {
      if (!e.isTrusted || e.defaultPrevented) return;
      if (e.code === SHORTCUT_CODE && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        overlay.focusCard();
      } else if (e.key === 'Escape') {
        // The page's open window owns Échap while focus is in the page.
        const ours = overlay.contains(e.composedPath()[0] ?? null);
        if (!ours && dialogAtKeydown) return;
        if (overlay.escape()) e.preventDefault();
      } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        if (overlay.tab(e)) e.preventDefault();
      }
    }),
  };
}
