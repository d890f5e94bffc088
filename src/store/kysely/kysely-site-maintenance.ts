import type { Kysely } from 'kysely';
import type { SiteMaintenance, StoreStats } from '../../app/site-maintenance.js';
import type { Database } from '../schema.js';

/** Site maintenance over any Kysely dialect; `onClose` releases what the opener acquired. */
export class KyselySiteMaintenance implements SiteMaintenance {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {}

  async stats(): Promise<StoreStats> {
    const count = async (table: 'articles' | 'topics' | 'categories' | 'tags') =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const articleCounts = await this.db
      .selectFrom('articles')
      .select([
        (eb) => eb.fn.sum<number>(eb.case().when('status', '=', 'published').then(1).else(0).end()).as('published'),
        (eb) => eb.fn.sum<number>('has_answer').as('answered'),
      ])
      .executeTakeFirstOrThrow();
    const bySource = await this.db
      .selectFrom('articles')
      .select(['source_site', (eb) => eb.fn.countAll().as('n')])
      .groupBy('source_site')
      .orderBy('source_site')
      .execute();
    return {
      articles: await count('articles'),
      publishedArticles: Number(articleCounts.published ?? 0),
      answeredArticles: Number(articleCounts.answered ?? 0),
      topics: await count('topics'),
      categories: await count('categories'),
      tags: await count('tags'),
      articlesBySource: Object.fromEntries(bySource.map((row) => [row.source_site, Number(row.n)])),
    };
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('articles').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  close(): Promise<void> {
    return this.onClose();
  }
}
