import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Accounts (issue 11): users, sessions, API tokens, one-time links, the sign-in throttle's
 * memory and the audit log. Secrets are stored only as SHA-256 hashes. Times are ISO text like
 * every other table; booleans are integers 0/1 so SQLite and PostgreSQL read them alike.
 * Portable, and atomic like 006: Kysely wraps PostgreSQL's migrations in a transaction but not
 * SQLite's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await atomically(db, upSteps);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await atomically(db, async (tx) => {
    for (const table of ['audit_events', 'sign_in_attempts', 'one_time_links', 'api_tokens', 'sessions', 'users']) {
      await tx.schema.dropTable(table).execute();
    }
  });
}

async function atomically(db: Kysely<unknown>, steps: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  await (db.isTransaction ? steps(db) : db.transaction().execute(steps));
}

type IdColumn = (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** SQLite's INTEGER PRIMARY KEY already counts up; PostgreSQL needs an identity column (as 001). */
function idColumn(db: Kysely<unknown>): IdColumn {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return postgres ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey();
}

async function upSteps(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', id)
    // Lowercased by the store before every write and lookup: unique means case-insensitively unique.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('contributor', 'reviewer', 'editor', 'admin')`))
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('csrf_secret', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('one_time_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('setup', 'reset')`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'integer', id)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    // No foreign key: the log outlives what it mentions.
    .addColumn('actor_user_id', 'integer')
    .addColumn('subject', 'text')
    .addColumn('detail', 'text')
    .addColumn('client_ip', 'text')
    .execute();
  // Newest first, overall and by each filter the admin offers.
  await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_events_action').on('audit_events').columns(['action', 'at']).execute();
  await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_user_id', 'at']).execute();
  await db.schema.createIndex('audit_events_subject').on('audit_events').columns(['subject', 'at']).execute();
}
