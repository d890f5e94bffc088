import type { Kysely, Selectable } from 'kysely';
import type { AuditAction, AuditEvent, AuditFilter, AuditLog, StoredAuditEvent } from '../../accounts/audit-log.js';
import type { LinkPurpose, OneTimeLink, OneTimeLinks } from '../../accounts/one-time-links.js';
import type { SignInAttempts } from '../../accounts/sign-in-attempts.js';
import type { AttemptState } from '../../accounts/sign-in-throttle.js';
import type { AuditEventTable, Database, OneTimeLinkTable } from '../schema.js';

const linkFromRow = (row: Selectable<OneTimeLinkTable>): OneTimeLink => ({
  tokenHash: row.token_hash,
  // The column's check constraint admits only the two purposes.
  purpose: row.purpose as LinkPurpose,
  userId: row.user_id === null ? null : Number(row.user_id),
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

export class KyselyOneTimeLinks implements OneTimeLinks {
  constructor(private readonly db: Kysely<Database>) {}

  async create(link: Omit<OneTimeLink, 'usedAt'>): Promise<void> {
    await this.db
      .insertInto('one_time_links')
      .values({ token_hash: link.tokenHash, purpose: link.purpose, user_id: link.userId, created_at: link.createdAt, expires_at: link.expiresAt, used_at: null })
      .execute();
  }

  async findUsable(tokenHash: string, purpose: LinkPurpose, now: string): Promise<OneTimeLink | null> {
    const row = await this.db
      .selectFrom('one_time_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row ? linkFromRow(row) : null;
  }

  async consume(tokenHash: string, purpose: LinkPurpose, now: string): Promise<OneTimeLink | null> {
    // One conditional update: of two concurrent uses, only one finds used_at still null.
    const row = await this.db
      .updateTable('one_time_links')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
    return row ? { ...linkFromRow(row), usedAt: null } : null;
  }
}

export class KyselySignInAttempts implements SignInAttempts {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<AttemptState | null> {
    const row = await this.db.selectFrom('sign_in_attempts').selectAll().where('key', '=', key).executeTakeFirst();
    return row ? { failures: Number(row.failures), lockedUntil: row.locked_until, updatedAt: row.updated_at } : null;
  }

  async put(key: string, state: AttemptState | null): Promise<void> {
    if (state === null) {
      await this.db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
      return;
    }
    const values = { failures: state.failures, locked_until: state.lockedUntil, updated_at: state.updatedAt };
    await this.db
      .insertInto('sign_in_attempts')
      .values({ key, ...values })
      .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
      .execute();
  }
}

const eventFromRow = (row: Selectable<AuditEventTable>): StoredAuditEvent => ({
  id: Number(row.id),
  at: row.at,
  // Written only through `record`, which takes an AuditAction.
  action: row.action as AuditAction,
  actorUserId: row.actor_user_id === null ? null : Number(row.actor_user_id),
  subject: row.subject,
  detail: row.detail,
  clientIp: row.client_ip,
});

export class KyselyAuditLog implements AuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: AuditEvent): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({ at: event.at, action: event.action, actor_user_id: event.actorUserId, subject: event.subject, detail: event.detail, client_ip: event.clientIp })
      .execute();
  }

  async list(filter: AuditFilter): Promise<{ events: StoredAuditEvent[]; total: number }> {
    let query = this.db.selectFrom('audit_events');
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
    if (filter.subject !== undefined) query = query.where('subject', '=', filter.subject);
    if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('at', '<=', filter.to);
    const total = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const rows = await query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
    return { events: rows.map(eventFromRow), total: Number(total.n) };
  }
}
