// What a click on the page tells the guide: a step's click evidence, or the invoice of a results row.
import { type InvoiceFacts, readResultsRow } from '../chorus/invoice.js';
import type { Finder, Located } from '../chorus/locate.js';
import { LOCATORS } from '../chorus/locators.js';
import { rowOf } from '../chorus/rows.js';
import { capText, markDraftSaved, selectInvoice } from '../core/state.js';
import { CLICK_EVIDENCE, type LocatorId } from '../core/steps.js';
import type { TabState } from './tabState.js';

/** A click on a results row's own button (download, number) names the invoice of that row. */
const ROW_ACTIONS = (Object.keys(LOCATORS) as LocatorId[]).filter((id) => LOCATORS[id].row);

/** The click landed on this element. A row's button is looked up in the row clicked, not in the whole list. */
function clickedOn(finder: Finder, id: LocatorId, target: Element): boolean {
  const row: Element | null = LOCATORS[id].row ? rowOf(target) : null;
  const found: Located | null = row ? finder.findInRowAt(id, row, target) : finder.find(id);
  return !!found?.element.contains(target);
}

/** The elements of the steps' click evidence that this click landed on. */
function clickEvidence(finder: Finder, target: Element): LocatorId[] {
  return CLICK_EVIDENCE.filter((id) => clickedOn(finder, id, target));
}

/** The invoice of each results row whose own button this click landed on (its number capped as stored). */
function rowSelected(reading: () => Finder, target: Element): InvoiceFacts[] {
  const found: InvoiceFacts[] = [];
  for (const id of ROW_ACTIONS) {
    const row = clickedOn(reading(), id, target) ? rowOf(target) : null;
    const facts = row ? readResultsRow(row) : null;
    if (facts?.number) found.push({ ...facts, number: capText(facts.number) });
  }
  return found;
}

/** Reads a click of the user's on the page: the evidence it gives, the invoice it selects, the draft it saves. */
export function readClick(target: Element, reading: () => Finder, tab: TabState, clicked: Set<LocatorId>, now: number): void {
  for (const id of clickEvidence(reading(), target)) clicked.add(id);
  // Each row's invoice is looked up with the reading for the invoice at hand then.
  for (const facts of rowSelected(reading, target)) {
    const from = tab.invoice;
    tab.change((s) => selectInvoice(s, facts.number, facts, from, now));
    tab.bind(facts.number);
  }
  if (reading().find('form.save')?.element.contains(target)) {
    const invoice = tab.invoice;
    tab.change((s) => markDraftSaved(s, invoice, now));
  }
}
