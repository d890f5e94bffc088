import type { Kysely } from 'kysely';
import type { TopicRef } from '../../content/article.js';
import type { PreparedArticle } from '../../content/prepared-article.js';
import type { ArticleIngest, CategoryInput, ImportedArticle, UpsertOutcome } from '../../importers/article-ingest.js';
import type { Database } from '../schema.js';
import type { SearchSink } from '../search-sink.js';
import { BatchWriter } from './article-writer.js';

/** Article ingest over any Kysely dialect: each batch one transaction (see BatchWriter). */
export class KyselyArticleIngest implements ArticleIngest {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchSink: SearchSink | null = null,
  ) {}

  upsertArticles(batch: PreparedArticle[], now: string): Promise<UpsertOutcome[]> {
    return BatchWriter.run(this.db, this.searchSink, async (writer) => {
      const outcomes: UpsertOutcome[] = [];
      for (const prepared of batch) outcomes.push(await writer.upsertArticle(prepared, now));
      return outcomes;
    });
  }

  async markImported(importSource: string, provenanceIds: string[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // Chunks keep each statement under SQLite's and PostgreSQL's bound-parameter limits.
      for (let start = 0; start < provenanceIds.length; start += 500) {
        const chunk = provenanceIds.slice(start, start + 500);
        await trx.updateTable('articles').set({ import_source: importSource }).where('provenance_id', 'in', chunk)
          .where((eb) => eb.or([eb('import_source', 'is', null), eb('import_source', '<>', importSource)])).execute();
      }
    });
  }

  async importedFrom(importSource: string): Promise<ImportedArticle[]> {
    const rows = await this.db.selectFrom('articles').select(['id', 'provenance_id', 'slug', 'title', 'status']).where('import_source', '=', importSource).orderBy('id').execute();
    return rows.map((row) => ({ articleId: Number(row.id), provenanceId: row.provenance_id, slug: row.slug, title: row.title, status: row.status }));
  }

  async storedDigests(provenanceIds: string[]): Promise<Map<string, string>> {
    if (provenanceIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('articles').select(['provenance_id', 'digest']).where('provenance_id', 'in', provenanceIds).execute();
    return new Map(rows.map((row) => [row.provenance_id, row.digest]));
  }

  async upsertCategories(categories: CategoryInput[]): Promise<void> {
    await BatchWriter.run(this.db, this.searchSink, async (writer) => {
      for (const category of categories) await writer.describeCategory(category);
    });
  }

  async upsertTopics(topics: TopicRef[]): Promise<void> {
    await BatchWriter.run(this.db, this.searchSink, async (writer) => {
      for (const topic of topics) await writer.ensureTopic(topic);
    });
  }
}
