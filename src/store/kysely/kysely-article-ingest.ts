import type { Kysely } from 'kysely';
import type { ArticleInput, TopicRef } from '../../content/article.js';
import type { ArticleIngest, CategoryInput, UpsertOutcome } from '../../importers/article-ingest.js';
import type { Database } from '../schema.js';
import type { SearchSink } from '../search-sink.js';
import { BatchWriter } from './article-writer.js';

/** Article ingest over any Kysely dialect: each batch one transaction (see BatchWriter). */
export class KyselyArticleIngest implements ArticleIngest {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchSink: SearchSink | null = null,
  ) {}

  upsertArticles(batch: ArticleInput[], now: string): Promise<UpsertOutcome[]> {
    return BatchWriter.run(this.db, this.searchSink, async (writer) => {
      const outcomes: UpsertOutcome[] = [];
      for (const input of batch) outcomes.push(await writer.upsertArticle(input, now));
      return outcomes;
    });
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
