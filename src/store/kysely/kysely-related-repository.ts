import type { Kysely, Transaction } from 'kysely';
import type { RelatedEntry, RelatedOverride, RelatedReason, RelatedSource, RelatedTopicSource } from '../../related/related-document.js';
import { type ArticleTerms, decodeArticleTerms, encodeArticleTerms } from '../../related/article-terms.js';
import { isArticleStatus } from '../../content/article-status.js';
import type { ArticleRef, RelatedRepository, StoredRelatedEntry } from '../../related/related-repository.js';
import type { Database } from '../schema.js';
import { nextChangeSeq } from './change-seq.js';
import { appendTo, parseJson, storedStatus } from './rows.js';

/** Rows per multi-row insert: 5 columns × 2,000 stays under both databases' parameter limits. */
const INSERT_CHUNK = 2000;
/** Ids per `in (…)` list. */
const ID_CHUNK = 5000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class KyselyRelatedRepository implements RelatedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async sources(afterId: number, limit: number): Promise<RelatedSource[]> {
    const rows = await this.sourceQuery().where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return this.toSources(rows);
  }

  async sourcesById(ids: number[]): Promise<RelatedSource[]> {
    const rows = [];
    for (const part of chunks(ids, ID_CHUNK)) rows.push(...(await this.sourceQuery().where('id', 'in', part).execute()));
    return this.toSources(rows);
  }

  private sourceQuery() {
    return this.db
      .selectFrom('articles')
      .leftJoin('article_terms', 'article_terms.article_id', 'articles.id')
      .select(['articles.id as id', 'article_terms.terms as terms', 'topic_id', 'category_id', 'question_type', 'status', 'has_answer'])
      // Site pages (About, Privacy…) are not health content: never ranked, never recommended.
      .where('articles.kind', '=', 'article');
  }

  /** The rows as the recommender's sources: with their tags and their terms. */
  private async toSources(
    rows: { id: number; terms: string | null; topic_id: number | null; category_id: number | null; question_type: string | null; status: string; has_answer: number }[],
  ): Promise<RelatedSource[]> {
    const tags = new Map<number, number[]>();
    for (const part of chunks(rows.map((row) => row.id), ID_CHUNK)) {
      const tagRows = await this.db.selectFrom('article_tags').select(['article_id', 'tag_id']).where('article_id', 'in', part).execute();
      for (const { article_id, tag_id } of tagRows) appendTo(tags, article_id, tag_id);
    }
    const unknown = rows.find((row) => !isArticleStatus(row.status));
    // Throws, naming the article: its slug and provenance id are read only then, to keep this query lean.
    if (unknown) storedStatus(await this.db.selectFrom('articles').select(['slug', 'provenance_id', 'status']).where('id', '=', unknown.id).executeTakeFirstOrThrow());
    const terms = new Map(rows.map((row) => [row.id, row.terms === null ? null : decodeArticleTerms(row.terms)]));
    await this.extractMissingTerms(terms);
    return rows.map((row) => ({
      id: row.id,
      terms: terms.get(row.id)!,
      topicId: row.topic_id,
      categoryId: row.category_id,
      questionType: row.question_type,
      tagIds: tags.get(row.id) ?? [],
      published: row.status === 'published',
      hasAnswer: Number(row.has_answer) === 1,
    }));
  }

  /**
   * Articles written before migration 005, or whose terms an older extraction stored, get their
   * terms extracted now and stored, so this happens once.
   */
  private async extractMissingTerms(terms: Map<number, ArticleTerms | null>): Promise<void> {
    const missing = [...terms].filter(([, value]) => value === null).map(([id]) => id);
    if (missing.length === 0) return;
    const { articleTerms } = await import('../../editorial/prepare-article.js');
    const encoded = new Map<number, string>();
    for (const part of chunks(missing, ID_CHUNK)) {
      const rows = await this.db.selectFrom('articles').select(['id', 'title', 'body_markdown']).where('id', 'in', part).execute();
      for (const row of rows) {
        const extracted = articleTerms(row.title, row.body_markdown);
        terms.set(row.id, extracted);
        encoded.set(row.id, encodeArticleTerms(extracted));
      }
    }
    await this.db.transaction().execute((trx) => saveArticleTerms(trx, encoded));
  }

  async topics(ids?: number[]): Promise<RelatedTopicSource[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db.selectFrom('topics').select(['id', 'name', 'synonyms']);
    if (ids) query = query.where('id', 'in', ids);
    const rows = await query.execute();
    return rows.map((row) => ({ id: row.id, name: row.name, synonyms: parseJson<string[]>(row.synonyms, []) }));
  }

  async countArticles(): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async pending(): Promise<number[]> {
    const rows = await this.db.selectFrom('related_pending').select('article_id').orderBy('article_id').execute();
    return rows.map((row) => row.article_id);
  }

  async listsContaining(ids: number[]): Promise<number[]> {
    const found = new Set<number>();
    for (const part of chunks(ids, ID_CHUNK)) {
      const rows = await this.db.selectFrom('related').select('article_id').distinct().where('related_id', 'in', part).execute();
      for (const row of rows) found.add(row.article_id);
    }
    return [...found];
  }

  async cutoffs(articleIds: number[], limit: number): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    for (const part of chunks(articleIds, ID_CHUNK)) {
      const rows = await this.db
        .selectFrom('related')
        .select(['article_id', 'score'])
        .where('article_id', 'in', part)
        .where('position', '=', limit)
        .execute();
      for (const row of rows) found.set(row.article_id, Number(row.score));
    }
    return found;
  }

  async saveLists(lists: Map<number, RelatedEntry[]>, options: { all: boolean; done: number[] }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await stampChangedLists(trx, lists, options.all);
      if (options.all) await trx.deleteFrom('related').execute();
      else for (const part of chunks([...lists.keys()], ID_CHUNK)) await trx.deleteFrom('related').where('article_id', 'in', part).execute();
      // In key order: appending to the primary key's B-tree is far cheaper than inserting at random.
      const rows = [...lists].sort(([a], [b]) => a - b).flatMap(([articleId, entries]) =>
        entries.map((entry, i) => ({
          article_id: articleId,
          position: i + 1,
          related_id: entry.articleId,
          score: entry.score,
          reason: JSON.stringify(entry.reason),
        })),
      );
      for (const part of chunks(rows, INSERT_CHUNK)) await trx.insertInto('related').values(part).execute();
      for (const part of chunks(options.done, ID_CHUNK)) await trx.deleteFrom('related_pending').where('article_id', 'in', part).execute();
      await trx.updateTable('related_state').set((eb) => ({ generation: eb('generation', '+', 1) })).where('id', '=', 1).execute();
    });
  }

  async generation(): Promise<number> {
    const row = await this.db.selectFrom('related_state').select('generation').where('id', '=', 1).executeTakeFirst();
    return Number(row?.generation ?? 0);
  }

  async storedList(articleId: number): Promise<StoredRelatedEntry[]> {
    const rows = await this.db
      .selectFrom('related')
      .innerJoin('articles', 'articles.id', 'related.related_id')
      .leftJoin('topics', 'topics.id', 'articles.topic_id')
      .select([
        'related.position', 'related.related_id', 'related.score', 'related.reason', 'articles.slug', 'articles.title',
        'articles.provenance_id', 'articles.status', 'articles.has_answer', 'topics.name as topic_name',
      ])
      .where('related.article_id', '=', articleId)
      .orderBy('related.position')
      .execute();
    return rows.map((row) => ({
      position: row.position,
      articleId: row.related_id,
      score: Number(row.score),
      reason: parseJson<RelatedReason>(row.reason, {}),
      target: {
        id: row.related_id,
        slug: row.slug,
        title: row.title,
        provenanceId: row.provenance_id,
        status: storedStatus(row),
        topicName: row.topic_name,
        hasAnswer: Number(row.has_answer) === 1,
      },
    }));
  }

  async findArticle(slugOrProvenanceId: string): Promise<ArticleRef | null> {
    const row = await this.db
      .selectFrom('articles')
      .select(['id', 'slug', 'title', 'provenance_id', 'status'])
      .where((eb) => eb.or([eb('slug', '=', slugOrProvenanceId), eb('provenance_id', '=', slugOrProvenanceId)]))
      .orderBy('id')
      .executeTakeFirst();
    return row ? { id: row.id, slug: row.slug, title: row.title, provenanceId: row.provenance_id, status: storedStatus(row) } : null;
  }

  async overrides(articleIds?: number[]): Promise<RelatedOverride[]> {
    if (articleIds && articleIds.length === 0) return [];
    const rows = [];
    const select = () => this.db.selectFrom('related_overrides').select(['article_id', 'target_id', 'kind', 'position']);
    if (!articleIds) rows.push(...(await select().execute()));
    else for (const part of chunks(articleIds, ID_CHUNK)) rows.push(...(await select().where('article_id', 'in', part).execute()));
    return rows.map((row) => ({
      articleId: row.article_id,
      targetId: row.target_id,
      kind: row.kind === 'pin' ? 'pin' : 'exclude',
      position: row.position,
    }));
  }

  async setOverride(override: RelatedOverride, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('related_overrides')
        .values({ article_id: override.articleId, target_id: override.targetId, kind: override.kind, position: override.position, created_at: now })
        .onConflict((oc) => oc.columns(['article_id', 'target_id']).doUpdateSet({ kind: override.kind, position: override.position, created_at: now }))
        .execute();
      await markPending(trx, [override.articleId]);
    });
  }

  async removeOverride(articleId: number, targetId: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .deleteFrom('related_overrides')
        .where('article_id', '=', articleId)
        .where('target_id', '=', targetId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) return false;
      await markPending(trx, [articleId]);
      return true;
    });
  }
}

