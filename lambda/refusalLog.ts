/**
 * Log lines for requests the self-hosted endpoint refuses (lambda/server.ts), bounded: a flood of
 * forged requests must not become a flood of log lines. Within each interval the first refusal
 * of each reason is logged at once (`webRequestRefused`: status, reason, our own detail); the
 * rest are only counted, and at the end of the interval one line gives the totals
 * (`webRequestsRefused`: count, by reason) when anything went uncounted. So at most one line per
 * reason and one summary per interval, whatever the traffic. Never the body or headers.
 */
import { log } from './log';

export const REFUSAL_LOG_INTERVAL_MS = 60_000;

export interface Refusal {
  /** HTTP status answered (0: the connection was dropped, nothing answered). */
  status: number;
  reason: string;
  /** Our own words about it, never request content. */
  detail?: string;
}

export class RefusalLog {
  private reasons = new Map<string, number>();
  private total = 0;
  private logged = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly intervalMs: number = REFUSAL_LOG_INTERVAL_MS) {}

  record({ status, reason, detail }: Refusal, fields: Record<string, unknown> = {}): void {
    const seen = this.reasons.get(reason) ?? 0;
    this.reasons.set(reason, seen + 1);
    this.total += 1;
    if (seen === 0) {
      this.logged += 1;
      log('warn', 'webRequestRefused', { status, reason, ...(detail ? { detail } : {}), ...fields });
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.intervalMs);
      this.timer.unref();
    }
  }

  /** Ends the interval: the totals line if some refusals were only counted. (Also on shutdown.) */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.total > this.logged) {
      log('warn', 'webRequestsRefused', {
        count: this.total,
        reasons: Object.fromEntries(this.reasons),
        seconds: Math.round(this.intervalMs / 1000),
      });
    }
    this.reasons = new Map();
    this.total = 0;
    this.logged = 0;
  }
}
