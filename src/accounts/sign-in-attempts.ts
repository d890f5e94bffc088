import type { AttemptState } from './sign-in-throttle.js';

/**
 * The throttle's memory: one state per key (`account:<email>`, `client:<ip>`). A port
 * (sign-in-attempts.contract.ts); the rules are sign-in-throttle.ts.
 */
export interface SignInAttempts {
  get(key: string): Promise<AttemptState | null>;
  /** Null deletes the key. */
  put(key: string, state: AttemptState | null): Promise<void>;
}
