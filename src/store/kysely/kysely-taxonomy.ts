import { type Kysely, sql, type Transaction } from 'kysely';
import { slugify } from '../../content/slug.js';
import { topicKey } from '../../content/topic.js';
import type { SlugChangeOutcome, SluggedKind, TaxonomyEntry, TaxonomyKind, TaxonomyPage, TaxonomyRefusal, TaxonomyStore } from '../../editorial/taxonomy.js';
import { paths } from '../../content/paths.js';
import { changeCategorySlug, changeTopicSlug, claimAddress } from './taxonomy-slugs.js';
import type { Database } from '../schema.js';
import { type SearchSink, topicSearchText } from '../search-sink.js';
import { nextChangeSeq } from './change-seq.js';
import { likePattern } from './newsroom-rows.js';
import { sameName } from './taxonomy-lookup.js';
import { parseJson } from './rows.js';

type Tx = Transaction<Database>;
type Outcome = { ok: true; entry: TaxonomyEntry } | { ok: false; reason: TaxonomyRefusal };
const published = sql<number>`sum(case when a.status = 'published' then 1 else 0 end)`;

/** Topics, categories and tags as editors manage them, on SQLite and PostgreSQL (editorial/taxonomy.ts). */
export class KyselyTaxonomyStore implements TaxonomyStore {
  constructor(private readonly db: Kysely<Database>, private readonly searchSink: SearchSink | null) {}

