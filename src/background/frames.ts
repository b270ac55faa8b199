// Which frame of a tab speaks for it. An application shown in frames (a top page holding the
// screens in an <iframe>, a window drawn by the top page over them, a window whose form is a
// frame of its own) has a content script in each frame of the portal, and each may recognise a
// screen: the top page's menu reads as the works space while its frame shows the results. One
// speaks — shows the card, rings the target, feeds the badge and the popup: the one furthest in
// the flow (the download window the top page draws over the results; the frame's results over
// the top page's menu), the deeper frame at the same screen (it holds the controls: a window's
// form in a frame of its own), the last to say so among frames as deep. Kept in the background's memory only: a
// background restarted knows no frame, and every frame speaks, as a lone page does.
import { SCREENS, type Screen } from '../core/screens.js';

export interface FrameReport {
  step: number | null;
  screen: Screen;
  /** 0: the top page; more, a frame in a frame (a window's form in the application's frame). */
  depth: number;
}

interface Known extends FrameReport {
  /** Order of the reports, for « the last to say so ». */
  seq: number;
}

export interface Lead {
  frameId: number;
  step: number | null;
}

const rank = (screen: Screen) => (screen === 'unknown' ? -1 : SCREENS.indexOf(screen));

export class TabFrames {
  private readonly tabs = new Map<number, Map<number, Known>>();
  private seq = 0;

  report(tabId: number, frameId: number, report: FrameReport): void {
    let frames = this.tabs.get(tabId);
    if (!frames) {
      frames = new Map();
      this.tabs.set(tabId, frames);
    }
    frames.set(frameId, { ...report, seq: ++this.seq });
  }

  /** The frame's page was left (or the frame is gone). The top page's: its frames go with it. */
  left(tabId: number, frameId: number): void {
    if (frameId === 0) this.tabs.delete(tabId);
    else this.tabs.get(tabId)?.delete(frameId);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** The frame that speaks for the tab: the top page when no frame of the flow is known. */
  lead(tabId: number): Lead {
    const frames = this.tabs.get(tabId);
    let best: [number, Known] | null = null;
    for (const entry of frames ?? []) {
      const [, known] = entry;
      if (rank(known.screen) < 0) continue;
      if (!best) {
        best = entry;
        continue;
      }
      const [, bestKnown] = best;
      const byRank = rank(known.screen) - rank(bestKnown.screen);
      const byDepth = known.depth - bestKnown.depth;
      if (byRank > 0 || (byRank === 0 && (byDepth > 0 || (byDepth === 0 && known.seq > bestKnown.seq)))) best = entry;
    }
    if (best) return { frameId: best[0], step: best[1].step };
    return { frameId: 0, step: frames?.get(0)?.step ?? null };
  }

  /** The frames known on a tab. */
  frameIds(tabId: number): number[] {
    return [...(this.tabs.get(tabId)?.keys() ?? [])];
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }
}
