/**
 * When a session ends. Two limits (OWASP's session management advice): an idle timeout, so a
 * browser left signed in on a shared computer is not signed in tomorrow, and an absolute one,
 * so a stolen cookie that is kept busy still dies. Pure: `now` is passed in.
 */
const HOUR_MS = 60 * 60 * 1000;

/** 12 hours without a request ends a session: a working day's gap, not a night's. */
export const SESSION_IDLE_MS = 12 * HOUR_MS;
/** 14 days after signing in, a session ends however busy it is. */
export const SESSION_ABSOLUTE_MS = 14 * 24 * HOUR_MS;
/** last_seen_at moves at most this often, so a busy admin does not write on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

export interface SessionTimes {
  /** ISO times. */
  lastSeenAt: string;
  /** The absolute end, set at sign-in. */
  expiresAt: string;
}

/** The absolute end of a session signed in at `now`. */
export function sessionExpiresAt(now: Date): string {
  return new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString();
}

export function sessionValid(session: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return t < Date.parse(session.expiresAt) && t - Date.parse(session.lastSeenAt) < SESSION_IDLE_MS;
}

/** Should `last_seen_at` (or a token's `last_used_at`) be written now? At most once a minute. */
export function dueForTouch(last: string | null, now: Date): boolean {
  return last === null || now.getTime() - Date.parse(last) >= SESSION_TOUCH_MS;
}
