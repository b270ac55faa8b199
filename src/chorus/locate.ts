// The locator engine: tries a locator's strategies in order and says which one matched,
// so that drift in the portal's markup is visible (a fallback matched, not the label).
import { labelMatches, normalizeLabel } from '../core/normalize.js';
import type { LocatorId } from '../core/steps.js';
import { accessibleName, anyMatches, controlLabels, isShown, textOf } from './dom.js';
import { LOCATORS, type LocatorSpec, type Strategy } from './locators.js';

export interface Located {
  element: Element;
  /** Every element the winning strategy found (automations refuse to pick among several). */
  all: Element[];
  via: Strategy['by'];
  /** Index of the winning strategy; 0 is the one we trust most. */
  fallback: number;
}

export interface LocateContext {
  /** The invoice at hand, to pick its row in a results table. */
  invoiceNumber?: string;
}

const CONTROLS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea';
const CHOICES = 'input[type="radio"], input[type="checkbox"], option';
const ROLE_SELECTORS = {
  button: 'button, input[type="submit"], input[type="button"], [role="button"]',
  link: 'a[href], [role="link"]',
  tab: '[role="tab"]',
} as const;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"], .panel-heading, .panel-title, .modal-title';
const DIALOGS = '[role="dialog"], [role="alertdialog"], dialog, .modal';
const REGION =
  'section, fieldset, table, form, article, [role="region"], [role="dialog"], [role="alertdialog"], dialog, .modal, .panel, .tile';

function shownFor(kind: LocatorSpec['kind'], el: Element): boolean {
  // The portal hides real radios, selects and file inputs behind styled stand-ins.
  return kind === 'control' || kind === 'choice' ? isShown(el, { self: false }) : isShown(el);
}

function dialogTitle(dialog: Element): string {
  const labelledBy = dialog.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => dialog.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  return dialog.getAttribute('aria-label') ?? dialog.querySelector(HEADINGS)?.textContent ?? '';
}

function choiceLabels(el: Element): string[] {
  if (el instanceof HTMLOptionElement) return [el.label || el.text];
  return controlLabels(el);
}

function runStrategy(spec: LocatorSpec, s: Strategy, scope: ParentNode, ctx: LocateContext, depth: number): Element[] {
  const all = <T extends Element>(selector: string) => Array.from(scope.querySelectorAll<T>(selector));
  switch (s.by) {
    case 'label': {
      const pool = spec.kind === 'choice' ? all(CHOICES) : all(CONTROLS);
      const how = s.match ?? 'exact';
      return pool.filter((el) => anyMatches(spec.kind === 'choice' ? choiceLabels(el) : controlLabels(el), s.text, how));
    }
    case 'role': {
      const how = s.match ?? 'exact';
      const pool = s.roles.flatMap((r) => all(ROLE_SELECTORS[r]));
      return [...new Set(pool)].filter((el) => s.name.some((n) => labelMatches(accessibleName(el), n, how)));
    }
    case 'name': {
      if (spec.kind === 'choice') {
        const value = s.value;
        const inputs = all<HTMLInputElement>('input[type="radio"], input[type="checkbox"]').filter(
          (el) => s.name.test(el.name) && (!value || value.test(el.value)),
        );
        const options = all<HTMLSelectElement>('select')
          .filter((sel) => s.name.test(sel.name))
          .flatMap((sel) => Array.from(sel.options).filter((o) => !value || value.test(o.value)));
        return [...inputs, ...options];
      }
      return all('[name]').filter((el) => s.name.test(el.getAttribute('name') ?? ''));
    }
    case 'id':
      return all('[id]').filter((el) => s.pattern.test(el.id));
    case 'heading': {
      const how = s.match ?? 'exact';
      if (spec.kind === 'dialog') {
        return all(DIALOGS).filter((d) => s.text.some((t) => labelMatches(dialogTitle(d), t, how)));
      }
      return all(HEADINGS)
        .filter((h) => s.text.some((t) => labelMatches(h.textContent ?? '', t, how)))
        .map((h) => (h.tagName === 'CAPTION' || h.tagName === 'LEGEND' ? h.parentElement : h.closest(REGION)) ?? h);
    }
    case 'css':
      return all(s.selector);
    case 'around': {
      const inner = depth > 4 ? null : locate((scope as Node).ownerDocument ?? (scope as Document), s.locator, ctx, depth + 1);
      const holder = inner?.element.parentElement;
      return holder && (scope as Node).contains(holder) ? [holder] : [];
    }
  }
}

/** The rows of a results table, the invoice at hand first, then those waiting for the MOE. */
function preferredRows(table: Element, ctx: LocateContext): Element[] {
  const rows = Array.from(table.querySelectorAll('tbody tr')).filter((r) => isShown(r));
  const wanted = ctx.invoiceNumber ? normalizeLabel(ctx.invoiceNumber) : '';
  const byInvoice = wanted ? rows.filter((r) => rowInvoiceNumber(r) === wanted) : [];
  const waiting = rows.filter((r) => textOf(r).includes('mise a disposition moe'));
  return [...new Set([...byInvoice, ...waiting, ...rows])];
}

/** The invoice number a results row shows: the text of its link to the invoice. */
export function rowInvoiceNumber(row: Element): string {
  const link = row.querySelector('a[href]');
  return link ? normalizeLabel(link.textContent ?? '') : '';
}

export function locate(doc: Document, id: LocatorId, ctx: LocateContext = {}, depth = 0): Located | null {
  const spec = LOCATORS[id];
  let scopes: ParentNode[] = [doc];
  if (spec.within) {
    if (depth > 4) return null;
    const parent = locate(doc, spec.within, ctx, depth + 1);
    if (!parent) return null;
    scopes = [parent.element];
  }
  if (spec.row) {
    const table = scopes[0] as Element;
    scopes = preferredRows(table, ctx);
  }
  for (const scope of scopes) {
    for (const [index, strategy] of spec.strategies.entries()) {
      const found = [...new Set(runStrategy(spec, strategy, scope, ctx, depth))].filter((el) =>
        spec.kind === 'dialog' ? isShown(el) : shownFor(spec.kind, el),
      );
      const first = found[0];
      if (first) return { element: first, all: found, via: strategy.by, fallback: index };
    }
  }
  return null;
}

/** Whether a control holds a value a user gave it (or the portal pre-filled). */
export function isFilled(el: Element): boolean {
  if (el instanceof HTMLOptionElement) return el.selected && el.value !== '';
  if (el instanceof HTMLInputElement) {
    if (el.type === 'radio' || el.type === 'checkbox') return el.checked;
    if (el.type === 'file') return (el.files?.length ?? 0) > 0;
    return el.value.trim() !== '';
  }
  if (el instanceof HTMLSelectElement) return el.value !== '';
  if (el instanceof HTMLTextAreaElement) return el.value.trim() !== '';
  return false;
}
