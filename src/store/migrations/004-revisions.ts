import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/**
 * A site-wide revision, bumped once by every transaction that changes what readers see, and the
 * revision each article, topic, category and "Recommended" list last changed at: a static
 * rebuild asks "what changed since revision N" instead of comparing the whole site. The site id
 * tells a build's manifest whether it came from this database. Portable: SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into content_state (id, revision, site_id) values (1, 0, ${randomUUID()})`.execute(db);
  for (const table of ['articles', 'topics', 'categories']) {
    await db.schema.alterTable(table).addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
  await db.schema.alterTable('articles').addColumn('list_revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('articles_revision').on('articles').column('revision').execute();
  await db.schema.createIndex('articles_list_revision').on('articles').column('list_revision').execute();
}
