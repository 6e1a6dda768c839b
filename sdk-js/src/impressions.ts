// A card counts as seen when at least half of it has been in the viewport for one continuous second while the
// page was visible (IntersectionObserver; timers pause while the tab is hidden). Each card is counted once per
// render.

export const VISIBLE_RATIO = 0.5;
export const DWELL_MS = 1000;

const watchers = new Set<ImpressionWatcher>();
let listening = false;

function onVisibility(): void {
  for (const watcher of watchers) watcher.visibilityChanged();
}

export class ImpressionWatcher {
  private readonly observer: IntersectionObserver | null = null;
  private readonly inView = new Set<Element>();
  private readonly timers = new Map<Element, ReturnType<typeof setTimeout>>();

  constructor(cards: Element[], private readonly seen: (card: Element) => void) {
    if (typeof IntersectionObserver !== 'function') return;
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting && entry.intersectionRatio >= VISIBLE_RATIO - 0.001) {
          this.inView.add(entry.target);
          this.start(entry.target);
        } else {
          this.inView.delete(entry.target);
          this.stop(entry.target);
        }
      }
    }, { threshold: [0, VISIBLE_RATIO] });
    for (const card of cards) this.observer.observe(card);
    watchers.add(this);
    if (!listening) {
      listening = true;
      document.addEventListener('visibilitychange', onVisibility);
    }
  }

  visibilityChanged(): void {
    for (const card of this.inView) {
      if (document.visibilityState === 'visible') this.start(card);
      else this.stop(card);
    }
  }

  disconnect(): void {
    this.observer?.disconnect();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.inView.clear();
    watchers.delete(this);
  }

  private start(card: Element): void {
    if (this.timers.has(card) || document.visibilityState !== 'visible') return;
    this.timers.set(card, setTimeout(() => {
      this.timers.delete(card);
      this.inView.delete(card);
      this.observer?.unobserve(card);
      try {
        this.seen(card);
      } catch {
        // never into the page
      }
    }, DWELL_MS));
  }

  private stop(card: Element): void {
    const timer = this.timers.get(card);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(card);
  }
}
