// The page read for the guide's rules: the screen, the invoice its detail names, its text on
// demand (PageSnapshot), and, once the features have run, what its controls show (PageFacts).
import type { PageSnapshot } from '../core/advance.js';
import type { PageFacts } from '../core/progress.js';
import type { Screen } from '../core/screens.js';
import type { LocatorId } from '../core/steps.js';
import { readTotals } from './amounts.js';
import { readDetailPage } from './invoice.js';
import { Finder, isFilled, type LocateContext, type Located } from './locate.js';
import { detectScreen, READ_ACROSS_PAGE, TEXT_HOLDERS } from './screens.js';

/** The page's current reading for the invoice at hand, kept until the page or the user changes something. */
export class Reading {
  private finder: Finder | null = null;
  /** The changes since the last evaluation were all weighed by `changed`: the next one keeps this reading. */
  private kept = false;

  constructor(
    private readonly doc: Document,
    private readonly invoice: () => string,
  ) {}

  get(): Finder {
    const invoice = this.invoice();
    const ctx: LocateContext = invoice ? { invoiceNumber: invoice } : {};
    if (!this.finder || this.finder.ctx.invoiceNumber !== ctx.invoiceNumber) this.finder = new Finder(this.doc, ctx);
    return this.finder;
  }

  forget(): void {
    this.finder = null;
    this.kept = false;
  }

  /**
   * The page changed, by these records: whether it must be evaluated again. Changes confined to
   * rows of the results table forget only what they can change (Finder.rowsChanged); any other
   * change starts a new reading.
   */
  changed(records: readonly MutationRecord[]): boolean {
    const weighed = this.finder?.rowsChanged(records, READ_ACROSS_PAGE, TEXT_HOLDERS) ?? null;
    if (weighed === null) {
      this.forget();
      return true;
    }
    // The evaluation this calls for keeps the reading; one for another cause reads afresh.
    if (weighed) this.kept = true;
    return weighed;
  }

  /**
   * A click on the text of a results row (not on a control): the next evaluation may keep this
   * reading, as such a click changes nothing the page does not report (watch.ts), and whatever
   * the page changes meanwhile is weighed as usual. A click anywhere else reads the page afresh.
   */
  keepForRowClick(target: Element): void {
    if (this.finder?.inResultsRow(target)) this.kept = true;
  }

  /** Before an evaluation: the page is read afresh, unless every change since the last one was weighed. */
  refresh(): void {
    if (!this.kept) this.finder = null;
    this.kept = false;
  }
}

export function readPage(doc: Document, finder: Finder): PageSnapshot {
  const screen = detectScreen(
    doc,
    finder.ctx,
    (id) => finder.find(id),
    (key, read) => finder.acrossPage(key, read),
  );
  return {
    screen,
    detail: screen === 'invoice-detail' ? readDetailPage(doc) : null,
    text: () => doc.body?.textContent ?? '',
  };
}

/** PageFacts answered from the live document, through the evaluation's one Finder. */
export class DomFacts implements PageFacts {
  constructor(
    readonly screen: Screen,
    private readonly finder: Finder,
    private readonly clickedIds: ReadonlySet<LocatorId>,
  ) {}

  find(id: LocatorId): Located | null {
    return this.finder.find(id);
  }

  filled(id: LocatorId): boolean {
    const found = this.find(id);
    return found !== null && isFilled(found.element);
  }

  present(id: LocatorId): boolean {
    return this.find(id) !== null;
  }

  clicked(id: LocatorId): boolean {
    return this.clickedIds.has(id);
  }

  totalsRight(): boolean {
    return this.screen === 'invoice-form' && readTotals(this.finder.doc).ok === true;
  }
}
