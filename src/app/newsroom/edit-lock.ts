import type { Actor } from '../../accounts/roles.js';
import { type EditLock, heartbeat, type HeartbeatOutcome, takeOver } from '../../editorial/edit-lock.js';
import { guard, type NewsroomPorts, nowOf, openWorkingCopy } from './newsroom-ports.js';

/**
 * The editor's periodic "still here": keeps or takes the soft lock, or says who holds it (and
 * whether they took it over from this actor). Soft: saving never needs the lock, the
 * compare-and-set on revisions is what keeps edits safe.
 */
export async function heartbeatLock(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<HeartbeatOutcome> {
  const copy = await openWorkingCopy(ports, articleId);
  guard(copy, actor, 'save');
  const outcome = heartbeat(copy.lock, actor, nowOf(ports));
  if (outcome.ok) await ports.newsroom.setLock(articleId, outcome.lock);
  return outcome;
}

/** Takes the lock from whoever holds it; their next heartbeat learns who took it. */
export async function takeOverLock(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<EditLock> {
  const copy = await openWorkingCopy(ports, articleId);
  guard(copy, actor, 'save');
  const lock = takeOver(copy.lock, actor, nowOf(ports));
  await ports.newsroom.setLock(articleId, lock);
  return lock;
}

/** Lets go of the lock when the editor closes the article (only one's own). */
export async function releaseLock(ports: NewsroomPorts, actor: Actor, articleId: number): Promise<void> {
  const copy = await openWorkingCopy(ports, articleId);
  if (copy.lock?.userId === actor.userId) await ports.newsroom.setLock(articleId, null);
}
