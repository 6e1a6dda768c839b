// The outgoing event queue: events wait a moment to travel together, at most one request a second, a failed
// batch is retried as it was (same Idempotency-Key) with exponential backoff and jitter, and events the server
// will never take (4xx) are dropped instead of retried forever. Time and transport are injected, so the policy
// is tested without a browser.

export interface TrackedEvent {
  eventId: string;
  eventType: string;
  userId: string;
  productId?: string;
  sessionId?: string;
  timestamp: string;
  metadata?: Record<string, unknown>;
}

/** What came of one request: delivered, worth retrying (optionally after the server's Retry-After seconds), or not. */
export type Outcome = { ok: true } | { retry: true; after?: number } | { drop: true };

export type Send = (body: string, idempotencyKey: string, keepalive: boolean) => Promise<Outcome>;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  random(): number;
}

export interface QueueOptions {
  /** minimum time between two requests */
  minInterval: number;
  /** how long a first event waits for company */
  delay: number;
  maxBatch: number;
  /** events kept while the network is away; the oldest go first */
  maxQueue: number;
  baseBackoff: number;
  maxBackoff: number;
  /** attempts of one batch before it is given up */
  maxAttempts: number;
}

export const DEFAULTS: QueueOptions = {
  minInterval: 1000,
  delay: 500,
  maxBatch: 50,
  maxQueue: 500,
  baseBackoff: 1000,
  maxBackoff: 60_000,
  maxAttempts: 8,
};

interface Batch {
  key: string;
  events: TrackedEvent[];
}

export class EventQueue {
  private pending: TrackedEvent[] = [];
  private retry: Batch | null = null;
  private inflight: Batch | null = null;
  private attempts = 0;
  private lastSent = -Infinity;
  private notBefore = 0;
  private timer: unknown = null;
  private readonly options: QueueOptions;

  constructor(private readonly send: Send, private readonly clock: Clock, private readonly newKey: () => string,
              options: Partial<QueueOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  push(event: TrackedEvent): void {
    this.pending.push(event);
    const excess = this.pending.length + (this.retry ? this.retry.events.length : 0) - this.options.maxQueue;
    if (excess > 0) this.pending.splice(0, excess);
    this.schedule(this.options.delay);
  }

  /** Sends at once if the one-a-second rule allows it (a click before navigation, a page being hidden). */
  flushNow(keepalive: boolean): boolean {
    const now = this.clock.now();
    if (this.inflight || now - this.lastSent < this.options.minInterval || now < this.notBefore) return false;
    if (!this.retry && !this.pending.length) return false;
    this.cancelTimer();
    void this.tick(keepalive);
    return true;
  }

  /** Everything not known to be delivered, oldest first (kept across a page change; the server drops duplicates). */
  unsent(): TrackedEvent[] {
    return [...(this.inflight?.events ?? []), ...(this.retry?.events ?? []), ...this.pending];
  }

  /** Forgets every queued event (consent withdrawn). */
  clear(): void {
    this.pending = [];
    this.retry = null;
    this.attempts = 0;
    this.cancelTimer();
  }

  size(): number {
    return this.unsent().length;
  }

  private schedule(wait: number): void {
    if (this.timer !== null || this.inflight || (!this.retry && !this.pending.length)) return;
    const now = this.clock.now();
    const at = Math.max(now + wait, this.lastSent + this.options.minInterval, this.notBefore);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.tick(false);
    }, at - now);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async tick(keepalive: boolean): Promise<void> {
    const batch = this.retry ?? this.take();
    if (!batch) return;
    this.retry = null;
    this.inflight = batch;
    this.lastSent = this.clock.now();
    let outcome: Outcome;
    try {
      outcome = await this.send(JSON.stringify({ events: batch.events }), batch.key, keepalive);
    } catch {
      outcome = { retry: true };
    }
    this.inflight = null;
    if ('retry' in outcome && ++this.attempts < this.options.maxAttempts) {
      this.retry = batch;
      this.notBefore = this.clock.now() + this.backoff(outcome.after);
    } else {
      this.attempts = 0;
      this.notBefore = 0;
    }
    this.schedule(this.options.delay);
  }

  private take(): Batch | null {
    if (!this.pending.length) return null;
    return { key: this.newKey(), events: this.pending.splice(0, this.options.maxBatch) };
  }

  /** base·2^(n-1), capped, with ±25 % jitter so that many pages recovering at once do not arrive together. */
  private backoff(retryAfterSeconds?: number): number {
    const { baseBackoff, maxBackoff } = this.options;
    const exponential = Math.min(maxBackoff, baseBackoff * 2 ** (this.attempts - 1));
    const jittered = exponential * (0.75 + this.clock.random() * 0.5);
    const server = retryAfterSeconds && retryAfterSeconds > 0 ? Math.min(retryAfterSeconds * 1000, 3_600_000) : 0;
    return Math.max(jittered, server);
  }
}
