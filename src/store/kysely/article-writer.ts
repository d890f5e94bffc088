import { pathOfKind } from '../../content/article-kind.js';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TopicRef } from '../../content/article.js';
import { categoryPathSlug } from '../../content/category.js';
import type { PreparedArticle } from '../../content/prepared-article.js';
import { slugCandidates, slugify } from '../../content/slug.js';
import { mergeSynonyms, topicKey } from '../../content/topic.js';
import type { CategoryInput, UpsertOutcome } from '../../importers/article-ingest.js';
import type { Database, TopicTable } from '../schema.js';
import { type SearchSink, topicSearchText } from '../search-sink.js';
import { markPending, saveArticleTerms } from './kysely-related-repository.js';
import { parseJson } from './rows.js';
import { nextChangeSeq } from './change-seq.js';
import { categoryByNameUnder, tagIdByNameOrSlug, topicByNameOrSlug } from './taxonomy-lookup.js';
import { recordMove } from './moved-addresses.js';
import { claimAddress } from './taxonomy-slugs.js';
import { paths } from '../../content/paths.js';

type Tx = Transaction<Database>;
type TopicState = Selectable<TopicTable>;

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * The review due date to keep: the one the input sets (an import), else the stored one while the
 * article's last review and interval are as they were; a new review or interval means the usual
 * last reviewed plus interval again (null).
 */
function storedReviewDue(
  input: PreparedArticle['input'],
  existing: { last_reviewed_at: string | null; review_interval_months: number | null; next_review_due: string | null } | undefined,
): string | null {
  if (input.nextReviewDue !== undefined) return input.nextReviewDue;
  if (!existing) return null;
  const same = existing.last_reviewed_at === input.lastReviewedAt && (existing.review_interval_months ?? null) === (input.reviewIntervalMonths ?? null);
  return same ? existing.next_review_due : null;
}

/**
 * Writes one batch inside one transaction. Lookups of topics, categories and tags are cached
 * for the life of the batch only, so a rolled-back batch leaves no stale ids behind.
 */
export class BatchWriter {
  private readonly topics = new Map<string, TopicState>();
  private readonly categoryIds = new Map<string, { id: number; slug: string }>();
  private readonly tagIds = new Map<string, number>();
  private changeSeq: number | null = null;

  constructor(
    private readonly trx: Tx,
    private readonly search: SearchSink | null,
  ) {}

  /** The batch's transaction, for writers that add their own rows to it (the newsroom). */
  get transaction(): Tx {
    return this.trx;
  }

  static async run<T>(db: Kysely<Database>, search: SearchSink | null, work: (writer: BatchWriter) => Promise<T>): Promise<T> {
    let failure: { error: unknown } | null = null;
    try {
      return await db.transaction().execute(async (trx) => {
        try {
          return await work(new BatchWriter(trx, search));
        } catch (error) {
          failure = { error };
          throw error;
        }
      });
    } catch (error) {
      // On SQLITE_FULL (and some I/O errors) SQLite rolls the transaction back itself; Kysely's own
      // ROLLBACK then fails with "cannot rollback - no transaction is active", which hid the
      // real error from the import report (issue 14). The work's error is the one to report.
      if (failure !== null && (failure as { error: unknown }).error !== error) throw (failure as { error: unknown }).error;
      throw error;
    }
  }

  /**
   * The change sequence this transaction's changes are stamped with: taken (bumped) on the first
   * change only, so a batch of unchanged articles leaves the sequence where it was. The row lock
   * on PostgreSQL orders concurrent writers.
   */
  private async stampChangeSeq(): Promise<number> {
    this.changeSeq ??= await nextChangeSeq(this.trx);
    return this.changeSeq;
  }

