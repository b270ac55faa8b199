// Focus between the overlay and the page.

export function focusWithin(root: Node | null): boolean {
  const active = (root?.getRootNode() as ShadowRoot | undefined)?.activeElement ?? null;
  return !!active && !!root?.contains(active);
}

/** Moves focus to a page element if it can still take it; tells whether it did. */
export function focusPage(anchor: Element | null | undefined): boolean {
  const given = anchor instanceof HTMLLabelElement ? anchor.control : anchor;
  // A select drawn by script that takes no focus itself keeps an input for it (Vuetify's).
  const el =
    given instanceof HTMLElement && given.tabIndex < 0
      ? (given.querySelector<HTMLElement>('input[role="combobox"], [tabindex]:not([tabindex="-1"])') ?? given)
      : given;
  if (!(el instanceof HTMLElement) || !el.isConnected || el.tabIndex < 0) return false;
  el.focus({ preventScroll: true });
  return el.ownerDocument.activeElement === el;
}
