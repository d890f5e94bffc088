import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

type IdColumn = (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** SQLite's INTEGER PRIMARY KEY already counts up; PostgreSQL needs an identity column. */
function idColumn(db: Kysely<unknown>): IdColumn {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return postgres ? (c) => c.primaryKey().generatedByDefaultAsIdentity() : (c) => c.primaryKey();
}

// Migrations use only the schema builder's portable types, so PostgreSQL runs the same files.
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('categories')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('description', 'text')
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('semantic_group', 'text')
    .addColumn('summary', 'text')
    .addColumn('cuis', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('semantic_types', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_markdown', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('lead_text', 'text', (c) => c.notNull())
    .addColumn('topic_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('question_type', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('last_reviewed_at', 'text')
    .addColumn('author', 'text')
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('provenance_id', 'text', (c) => c.notNull().unique())
    .addColumn('source_site', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_answer', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('modified_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id'))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();

  await db.schema.createIndex('article_tags_tag').on('article_tags').columns(['tag_id', 'article_id']).execute();
  await db.schema
    .createIndex('articles_category_timeline')
    .on('articles')
    .columns(['category_id', 'status', 'published_at', 'id'])
    .execute();
  await db.schema.createIndex('articles_topic').on('articles').columns(['topic_id', 'status']).execute();
  await db.schema.createIndex('articles_timeline').on('articles').columns(['status', 'published_at', 'id']).execute();
  await db.schema.createIndex('categories_parent').on('categories').column('parent_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['article_tags', 'articles', 'tags', 'topics', 'categories']) {
    await db.schema.dropTable(table).execute();
  }
}