  async upsertArticle(prepared: PreparedArticle, now: string): Promise<UpsertOutcome> {
    const { input, digest } = prepared;
    const existing = await this.trx
      .selectFrom('articles')
      .select(['id', 'digest', 'slug', 'published_at', 'status', 'withdrawn_at', 'last_reviewed_at', 'review_interval_months', 'next_review_due', 'source_reviewer_name', 'source_reviewer_credential'])
      .where('provenance_id', '=', input.provenance.id)
      .executeTakeFirst();
    if (existing && existing.digest === digest) return 'unchanged';

    const topicId = input.topic ? await this.ensureTopic(input.topic) : null;
    const categoryId = await this.ensureCategoryPath(input.categoryPath);
    const publishedAt =
      input.publishedAt ?? existing?.published_at ?? (input.status === 'published' ? now : null);
    const values = {
      title: input.title,
      body_markdown: input.bodyMarkdown,
      body_html: prepared.bodyHtml,
      lead_text: prepared.leadText,
      topic_id: topicId,
      category_id: categoryId,
      question_type: input.questionType,
      status: input.status,
      published_at: publishedAt,
      updated_at: input.updatedAt,
      last_reviewed_at: input.lastReviewedAt,
      reviewer_name: input.reviewedBy?.name ?? null,
      reviewer_credential: input.reviewedBy?.credential ?? null,
      review_interval_months: input.reviewIntervalMonths ?? null,
      next_review_due: storedReviewDue(input, existing),
      // The newsroom's writes carry no source reviewer: what the import recorded stays.
      source_reviewer_name: input.sourceReviewedBy !== undefined ? input.sourceReviewedBy?.name ?? null : existing?.source_reviewer_name ?? null,
      source_reviewer_credential: input.sourceReviewedBy !== undefined ? input.sourceReviewedBy?.credential ?? null : existing?.source_reviewer_credential ?? null,
      kind: input.kind ?? 'article',
      author: input.author,
      sources: JSON.stringify(input.sources),
      provenance_id: input.provenance.id,
      source_site: input.provenance.sourceSite,
      source_url: input.provenance.sourceUrl,
      licence: input.provenance.licence,
      is_sample: input.isSample ? 1 : 0,
      has_answer: input.hasAnswer ? 1 : 0,
      digest,
      modified_at: now,
      // An import that takes a published article away leaves its address answering 410 Gone.
      withdrawn_at: existing?.status === 'published' && input.status !== 'published' ? now : (existing?.withdrawn_at ?? null),
      change_seq: await this.stampChangeSeq(),
    };

    let articleId: number;
    if (existing) {
      // Without a slug asked for, the slug stays as first given. A new one asked for (the
      // newsroom, a changed `slug:` in front matter) is taken when free; once readers could
      // open the article, its old address answers 301 to the new one for good.
      const wanted = input.slug ? slugify(input.slug) : existing.slug;
      const moved = wanted !== '' && wanted !== existing.slug && !(await this.slugTaken(wanted, existing.id));
      await this.trx.updateTable('articles').set(moved ? { ...values, slug: wanted } : values).where('id', '=', existing.id).execute();
      if (moved && (existing.status === 'published' || existing.withdrawn_at !== null)) {
        await recordMove(this.trx, pathOfKind(input.kind ?? 'article', existing.slug), pathOfKind(input.kind ?? 'article', wanted), now);
      }
      articleId = existing.id;
      await this.trx.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
    } else {
      const slug = await this.freeSlug(input.slug ? slugify(input.slug) : slugify(input.title));
      const inserted = await this.trx
        .insertInto('articles')
        .values({ ...values, slug, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      articleId = inserted.id;
    }
    await this.tagArticle(articleId, input.tags);
    // Its own list and the lists it may enter are recomputed after the batch (RelatedService).
    await saveArticleTerms(this.trx, new Map([[articleId, prepared.terms]]));
    await markPending(this.trx, [articleId]);
    await this.search?.put(this.trx, {
      articleId,
      title: input.title,
      topicText: input.topic ? this.topicText(input.topic) : '',
      body: prepared.bodyText,
    });
    return existing ? 'updated' : 'imported';
  }

  async ensureTopic(ref: TopicRef): Promise<number> {
    const slug = topicKey(ref.name);
    const known = this.topics.get(slug) ?? (await this.loadTopic(slug, ref.name));
    if (!known) {
      const row = {
        slug,
        name: ref.name.trim(),
        synonyms: JSON.stringify(mergeSynonyms(ref.name, ref.synonyms)),
        semantic_group: ref.semanticGroup,
        summary: ref.summary ?? null,
        cuis: JSON.stringify(ref.cuis ?? []),
        semantic_types: JSON.stringify(ref.semanticTypes ?? []),
        change_seq: await this.stampChangeSeq(),
      };
      const { id } = await this.trx.insertInto('topics').values(row).returning('id').executeTakeFirstOrThrow();
      await claimAddress(this.trx, paths.topic(slug));
      this.topics.set(slug, { ...row, id });
      return id;
    }
    // Sources describe the same topic differently; the topic keeps the union of what they say.
    const merged = {
      synonyms: JSON.stringify(mergeSynonyms(known.name, parseJson<string[]>(known.synonyms, []), ref.synonyms)),
      cuis: JSON.stringify(union(parseJson<string[]>(known.cuis, []), ref.cuis ?? [])),
      semantic_types: JSON.stringify(union(parseJson<string[]>(known.semantic_types, []), ref.semanticTypes ?? [])),
      semantic_group: known.semantic_group ?? ref.semanticGroup,
      summary: ref.summary ?? known.summary,
    };
    const changed = (Object.keys(merged) as (keyof typeof merged)[]).some((key) => merged[key] !== known[key]);
    if (changed) {
      const changeSeq = await this.stampChangeSeq();
      await this.trx.updateTable('topics').set({ ...merged, change_seq: changeSeq }).where('id', '=', known.id).execute();
      this.topics.set(slug, { ...known, ...merged, change_seq: changeSeq });
      if (merged.synonyms !== known.synonyms) {
        await this.search?.retopic(this.trx, known.id, topicSearchText(known.name, parseJson<string[]>(merged.synonyms, [])));
      }
    }
    return known.id;
  }

  /** The topic's names as the index should hold them, after this batch's merges. */
  private topicText(ref: TopicRef): string {
    const state = this.topics.get(topicKey(ref.name));
    return state ? topicSearchText(state.name, parseJson<string[]>(state.synonyms, [])) : topicSearchText(ref.name, ref.synonyms);
  }

  /** `slug` is the one `name` gives; after a rename the topic is found by its name instead. */
  private async loadTopic(slug: string, name: string): Promise<TopicState | undefined> {
    const row = await topicByNameOrSlug(this.trx, slug, name);
    if (row) this.topics.set(slug, row);
    return row;
  }

  async ensureCategoryPath(path: string[]): Promise<number | null> {
    let parent: { id: number; slug: string } | null = null;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = categoryPathSlug(path.slice(0, depth));
      const cached = this.categoryIds.get(key);
      if (cached !== undefined) {
        parent = cached;
        continue;
      }
      const name = path[depth - 1]!.trim();
      // Under a renamed parent a new category's slug extends the parent's own (its links stay put).
      const slug: string = parent ? `${parent.slug}/${slugify(name)}` : slugify(name);
      const row: { id: number; slug: string } = (await categoryByNameUnder(this.trx, slug, parent?.id ?? null, name)) ?? (await this.insertCategory(slug, name, parent?.id ?? null));
      this.categoryIds.set(key, row);
      parent = row;
    }
    return parent?.id ?? null;
  }

  private async insertCategory(slug: string, name: string, parentId: number | null): Promise<{ id: number; slug: string }> {
    const row = await this.trx
      .insertInto('categories')
      .values({ slug, name, parent_id: parentId, description: null, change_seq: await this.stampChangeSeq() })
      .returning(['id', 'slug'])
      .executeTakeFirstOrThrow();
    await claimAddress(this.trx, paths.category(row.slug));
    return row;
  }

  async describeCategory(category: CategoryInput): Promise<void> {
    const id = await this.ensureCategoryPath(category.path);
    if (id === null || category.description === null) return;
    // Every import describes every category again; only a new description is a change.
    const current = await this.trx.selectFrom('categories').select('description').where('id', '=', id).executeTakeFirst();
    if (current?.description === category.description) return;
    await this.trx
      .updateTable('categories')
      .set({ description: category.description, change_seq: await this.stampChangeSeq() })
      .where('id', '=', id)
      .execute();
  }

  private async tagArticle(articleId: number, tags: string[]): Promise<void> {
    const tagIds = new Set<number>();
    for (const name of tags) {
      const slug = slugify(name);
      if (slug === '') continue;
      let id = this.tagIds.get(slug);
      if (id === undefined) {
        id =
          (await tagIdByNameOrSlug(this.trx, slug, name)) ??
          (await this.trx.insertInto('tags').values({ slug, name: name.trim() }).returning('id').executeTakeFirstOrThrow()).id;
        this.tagIds.set(slug, id);
      }
      tagIds.add(id);
    }
    if (tagIds.size === 0) return;
    await this.trx
      .insertInto('article_tags')
      .values([...tagIds].map((tagId) => ({ article_id: articleId, tag_id: tagId })))
      .execute();
  }

  private async slugTaken(slug: string, exceptId: number): Promise<boolean> {
    return (await this.trx.selectFrom('articles').select('id').where('slug', '=', slug).where('id', '<>', exceptId).executeTakeFirst()) !== undefined;
  }

  private async freeSlug(base: string): Promise<string> {
    for (const candidate of slugCandidates(base)) {
      const taken = await this.trx.selectFrom('articles').select('id').where('slug', '=', candidate).executeTakeFirst();
      if (!taken) return candidate;
    }
    throw new Error('unreachable: slug candidates never run out');
  }
}
