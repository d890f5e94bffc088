import { type Kysely, sql, type Transaction } from 'kysely';
import { paths } from '../../content/paths.js';
import { slugify } from '../../content/slug.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * `name` equals the given one in any case, as the database folds case (SQLite's lower() folds
 * ASCII only): lookups and the clash checks of a rename must agree, so both use this.
 */
export const sameName = (name: string) => sql<boolean>`lower(name) = lower(${name.trim()})`;

/**
 * Names find what they name after a rename too (editorial/taxonomy.ts): the slug a name gives is
 * tried first (what imports always had), then the name itself, in any case. Shared by the import
 * writer and the newsroom, so an editor and an import resolve a name the same way.
 */
export async function categoryByNameUnder(db: Db, slug: string, parentId: number | null, name: string): Promise<{ id: number; slug: string } | undefined> {
  const bySlug = await db.selectFrom('categories').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst();
  if (bySlug) return bySlug;
  const moved = await movedSlug(db, paths.category(slug), paths.category(''));
  const byOldSlug = moved === null ? undefined : await db.selectFrom('categories').select(['id', 'slug']).where('slug', '=', moved).executeTakeFirst();
  if (byOldSlug) return byOldSlug;
  return await db
    .selectFrom('categories')
    .select(['id', 'slug'])
    .where(sameName(name))
    .where((eb) => (parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId)))
    .orderBy('id')
    .executeTakeFirst();
}

/** The id of the category a path of names leads to, or undefined when some level does not exist. */
export async function categoryIdOfPath(db: Db, path: string[]): Promise<number | undefined> {
  let parent: { id: number; slug: string } | undefined;
  for (const name of path) {
    const slug = parent ? `${parent.slug}/${slugify(name)}` : slugify(name);
    parent = await categoryByNameUnder(db, slug, parent?.id ?? null, name);
    if (!parent) return undefined;
  }
  return parent?.id;
}

/** A topic by the slug its name gives, else by the name itself in any case. */
export async function topicByNameOrSlug(db: Db, slug: string, name: string) {
  const bySlug = await db.selectFrom('topics').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (bySlug) return bySlug;
  const moved = await movedSlug(db, paths.topic(slug), paths.topic(''));
  const byOldSlug = moved === null ? undefined : await db.selectFrom('topics').selectAll().where('slug', '=', moved).executeTakeFirst();
  return byOldSlug ?? (await db.selectFrom('topics').selectAll().where(sameName(name)).orderBy('id').executeTakeFirst());
}

/**
 * Where the address a slug gives moved to, as a slug (`prefix` is the kind's path before its
 * slug): after an editor changed a topic's or a category's slug, a name that gives the old slug
 * still finds it, so an import never makes a second topic at the old address.
 */
async function movedSlug(db: Db, path: string, prefix: string): Promise<string | null> {
  const row = await db.selectFrom('redirects').select('to_path').where('from_path', '=', path).executeTakeFirst();
  if (!row?.to_path.startsWith(prefix)) return null;
  return row.to_path.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
}

/** A tag's id by the slug its name gives, else by the name itself in any case. */
export async function tagIdByNameOrSlug(db: Db, slug: string, name: string): Promise<number | undefined> {
  const bySlug = await db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
  const row = bySlug ?? (await db.selectFrom('tags').select('id').where(sameName(name)).orderBy('id').executeTakeFirst());
  return row?.id;
}
