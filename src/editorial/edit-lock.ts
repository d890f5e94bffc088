import type { Actor } from '../accounts/roles.js';

/** Without a heartbeat for this long, a lock no longer holds anyone off. */
export const LOCK_STALE_AFTER_MS = 60_000;

/** A soft lock on a working copy: who edits it, since their last heartbeat. */
export interface EditLock {
  userId: number;
  heartbeatAt: string;
  /** Whom this holder took the lock over from, so that editor's next heartbeat learns it. */
  takenFromUserId: number | null;
}

export type LockView =
  | { status: 'free' }
  | { status: 'mine'; lock: EditLock }
  /** Someone else holds it and is still there (a fresh heartbeat). */
  | { status: 'held'; holderUserId: number; heartbeatAt: string }
  /** Someone else held it but stopped beating: anyone may take it without asking. */
  | { status: 'stale'; holderUserId: number; heartbeatAt: string };

export function isStale(lock: EditLock, now: string): boolean {
  return Date.parse(now) - Date.parse(lock.heartbeatAt) > LOCK_STALE_AFTER_MS;
}

/** Who holds the lock, as `actor` sees it. Pure. */
export function viewLock(lock: EditLock | null, actor: Actor, now: string): LockView {
  if (!lock) return { status: 'free' };
  if (lock.userId === actor.userId) return { status: 'mine', lock };
  return { status: isStale(lock, now) ? 'stale' : 'held', holderUserId: lock.userId, heartbeatAt: lock.heartbeatAt };
}

export type HeartbeatOutcome =
  | { ok: true; lock: EditLock }
  /** Someone else holds it; `takenOver` when they took it from this actor (tell the editor). */
  | { ok: false; holderUserId: number; takenOver: boolean };

/**
 * An editor's heartbeat: keeps (or takes, when free or stale) the lock; refused while someone
 * else holds a fresh one. The editor whose lock was taken over learns it here.
 */
export function heartbeat(lock: EditLock | null, actor: Actor, now: string): HeartbeatOutcome {
  if (lock && lock.userId !== actor.userId && !isStale(lock, now)) {
    return { ok: false, holderUserId: lock.userId, takenOver: lock.takenFromUserId === actor.userId };
  }
  const takenFrom = lock && lock.userId !== actor.userId ? lock.userId : (lock?.takenFromUserId ?? null);
  return { ok: true, lock: { userId: actor.userId, heartbeatAt: now, takenFromUserId: takenFrom } };
}

/** Takes the lock whoever holds it, recording from whom (soft: the editor chose to). */
export function takeOver(lock: EditLock | null, actor: Actor, now: string): EditLock {
  const takenFrom = lock && lock.userId !== actor.userId ? lock.userId : (lock?.takenFromUserId ?? null);
  return { userId: actor.userId, heartbeatAt: now, takenFromUserId: takenFrom };
}
