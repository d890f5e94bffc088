import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heartbeat, takeOver, viewLock } from './edit-lock.js';

const ann = { userId: 1, role: 'editor' as const };
const bob = { userId: 2, role: 'editor' as const };
const T0 = '2026-06-01T12:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

describe('edit lock', () => {
  it('is taken by the first heartbeat and kept by the holder', () => {
    const first = heartbeat(null, ann, T0);
    assert.ok(first.ok);
    const again = heartbeat(first.lock, ann, at(30));
    assert.deepEqual(again, { ok: true, lock: { userId: 1, heartbeatAt: at(30), takenFromUserId: null } });
  });

  it('holds others off while fresh, and not once stale (60 s without a heartbeat)', () => {
    const lock = { userId: 1, heartbeatAt: T0, takenFromUserId: null };
    assert.deepEqual(viewLock(lock, bob, at(59)), { status: 'held', holderUserId: 1, heartbeatAt: T0 });
    assert.deepEqual(heartbeat(lock, bob, at(59)), { ok: false, holderUserId: 1, takenOver: false });
    assert.equal(viewLock(lock, bob, at(61)).status, 'stale');
    assert.deepEqual(heartbeat(lock, bob, at(61)), { ok: true, lock: { userId: 2, heartbeatAt: at(61), takenFromUserId: 1 } });
    assert.equal(viewLock(lock, ann, at(5)).status, 'mine');
    assert.equal(viewLock(null, ann, T0).status, 'free');
  });

  it('tells the previous holder, at their next heartbeat, that the lock was taken over', () => {
    const annLock = { userId: 1, heartbeatAt: T0, takenFromUserId: null };
    const bobLock = takeOver(annLock, bob, at(10));
    assert.deepEqual(bobLock, { userId: 2, heartbeatAt: at(10), takenFromUserId: 1 });
    assert.deepEqual(heartbeat(bobLock, ann, at(15)), { ok: false, holderUserId: 2, takenOver: true });
    const carol = { userId: 3, role: 'admin' as const };
    assert.deepEqual(heartbeat(bobLock, carol, at(15)), { ok: false, holderUserId: 2, takenOver: false });
  });
});
