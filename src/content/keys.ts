// Keyboard: the shortcut, Échap and Tab are read after the page's own handlers (bubbling,
// on window), and left alone when the page already used the key. A key pressed in our boxes is
// read at our host and goes no further: the page's listeners above it never hear it.
import { guarded } from './guarded.js';
import type { OverlayHost } from './overlay/host.js';
import { pageDialogOpen } from './overlay/page.js';

/** Alt+Shift+J moves focus into the card (README); the key's code, whatever the layout. */
const SHORTCUT_CODE = 'KeyJ';

/** The keydown listeners: one before the page's handlers (capture), one after (bubbling), one on our host. */
export interface KeyListeners {
  first: (e: KeyboardEvent) => void;
  last: (e: KeyboardEvent) => void;
  /**
   * On the host, for the keys pressed in our boxes: read there, then stopped. A window of the
   * page that closes on an Échap heard on <body> (Angular CDK's overlays) or a page's own
   * shortcuts would otherwise act on a key the user pressed in the card.
   */
  own: (e: KeyboardEvent) => void;
}

export function keyListeners(win: Window, overlay: OverlayHost): KeyListeners {
  let dialogAtKeydown = false;
  const read = (e: KeyboardEvent) => {
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
  };
  return {
    first: guarded('keys', () => {
      dialogAtKeydown = pageDialogOpen(win.document);
    }),
    last: guarded('keys', read),
    own: guarded('keys', (e: KeyboardEvent) => {
      if (!overlay.contains(e.composedPath()[0] ?? null)) return;
      e.stopPropagation();
      read(e);
    }),
  };
}
