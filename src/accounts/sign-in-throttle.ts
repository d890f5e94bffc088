/**
 * Brute-force protection for sign-in, in the style of Ghost's brute protection (express-brute):
 * a few free failures, then a lock that doubles with every further failure, up to a cap. Kept
 * per key: the account (`account:<email>`, also for emails nobody has, so a lock tells nothing
 * about who exists) and the client address (`client:<ip>`, which stops one address trying many
 * accounts). Pure: the clock is always passed in.
 */
export interface ThrottleRules {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  /** The first lock; each further failure doubles it. */
  firstLockSeconds: number;
  maxLockSeconds: number;
  /** Failures are forgotten this long after the last one (once no lock is running). */
  forgetAfterSeconds: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One account: 5 free failures, then 10 min, 20 min, 40 min, … capped at 3 days. */
export const ACCOUNT_RULES: ThrottleRules = { freeFailures: 5, firstLockSeconds: 10 * MINUTE, maxLockSeconds: 3 * DAY, forgetAfterSeconds: DAY };
/** One client address: more free failures, since an office or a phone network shares one address. */
export const CLIENT_RULES: ThrottleRules = { freeFailures: 20, firstLockSeconds: 10 * MINUTE, maxLockSeconds: 3 * DAY, forgetAfterSeconds: DAY };

/** What the store keeps per key. ISO times. */
export interface AttemptState {
  failures: number;
  lockedUntil: string | null;
  /** The last failure. */
  updatedAt: string;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const accountKey = (email: string): string => `account:${email}`;
export const clientKey = (address: string): string => `client:${address}`;

/** May another attempt be made now? */
export function checkAttempt(state: AttemptState | null, now: Date): ThrottleDecision {
  if (!state?.lockedUntil) return { allowed: true };
  const left = Date.parse(state.lockedUntil) - now.getTime();
  return left > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(left / 1000) } : { allowed: true };
}

/** The lock after the `failures`-th failure, in seconds (0: none yet). */
export function lockSeconds(failures: number, rules: ThrottleRules): number {
  if (failures < rules.freeFailures) return 0;
  const doublings = failures - rules.freeFailures;
  // 2^40 s is far past any cap: stop doubling before the number stops being exact.
  return doublings > 40 ? rules.maxLockSeconds : Math.min(rules.firstLockSeconds * 2 ** doublings, rules.maxLockSeconds);
}

/**
 * The state after an attempt. A success clears it (null: delete the key); a failure counts,
 * starting afresh when the last failure is old and no lock is running.
 */
export function recordAttempt(state: AttemptState | null, outcome: 'success' | 'failure', now: Date, rules: ThrottleRules): AttemptState | null {
  if (outcome === 'success') return null;
  const current = state && !forgotten(state, now, rules) ? state : null;
  const failures = (current?.failures ?? 0) + 1;
  const lock = lockSeconds(failures, rules);
  return {
    failures,
    lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000).toISOString() : null,
    updatedAt: now.toISOString(),
  };
}

function forgotten(state: AttemptState, now: Date, rules: ThrottleRules): boolean {
  const lockEnd = state.lockedUntil ? Date.parse(state.lockedUntil) : 0;
  const since = Math.max(Date.parse(state.updatedAt), lockEnd);
  return now.getTime() - since >= rules.forgetAfterSeconds * 1000;
}
