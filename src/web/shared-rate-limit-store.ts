import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateLimitCounter } from './rate-limit-counter.js';

/** How often a process asks the database to forget ended windows (each process, at most). */
const FORGET_EVERY_MS = 60_000;

/**
 * A store for @fastify/rate-limit that counts in the site's database (rate-limit-counter.ts)
 * instead of this process's memory, so every worker and server shares one budget per client.
 * `budget` names the budget in the key (`search:<address>`), so two budgets never mix.
 * The plugin constructs the store itself (`new Store(options)`), hence a class per budget.
 */
export function sharedRateLimitStore(counter: RateLimitCounter, budget: string, windowMs: number, now: () => Date = () => new Date()): FastifyRateLimitStoreCtor {
  let forgottenAt = Number.NEGATIVE_INFINITY;
  const forgetSometimes = (at: Date) => {
    if (at.getTime() - forgottenAt < FORGET_EVERY_MS) return;
    forgottenAt = at.getTime();
    // Housekeeping only: a failure leaves rows for the next sweep and must not fail a request.
    counter.forgetEnded(at).catch(() => undefined);
  };

  class SharedRateLimitStore implements FastifyRateLimitStore {
    constructor(private readonly prefix = budget) {}

    // The plugin passes the route's window as a third argument (its types leave it out).
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number = windowMs): void {
      const at = now();
      forgetSometimes(at);
      counter.hit(`${this.prefix}:${key}`, timeWindow, at).then(
        ({ count, resetInMs }) => callback(null, { current: count, ttl: resetInMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /** A route with its own limit counts apart, under its URL. */
    child(routeOptions: { url?: string }): FastifyRateLimitStore {
      return new SharedRateLimitStore(`${this.prefix}:${routeOptions.url ?? ''}`);
    }
  }
  return class extends SharedRateLimitStore {
    constructor() {
      super();
    }
  };
}
