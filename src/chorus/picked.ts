// « Montrer l'élément » (issue 14): the element the user showed, turned into a locator that
// finds it again on the next visit, and that locator resolved on a page. Like uBlock Origin's
// element picker, the most stable handle wins: an id the portal wrote by hand, else what the
// user reads (a field's label, a button's role and name), else a `name`, else a short path of
// tags from the nearest element with a stable id or a landmark. A locator is resolved only
// when it finds exactly one shown element: an ambiguous match is no match.
import { normalizeLabel } from '../core/normalize.js';
import {
  MAX_PATH_STEPS,
  type PathAnchor,
  type PathStep,
  PICKED_ROLES,
  type PickedLocator,
  type PickedRole,
} from '../core/state.js';
import { accessibleName, controlLabels, isShown, openerOf } from './dom.js';

/** Longer text is page content, not a label. */
const MAX_LABEL = 80;

/**
 * Ids a framework numbers or hashes anew on each render: JSF (j_idt12, form:j_id_3), Ember
 * (ember123), ExtJS (ext-gen12), React (:r1:), YUI, GWT, jQuery UI, MUI, Radix, Headless UI,
 * and any id with a long run of digits or a GUID-like hex run.
 */
const GENERATED_ID = [
  /\d{3,}/,
  /[0-9a-f]{8}-?[0-9a-f]{4}/i,
  /(^|[:_-])j_id/i,
  /^ember\d/i,
  /^ext-/i,
  /^:r[0-9a-z]*:?/i,
  /^(yui|gwt|ui-id|mui|radix|headlessui|react|ng|vue|svelte)[-_:]/i,
  /^[a-z]{0,3}\d+$/i,
  /^[0-9a-f]{6,}$/i,
];

export function isStableId(id: string): boolean {
  return id.trim() !== '' && id.length <= MAX_LABEL && !/\s/.test(id) && !GENERATED_ID.some((re) => re.test(id));
}

/** A text a user reads as a label: words, no digit (a digit is data: an invoice number, an amount). */
function usableText(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t !== '' && t.length <= MAX_LABEL && /\p{L}/u.test(t) && !/\d/.test(t) ? t : null;
}

const ROLE_SELECTORS: Record<PickedRole, string> = {
  button: 'button:not([role]), input[type="submit"], input[type="button"], input[type="reset"], [role="button"]',
  link: 'a[href]:not([role]), [role="link"]',
  tab: '[role="tab"]',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  option: 'option, [role="option"]',
};
const FIELDS = 'input:not([type="hidden"]), select, textarea';
const LANDMARKS = 'main, form, nav, header, footer, aside, dialog, [role="dialog"], [role="main"], [role="form"]';

function roleOf(el: Element): PickedRole | null {
  return PICKED_ROLES.find((role) => el.matches(ROLE_SELECTORS[role])) ?? null;
}

/** What a user reads as the element's name: a choice's label, else its accessible name. */
function namesOf(role: PickedRole, el: Element): string[] {
  return role === 'radio' || role === 'checkbox' ? controlLabels(el) : [accessibleName(el)];
}

