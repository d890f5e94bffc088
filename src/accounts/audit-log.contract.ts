import assert from 'node:assert/strict';
import type { AccountsSite as Site } from './account-stores.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import type { AuditEvent } from './audit-log.js';

const event = (n: number, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  at: new Date(Date.UTC(2026, 5, 1, 12, n)).toISOString(), action: 'user.signed-in', actorUserId: 1, subject: 'user:1', detail: null, clientIp: '10.0.0.1', ...overrides,
});

/** What every AuditLog must do; each test gets a fresh, empty site on the real database. */
export function auditLogContract(name: string, openSite: () => Promise<Site>, skip: SkipList = {}): void {
  contractSuite(`AuditLog contract: ${name}`, openSite, skip, (test: ContractTest<Site>) => {
    test('lists events newest first, with their ids and every field', async ({ accounts: { audit } }) => {
      await audit.record(event(1));
      await audit.record(event(2, { action: 'user.created', actorUserId: null, subject: 'user:2', detail: 'role editor', clientIp: null }));
      const { events, total } = await audit.list({ limit: 10, offset: 0 });
      assert.equal(total, 2);
      assert.deepEqual(events.map(({ id: _, ...rest }) => rest), [event(2, { action: 'user.created', actorUserId: null, subject: 'user:2', detail: 'role editor', clientIp: null }), event(1)]);
      assert.ok(events[0]!.id > events[1]!.id);
    });

    test('events at the same time come newest recorded first', async ({ accounts: { audit } }) => {
      await audit.record(event(1, { detail: 'first' }));
      await audit.record(event(1, { detail: 'second' }));
      assert.deepEqual((await audit.list({ limit: 10, offset: 0 })).events.map((e) => e.detail), ['second', 'first']);
    });

    test('filters by action, actor, subject and time range, and pages', async ({ accounts: { audit } }) => {
      for (let n = 0; n < 10; n++) {
        await audit.record(event(n, { action: n % 2 ? 'user.sign-in-failed' : 'user.signed-in', actorUserId: n < 5 ? 1 : 2, subject: `user:${n % 3}` }));
      }
      const minutes = async (filter: Parameters<typeof audit.list>[0]) => {
        const { events, total } = await audit.list(filter);
        return { minutes: events.map((e) => new Date(e.at).getUTCMinutes()), total };
      };
      assert.deepEqual(await minutes({ action: 'user.sign-in-failed', limit: 10, offset: 0 }), { minutes: [9, 7, 5, 3, 1], total: 5 });
      assert.deepEqual(await minutes({ actorUserId: 2, limit: 10, offset: 0 }), { minutes: [9, 8, 7, 6, 5], total: 5 });
      assert.deepEqual(await minutes({ subject: 'user:0', limit: 10, offset: 0 }), { minutes: [9, 6, 3, 0], total: 4 });
      assert.deepEqual(await minutes({ from: event(3).at, to: event(6).at, limit: 10, offset: 0 }), { minutes: [6, 5, 4, 3], total: 4 });
      assert.deepEqual(await minutes({ actorUserId: 1, action: 'user.signed-in', limit: 10, offset: 0 }), { minutes: [4, 2, 0], total: 3 });
      assert.deepEqual(await minutes({ limit: 3, offset: 0 }), { minutes: [9, 8, 7], total: 10 });
      assert.deepEqual(await minutes({ limit: 3, offset: 3 }), { minutes: [6, 5, 4], total: 10 });
      assert.deepEqual(await minutes({ limit: 3, offset: 9 }), { minutes: [0], total: 10 });
    });
  });
}
