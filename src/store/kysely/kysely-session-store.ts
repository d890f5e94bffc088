import type { Kysely, Selectable } from 'kysely';
import type { SessionStore, StoredSession } from '../../accounts/session-store.js';
import type { User } from '../../accounts/user-directory.js';
import type { Database, SessionTable } from '../schema.js';
import { JOINED_USER_COLUMNS, userFromJoinedRow } from './kysely-user-directory.js';

const sessionFromRow = (row: Selectable<SessionTable>): StoredSession => ({
  idHash: row.id_hash,
  userId: Number(row.user_id),
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  csrfSecret: row.csrf_secret,
  userAgent: row.user_agent,
});

export class KyselySessionStore implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: StoredSession): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
        csrf_secret: session.csrfSecret,
        user_agent: session.userAgent,
      })
      .execute();
  }

  async find(idHash: string): Promise<{ session: StoredSession; user: User } | null> {
    // One query, and the disabled check inside it: a disabled user's session stops here.
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('sessions')
      .select(JOINED_USER_COLUMNS)
      .where('sessions.id_hash', '=', idHash)
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    if (!row) return null;
    return { session: sessionFromRow(row), user: userFromJoinedRow(row) };
  }

  async touch(idHash: string, lastSeenAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id_hash', '=', idHash).execute();
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteForUser(userId: number): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpired(now: string, idleBefore: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