/** Stores (replacing) articles' encoded terms. */
export async function saveArticleTerms(trx: Transaction<Database>, terms: Map<number, string>): Promise<void> {
  for (const part of chunks([...terms], INSERT_CHUNK / 2)) {
    await trx
      .insertInto('article_terms')
      .values(part.map(([article_id, encoded]) => ({ article_id, terms: encoded })))
      .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({ terms: eb.ref('excluded.terms') })))
      .execute();
  }
}

/** Records that these articles' lists are out of date (inside the caller's transaction). */
export async function markPending(trx: Transaction<Database>, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  await trx
    .insertInto('related_pending')
    .values(articleIds.map((article_id) => ({ article_id })))
    .onConflict((oc) => oc.column('article_id').doNothing())
    .execute();
}

/** The stored lists as ids in order, of `articleIds` only or (null) of every article. */
export async function storedRelatedIds(db: Kysely<Database>, articleIds: number[] | null): Promise<Map<number, number[]>> {
  const lists = new Map<number, number[]>();
  const select = () => db.selectFrom('related').select(['article_id', 'related_id']).orderBy('article_id').orderBy('position');
  for (const part of articleIds === null ? [null] : chunks(articleIds, ID_CHUNK)) {
    const rows = await (part === null ? select() : select().where('article_id', 'in', part)).execute();
    for (const { article_id, related_id } of rows) appendTo(lists, article_id, related_id);
  }
  return lists;
}

/**
 * Marks the articles whose list is about to change (entries or their order) with a new change
 * sequence, so a static rebuild renders their pages again and no others. With `all`, articles
 * whose list is dropped count too.
 */
async function stampChangedLists(trx: Transaction<Database>, lists: Map<number, RelatedEntry[]>, all: boolean): Promise<void> {
  const before = await storedRelatedIds(trx, all ? null : [...lists.keys()]);
  const changed = [...lists].filter(([id, entries]) => (before.get(id) ?? []).join(' ') !== entries.map((entry) => entry.articleId).join(' ')).map(([id]) => id);
  if (all) for (const [id, list] of before) if (list.length > 0 && !lists.has(id)) changed.push(id);
  if (changed.length === 0) return;
  const changeSeq = await nextChangeSeq(trx);
  for (const part of chunks(changed, ID_CHUNK)) await trx.updateTable('articles').set({ list_change_seq: changeSeq }).where('id', 'in', part).execute();
}
