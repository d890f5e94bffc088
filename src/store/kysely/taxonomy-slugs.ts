import type { Transaction } from 'kysely';
import { paths } from '../../content/paths.js';
import type { SlugChangeOutcome } from '../../editorial/taxonomy.js';
import type { Database } from '../schema.js';
import { nextChangeSeq } from './change-seq.js';
import { recordMove } from './moved-addresses.js';

type Tx = Transaction<Database>;

/**
 * A topic's new slug (editorial/taxonomy.ts `changeSlug`), inside the caller's transaction: its
 * articles' change sequence moves with it (their pages link to the topic), and /topics/<old>
 * answers 301 to /topics/<new>.
 */
export async function changeTopicSlug(trx: Tx, id: number, slug: string, now: string): Promise<SlugChangeOutcome> {
  const topic = await trx.selectFrom('topics').select(['id', 'slug', 'name']).where('id', '=', id).executeTakeFirst();
  if (!topic) return { ok: false, reason: 'not-found' };
  const entry = { id, slug, name: topic.name, parentId: null, articleCount: 0 };
  if (topic.slug === slug) return { ok: true, entry, moved: [] };
  const clash = await trx.selectFrom('topics').select(['id', 'name', 'slug']).where('slug', '=', slug).where('id', '<>', id).executeTakeFirst();
  if (clash) return { ok: false, reason: 'taken', by: { id: Number(clash.id), name: clash.name, slug: clash.slug } };
  const seq = await nextChangeSeq(trx);
  await trx.updateTable('topics').set({ slug, change_seq: seq }).where('id', '=', id).execute();
  await trx.updateTable('articles').set({ change_seq: seq }).where('topic_id', '=', id).execute();
  const move = { from: paths.topic(topic.slug), to: paths.topic(slug) };
  await recordMove(trx, move.from, move.to, now);
  return { ok: true, entry, moved: [move] };
}

/**
 * A category's new own part of its slug: its address is its parent's plus that part, and every
 * subcategory's address (which begins with it) follows, each old address answering 301 to its new
 * one. The articles filed anywhere below move in the change sequence (their breadcrumbs link to
 * these addresses), as do the categories (every page listing them).
 */
export async function changeCategorySlug(trx: Tx, id: number, ownSlug: string, now: string): Promise<SlugChangeOutcome> {
  const all = await trx.selectFrom('categories').select(['id', 'slug', 'name', 'parent_id']).execute();
  const category = all.find((c) => Number(c.id) === id);
  if (!category) return { ok: false, reason: 'not-found' };
  const parent = category.parent_id === null ? undefined : all.find((c) => Number(c.id) === Number(category.parent_id));
  const slug = parent ? `${parent.slug}/${ownSlug}` : ownSlug;
  const entry = { id, slug, name: category.name, parentId: category.parent_id === null ? null : Number(category.parent_id), articleCount: 0 };
  if (category.slug === slug) return { ok: true, entry, moved: [] };

  // The category and everything below it; a subcategory's slug extends its parent's (written so by
  // every writer), and one that somehow does not keeps its own address.
  const below = [category];
  for (let i = 0; i < below.length; i++) for (const c of all) if (c.parent_id !== null && Number(c.parent_id) === Number(below[i]!.id)) below.push(c);
  const renamed = below
    .map((c) => ({ id: Number(c.id), from: c.slug, to: c.id === category.id ? slug : c.slug.startsWith(`${category.slug}/`) ? `${slug}${c.slug.slice(category.slug.length)}` : c.slug }))
    .filter((c) => c.from !== c.to);
  const movingIds = new Set(below.map((c) => Number(c.id)));
  const wanted = new Set(renamed.map((c) => c.to));
  const clash = all.find((c) => !movingIds.has(Number(c.id)) && wanted.has(c.slug));
  if (clash) return { ok: false, reason: 'taken', by: { id: Number(clash.id), name: clash.name, slug: clash.slug } };

  const seq = await nextChangeSeq(trx);
  for (const c of renamed) await trx.updateTable('categories').set({ slug: c.to, change_seq: seq }).where('id', '=', c.id).execute();
  await trx.updateTable('articles').set({ change_seq: seq }).where('category_id', 'in', [...movingIds]).execute();
  const moved = renamed.map((c) => ({ from: paths.category(c.from), to: paths.category(c.to) }));
  for (const move of moved) await recordMove(trx, move.from, move.to, now);
  return { ok: true, entry, moved };
}

/**
 * A topic or category created at an address that once moved away takes it back: the old
 * redirect goes, so the export's redirect files never send readers away from a live page.
 */
export async function claimAddress(trx: Tx, path: string): Promise<void> {
  await trx.deleteFrom('redirects').where('from_path', '=', path).execute();
}
