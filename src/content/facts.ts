// PageFacts answered from the live document, through the evaluation's one Finder.

import { type Finder, isFilled, type Located } from '../chorus/locate.js';
import type { PageFacts } from '../core/progress.js';
import type { Screen } from '../core/screens.js';
import type { LocatorId } from '../core/steps.js';

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
}