function sameText(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

function byId(doc: Document, id: string): Element[] {
  return Array.from(doc.querySelectorAll('[id]')).filter((el) => el.id === id);
}

function anchorOf(doc: Document, from: PathAnchor): Element | null {
  if ('body' in from) return doc.body;
  if ('id' in from) {
    const found = byId(doc, from.id);
    return found.length === 1 ? (found[0] ?? null) : null;
  }
  const found = Array.from(doc.querySelectorAll(from.landmark));
  return found.length === 1 ? (found[0] ?? null) : null;
}

function childOfType(parent: Element, step: PathStep): Element | null {
  const same = Array.from(parent.children).filter((c) => c.localName === step.tag);
  return same[step.nth - 1] ?? null;
}

/** Every element the locator designates (exactly one, shown, is a match). */
function candidates(doc: Document, locator: PickedLocator): Element[] {
  switch (locator.by) {
    case 'id':
      return byId(doc, locator.id);
    case 'label':
      return Array.from(doc.querySelectorAll(FIELDS)).filter((el) => controlLabels(el).some((l) => sameText(l, locator.text)));
    case 'role':
      return Array.from(doc.querySelectorAll(ROLE_SELECTORS[locator.role])).filter((el) =>
        namesOf(locator.role, el).some((name) => sameText(name, locator.name)),
      );
    case 'name':
      return Array.from(doc.getElementsByTagName(locator.tag)).filter(
        (el) =>
          el.getAttribute('name') === locator.name && (locator.value === undefined || el.getAttribute('value') === locator.value),
      );
    case 'path': {
      let el = anchorOf(doc, locator.from);
      for (const step of locator.steps) el = el ? childOfType(el, step) : null;
      return el ? [el] : [];
    }
  }
}

/**
 * The one shown element the locator designates on this page, or null (none, or several); when
 * the one it designates is in a folded section, what opens that section.
 */
export function resolvePicked(doc: Document, locator: PickedLocator): Element | null {
  const all = candidates(doc, locator);
  const found = all.filter((el) => isShown(el, { self: !el.matches(FIELDS) }));
  if (found.length === 0) {
    const openers = all.map((el) => openerOf(el, { self: !el.matches(FIELDS) })).filter((el) => el !== null);
    return openers.length === 1 ? (openers[0] ?? null) : null;
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

function pathTo(el: Element): PickedLocator | null {
  const doc = el.ownerDocument;
  const steps: PathStep[] = [];
  let node: Element = el;
  while (steps.length < MAX_PATH_STEPS) {
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    const nth = Array.from(parent.children)
      .filter((c) => c.localName === node.localName)
      .indexOf(node);
    steps.unshift({ tag: node.localName, nth: nth + 1 });
    node = parent;
    if (node.id && isStableId(node.id) && byId(doc, node.id).length === 1) return { by: 'path', from: { id: node.id }, steps };
    const landmark = node.matches(LANDMARKS) ? node.localName : null;
    if (landmark && doc.querySelectorAll(landmark).length === 1) return { by: 'path', from: { landmark }, steps };
    if (node === doc.body) return { by: 'path', from: { body: true }, steps };
  }
  return null;
}

/** The ways to find this element again, the most stable first (each checked before it is kept). */
function proposals(el: Element): PickedLocator[] {
  const out: PickedLocator[] = [];
  if (el.id && isStableId(el.id)) out.push({ by: 'id', id: el.id });
  if (el.matches(FIELDS) && !el.matches('input[type="radio"], input[type="checkbox"]')) {
    for (const label of controlLabels(el)) {
      const text = usableText(label);
      if (text) out.push({ by: 'label', text });
    }
  }
  const role = roleOf(el);
  const name = role
    ? usableText(role === 'radio' || role === 'checkbox' ? (controlLabels(el)[0] ?? '') : accessibleName(el))
    : null;
  if (role && name) out.push({ by: 'role', role, name });
  const attr = el.getAttribute('name');
  if (attr && isStableId(attr)) {
    const value = el.getAttribute('value');
    const choice = el.matches('input[type="radio"], input[type="checkbox"]');
    out.push(
      choice && value !== null
        ? { by: 'name', tag: el.localName, name: attr, value }
        : { by: 'name', tag: el.localName, name: attr },
    );
  }
  const path = pathTo(el);
  if (path) out.push(path);
  return out;
}

/**
 * A locator for the element the user showed, or null when none finds it alone (an element
 * deep in an anonymous page, say). Checked on the page itself: it must find this element and
 * no other.
 */
export function deriveLocator(el: Element): PickedLocator | null {
  const doc = el.ownerDocument;
  return proposals(el).find((locator) => resolvePicked(doc, locator) === el) ?? null;
}

/**
 * What the user meant by pointing here: the control, button or link the pointer is on (not the
 * icon or text inside it), and a field rather than the label that names it.
 */
export function pickTarget(el: Element): Element {
  const label = el.closest('label');
  if (label instanceof HTMLLabelElement && label.control) return label.control;
  const interactive = el.closest(
    'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="tab"], [role="radio"], [role="checkbox"], [role="option"]',
  );
  return interactive ?? el;
}