  async list(kind: 'topic' | 'tag', filter: { q?: string; limit: number; offset: number }): Promise<TaxonomyPage> {
    const table = kind === 'topic' ? 'topics' : 'tags';
    const named = () => {
      const query = this.db.selectFrom(`${table} as x` as 'topics as x');
      return filter.q ? query.where(sql<boolean>`lower(x.name) like ${likePattern(filter.q)} escape '!'`) : query;
    };
    const counts = kind === 'topic'
      ? this.db.selectFrom('articles as a').select(['a.topic_id as owner']).select(published.as('n')).groupBy('a.topic_id')
      : this.db.selectFrom('article_tags as at').innerJoin('articles as a', 'a.id', 'at.article_id').select(['at.tag_id as owner']).select(published.as('n')).groupBy('at.tag_id');
    const [rows, total] = await Promise.all([
      named()
        .leftJoin(counts.as('k'), 'k.owner', 'x.id')
        .select(['x.id', 'x.slug', 'x.name', 'k.n'])
        .orderBy(sql`lower(x.name)`)
        .orderBy('x.id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      named().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: Number(total.n), items: rows.map((r) => ({ id: Number(r.id), slug: r.slug, name: r.name, parentId: null, articleCount: Number(r.n ?? 0) })) };
  }

  async categories(): Promise<TaxonomyEntry[]> {
    const rows = await this.db
      .selectFrom('categories as c')
      .leftJoin('articles as a', 'a.category_id', 'c.id')
      .select(['c.id', 'c.slug', 'c.name', 'c.parent_id'])
      .select(published.as('n'))
      .groupBy(['c.id', 'c.slug', 'c.name', 'c.parent_id'])
      .orderBy(sql`lower(c.name)`)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), slug: r.slug, name: r.name, parentId: r.parent_id === null ? null : Number(r.parent_id), articleCount: Number(r.n ?? 0) }));
  }

  rename(kind: TaxonomyKind, id: number, name: string, _now: string): Promise<Outcome> {
    const clean = name.trim();
    return this.db.transaction().execute(async (trx) => {
      if (kind === 'topic') return await this.renameTopic(trx, id, clean);
      if (kind === 'tag') return await this.renameTag(trx, id, clean);
      return await this.renameCategory(trx, id, clean);
    });
  }

  changeSlug(kind: SluggedKind, id: number, slug: string, now: string): Promise<SlugChangeOutcome> {
    const clean = slug.trim();
    return this.db.transaction().execute((trx) => (kind === 'topic' ? changeTopicSlug(trx, id, clean, now) : changeCategorySlug(trx, id, clean, now)));
  }

  async createCategory(parentId: number | null, name: string, description: string | null, _now: string): Promise<Outcome> {
    const clean = name.trim();
    return await this.db.transaction().execute(async (trx): Promise<Outcome> => {
      const parent = parentId === null ? null : await trx.selectFrom('categories').select(['id', 'slug']).where('id', '=', parentId).executeTakeFirst();
      if (parentId !== null && !parent) return { ok: false, reason: 'not-found' };
      const slug = parent ? `${parent.slug}/${slugify(clean)}` : slugify(clean);
      if (await this.siblingNamed(trx, parentId, clean, null, slug)) return { ok: false, reason: 'taken' };
      const row = await trx
        .insertInto('categories')
        .values({ slug, name: clean, parent_id: parentId, description, change_seq: await nextChangeSeq(trx) })
        .returning(['id', 'slug', 'name', 'parent_id'])
        .executeTakeFirstOrThrow();
      await claimAddress(trx, paths.category(row.slug));
      return { ok: true, entry: { id: Number(row.id), slug: row.slug, name: row.name, parentId: row.parent_id === null ? null : Number(row.parent_id), articleCount: 0 } };
    });
  }

  private async renameTopic(trx: Tx, id: number, name: string): Promise<Outcome> {
    const topic = await trx.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();
    if (!topic) return { ok: false, reason: 'not-found' };
    if (await this.nameTaken(trx, 'topics', id, name, topicKey(name))) return { ok: false, reason: 'taken' };
    // The old name stays findable: search matches it, and imports naming it land here by slug.
    const synonyms = [...new Set([...parseJson<string[]>(topic.synonyms, []), topic.name])].filter((s) => s.toLowerCase() !== name.toLowerCase());
    const seq = await nextChangeSeq(trx);
    await trx.updateTable('topics').set({ name, synonyms: JSON.stringify(synonyms), change_seq: seq }).where('id', '=', id).execute();
    await trx.updateTable('articles').set({ change_seq: seq }).where('topic_id', '=', id).execute();
    await this.searchSink?.retopic(trx, id, topicSearchText(name, synonyms));
    return { ok: true, entry: { id, slug: topic.slug, name, parentId: null, articleCount: 0 } };
  }

  private async renameTag(trx: Tx, id: number, name: string): Promise<Outcome> {
    const tag = await trx.selectFrom('tags').selectAll().where('id', '=', id).executeTakeFirst();
    if (!tag) return { ok: false, reason: 'not-found' };
    if (await this.nameTaken(trx, 'tags', id, name, slugify(name))) return { ok: false, reason: 'taken' };
    const seq = await nextChangeSeq(trx);
    await trx.updateTable('tags').set({ name }).where('id', '=', id).execute();
    await trx.updateTable('articles').set({ change_seq: seq }).where('id', 'in', (eb) => eb.selectFrom('article_tags').select('article_id').where('tag_id', '=', id)).execute();
    return { ok: true, entry: { id, slug: tag.slug, name, parentId: null, articleCount: 0 } };
  }

  private async renameCategory(trx: Tx, id: number, name: string): Promise<Outcome> {
    const category = await trx.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
    if (!category) return { ok: false, reason: 'not-found' };
    if (await this.siblingNamed(trx, category.parent_id, name, id, null)) return { ok: false, reason: 'taken' };
    const seq = await nextChangeSeq(trx);
    await trx.updateTable('categories').set({ name, change_seq: seq }).where('id', '=', id).execute();
    // Breadcrumbs show every level above an article: its subcategories' articles change too.
    const all = await trx.selectFrom('categories').select(['id', 'parent_id']).execute();
    const below = [id];
    for (let i = 0; i < below.length; i++) for (const c of all) if (c.parent_id === below[i]) below.push(Number(c.id));
    await trx.updateTable('articles').set({ change_seq: seq }).where('category_id', 'in', below).execute();
    return { ok: true, entry: { id, slug: category.slug, name, parentId: category.parent_id, articleCount: 0 } };
  }

  /** Another topic or tag has this name (any case, as lookups fold it) or the slug it would give. */
  private async nameTaken(trx: Tx, table: 'topics' | 'tags', id: number, name: string, slug: string): Promise<boolean> {
    const clash = await trx.selectFrom(table as 'topics').select('id').where('id', '<>', id)
      .where((eb) => eb.or([sameName(name), eb('slug', '=', slug)])).executeTakeFirst();
    return clash !== undefined;
  }

  /** Another category under the same parent with this name (any case), or this slug. */
  private async siblingNamed(trx: Tx, parentId: number | null, name: string, exceptId: number | null, slug: string | null): Promise<boolean> {
    let query = trx.selectFrom('categories').select('id')
      .where((eb) => {
        const sibling = eb.and([sameName(name), parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId)]);
        return slug === null ? sibling : eb.or([sibling, eb('slug', '=', slug)]);
      });
    if (exceptId !== null) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }
}
