// Which controls the user changed on this page: a trusted input or change on the control,
// on the select that holds an option, or on any radio of the same group.

export function touchedByUser(touched: WeakSet<Element>, el: Element): boolean {
  if (touched.has(el)) return true;
  const select = el instanceof HTMLOptionElement ? el.closest('select') : null;
  if (select && touched.has(select)) return true;
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
    const scope = el.form ?? el.ownerDocument;
    return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).some(
      (r) => r.name === el.name && touched.has(r),
    );
  }
  return false;
}
