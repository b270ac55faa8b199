// When the engine looks at the page again: after a delay (the user's typing), or before the
// next frame is painted when the page changed — once however many changes come before it.

/** Without frames (a hidden tab), the page's changes are still read this soon. */
const HIDDEN_TAB_MS = 120;

export class Schedule {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private due = Number.POSITIVE_INFINITY;
  /** The page was left (pagehide): nothing is scheduled until it is shown again. */
  private paused = false;

  constructor(
    private readonly view: Window | null,
    private readonly run: () => void,
  ) {}

  private readonly fire = (): void => {
    this.cancel();
    this.run();
  };

  /** Run after `ms`, unless an earlier run is already due. */
  after(ms: number): void {
    if (this.paused) return;
    const at = Date.now() + ms;
    if (this.timer !== undefined && at >= this.due) return;
    clearTimeout(this.timer);
    this.due = at;
    this.timer = setTimeout(this.fire, ms);
  }

  /**
   * Before the next frame: a target the page inserts is highlighted in the frame that shows
   * it. A hidden tab gets no frames; the timer stands in for them there.
   */
  nextFrame(): void {
    if (this.paused) return;
    if (this.frame === undefined && this.view?.requestAnimationFrame) this.frame = this.view.requestAnimationFrame(this.fire);
    this.after(HIDDEN_TAB_MS);
  }

  pause(): void {
    this.paused = true;
    this.cancel();
  }

  resume(): void {
    this.paused = false;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = Number.POSITIVE_INFINITY;
    if (this.frame !== undefined) this.view?.cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
