// PageFacts answered from the live document, each locator looked up once per evaluation.

import { isFilled, type LocateContext, type Located, locate } from '../chorus/locate.js';
import type { PageFacts } from '../core/progress.js';
import type { Screen } from '../core/screens.js';
import type { LocatorId } from '../core/steps.js';

export class DomFacts implements PageFacts {
  private cache = new Map<LocatorId, Located | null>();

  constructor(
    private readonly doc: Document,
    readonly screen: Screen,
    private readonly ctx: LocateContext,
    private readonly clickedIds: ReadonlySet<LocatorId>,
  ) {}

  find(id: LocatorId): Located | null {
    if (!this.cache.has(id)) this.cache.set(id, locate(this.doc, id, this.ctx));
    return this.cache.get(id) ?? null;
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
}
