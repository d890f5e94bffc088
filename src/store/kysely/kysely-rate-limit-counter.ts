import { type Kysely, sql } from 'kysely';
import type { RateLimitCount, RateLimitCounter } from '../../web/rate-limit-counter.js';
import type { Database } from '../schema.js';

/**
 * Rate-limit windows in the site's database, so every server process (and every server on one
 * PostgreSQL) counts against one budget. One statement per request: an upsert that starts a new
 * window when the old one has ended and otherwise adds one, atomic on both databases.
 */
export class KyselyRateLimitCounter implements RateLimitCounter {
  constructor(private readonly db: Kysely<Database>) {}

  async hit(key: string, windowMs: number, now: Date): Promise<RateLimitCount> {
    const nowMs = now.getTime();
    const row = await this.db
      .insertInto('rate_limit_windows')
      .values({ key, ends_ms: nowMs + windowMs, hits: 1 })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          // Both right-hand sides read the row as it was, so they agree on whether the window ended.
          hits: sql<number>`case when rate_limit_windows.ends_ms <= ${nowMs} then 1 else rate_limit_windows.hits + 1 end`,
          ends_ms: sql<number>`case when rate_limit_windows.ends_ms <= ${nowMs} then excluded.ends_ms else rate_limit_windows.ends_ms end`,
        }),
      )
      .returning(['hits', 'ends_ms'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.hits), resetInMs: Math.max(0, Number(row.ends_ms) - nowMs) };
  }

  async forgetEnded(before: Date): Promise<void> {
    await this.db.deleteFrom('rate_limit_windows').where('ends_ms', '<', before.getTime()).execute();
  }
}
