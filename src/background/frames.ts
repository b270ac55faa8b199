// Which frame of a tab speaks for it. An application shown in frames (a top page holding the
// screens in an <iframe>, a window drawn in a frame of its own) has a content script in each
// frame of the portal; the badge and the popup follow the one that shows a screen of the flow:
// the top page when it does, else the frame that said so last. Kept in the background's memory
// only: a background restarted knows no frame, and falls back on the top page as before.

export interface FrameReport {
  step: number | null;
  /** The frame shows a screen of the flow (not an unknown page, not gone). */
  inFlow: boolean;
}

interface Known extends FrameReport {
  /** Order of the reports, for « the frame that said so last ». */
  seq: number;
}

export interface Lead {
  frameId: number;
  step: number | null;
}

export class TabFrames {
  private readonly tabs = new Map<number, Map<number, Known>>();
  private seq = 0;

  report(tabId: number, frameId: number, report: FrameReport): void {
    let frames = this.tabs.get(tabId);
    if (!frames) {
      frames = new Map();
      this.tabs.set(tabId, frames);
    }
    // A frame out of the flow is forgotten: it no longer speaks for the tab.
    if (frameId !== 0 && !report.inFlow) frames.delete(frameId);
    else frames.set(frameId, { ...report, seq: ++this.seq });
  }

  /** The top page loads another document: its frames go with the one they were in. */
  navigated(tabId: number): void {
    this.tabs.delete(tabId);
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  lead(tabId: number): Lead {
    const frames = this.tabs.get(tabId);
    const top = frames?.get(0);
    if (!frames || top?.inFlow) return { frameId: 0, step: top?.step ?? null };
    let best: [number, Known] | null = null;
    for (const entry of frames) {
      if (entry[0] !== 0 && entry[1].inFlow && (!best || entry[1].seq > best[1].seq)) best = entry;
    }
    return best ? { frameId: best[0], step: best[1].step } : { frameId: 0, step: top?.step ?? null };
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }
}
