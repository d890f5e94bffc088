/**
 * Request counts for rate limits, shared by every server process using the same database (and,
 * on PostgreSQL, every server): without it each worker counted alone, and two workers let twice
 * the documented budget through. A port (rate-limit-counter.contract.ts); the rules of a budget
 * are @fastify/rate-limit's, wired in shared-rate-limit-store.ts.
 */
export interface RateLimitCounter {
  /**
   * Counts one request for `key` in a fixed window, atomically across processes: the first
   * request, or the first after the window (of `windowMs`) ended, starts a new window at `now`.
   * Answers the count within the window, this request included, and the milliseconds left in it.
   */
  hit(key: string, windowMs: number, now: Date): Promise<RateLimitCount>;
  /** Forgets windows that ended before `before` (the table would otherwise keep one row per client ever seen). */
  forgetEnded(before: Date): Promise<void>;
}

export interface RateLimitCount {
  count: number;
  resetInMs: number;
}
