/** Only a real user's click acts: a page script calling .click() on our buttons changes nothing. */
export function trusted(fn: () => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) fn();
  };
}
