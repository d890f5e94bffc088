import { type Kysely, type Transaction, sql } from 'kysely';
import type { Database } from '../schema.js';
import { type SearchDocument, type SearchSink, topicSearchText } from '../search-sink.js';
import { parseJson } from '../kysely/rows.js';

/** Writes articles into the FTS5 table created by migration 002. */
export const sqliteSearchSink: SearchSink = {
  async put(trx: Transaction<Database>, document: SearchDocument): Promise<void> {
    await sql`delete from articles_fts where rowid = ${document.articleId}`.execute(trx);
    await sql`insert into articles_fts (rowid, title, topic, body)
      values (${document.articleId}, ${document.title}, ${document.topicText}, ${document.body})`.execute(trx);
  },
  async retopic(trx: Transaction<Database>, topicId: number, topicText: string): Promise<void> {
    await sql`update articles_fts set topic = ${topicText}
      where rowid in (select id from articles where topic_id = ${topicId})`.execute(trx);
  },
};

/**
 * Indexes whatever the FTS table is missing (articles written before the index existed, or a
 * database whose index was dropped). A no-op when the counts agree, counted in FTS5's docsize
 * shadow table (one row per document): count(*) on the FTS table itself reads the whole index,
 * a tenth of a second on every start of a MedQuAD-sized site.
 */
export async function backfillSearchIndex(db: Kysely<Database>): Promise<number> {
  const counts = await sql<{ articles: number; indexed: number }>`
    select (select count(*) from articles) as articles, (select count(*) from articles_fts_docsize) as indexed`.execute(db);
  const row = counts.rows[0];
  if (!row || row.articles === row.indexed) return 0;
  const { articleBodyText } = await import('../../editorial/prepare-article.js');
  return db.transaction().execute(async (trx) => {
    await sql`delete from articles_fts`.execute(trx);
    const articles = await trx
      .selectFrom('articles')
      .leftJoin('topics', 'topics.id', 'articles.topic_id')
      .select(['articles.id', 'articles.title', 'articles.body_markdown', 'topics.name', 'topics.synonyms'])
      .execute();
    for (const article of articles) {
      await sqliteSearchSink.put(trx, {
        articleId: article.id,
        title: article.title,
        topicText: article.name ? topicSearchText(article.name, parseJson<string[]>(article.synonyms ?? '[]', [])) : '',
        body: articleBodyText(article.body_markdown),
      });
    }
    return articles.length;
  });
}
