import { slugify } from '../content/slug.js';

/**
 * Topics, categories and tags as editors manage them. Renaming changes a name everywhere it is
 * shown but never a slug, so every link keeps working (a topic's or a category's slug changes only
 * by `changeSlug`, and its old address then answers 301); the store then finds the thing by its
 * new name as well as by its slug (an editor typing the new name picks it, an import naming the
 * old one still lands on it), and a renamed topic keeps its old name as a synonym for search.
 */
export type TaxonomyKind = 'topic' | 'category' | 'tag';

export interface TaxonomyEntry {
  id: number;
  slug: string;
  name: string;
  /** Categories: the parent's id (null at the top); null for topics and tags. */
  parentId: number | null;
  /** Published articles filed under it (a category: itself only, not its subcategories). */
  articleCount: number;
}

export interface TaxonomyPage {
  items: TaxonomyEntry[];
  total: number;
}

/** Why a rename or a new category was refused; the use case turns it into a field error. */
export type TaxonomyRefusal = 'not-found' | 'taken';

/** The kinds whose slug an editor may change: each has a page readers link to. */
export type SluggedKind = 'topic' | 'category';

/** A slug change: the entry at its new address, and every address that now answers 301. */
export type SlugChangeOutcome =
  | { ok: true; entry: TaxonomyEntry; moved: { from: string; to: string }[] }
  | { ok: false; reason: 'not-found' }
  /** Another topic (or category) has the address; named so the editor knows which. */
  | { ok: false; reason: 'taken'; by: { id: number; name: string; slug: string } };

/** A port (taxonomy.contract.ts); every store implements it on SQLite and PostgreSQL. */
export interface TaxonomyStore {
  /** Topics or tags by name, `q` a substring of the name (any case). */
  list(kind: 'topic' | 'tag', filter: { q?: string; limit: number; offset: number }): Promise<TaxonomyPage>;
  /** Every category (a site has tens to hundreds), by name. */
  categories(): Promise<TaxonomyEntry[]>;
  /**
   * Renames in one transaction, bumping the change sequence of the entry and of every article
   * that shows the name (a category's: its subcategories' too), so caches and the static export
   * follow. Refused when another entry of the kind (a category: a sibling) has the name.
   */
  rename(kind: TaxonomyKind, id: number, name: string, now: string): Promise<{ ok: true; entry: TaxonomyEntry } | { ok: false; reason: TaxonomyRefusal }>;
  /**
   * Gives a topic or a category a new slug in one transaction (a category's own part: its address is
   * its parent's plus it, and its subcategories' addresses follow). Every old address (a category's
   * subcategories' too) answers 301 to the new one through the redirects every moved address uses
   * (chains collapse, an address taken back loses its redirect: no loops); the change sequence of
   * the entries and of their articles moves, so caches and the static export follow. Refused when
   * another entry of the kind has one of the new addresses. The same slug is a no-op.
   */
  changeSlug(kind: SluggedKind, id: number, slug: string, now: string): Promise<SlugChangeOutcome>;
  /** A new category under `parentId` (null: top level); its slug is the parent's plus its name's. */
  createCategory(parentId: number | null, name: string, description: string | null, now: string): Promise<{ ok: true; entry: TaxonomyEntry } | { ok: false; reason: TaxonomyRefusal }>;
}

export const MAX_TAXONOMY_NAME_LENGTH = 120;
/** As long as the longest slug a topic's name gives (content/topic.ts `topicKey`). */
export const MAX_TAXONOMY_SLUG_LENGTH = 120;

/** Problems with a name an editor typed, as `name: reason` (errors.ts `invalid`). Pure. */
export function taxonomyNameProblems(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return ['name: required'];
  if (trimmed.length > MAX_TAXONOMY_NAME_LENGTH) return [`name: at most ${MAX_TAXONOMY_NAME_LENGTH} characters (has ${trimmed.length})`];
  if (slugify(trimmed) === '') return [`name: "${trimmed}" needs at least one letter or digit`];
  return [];
}

/**
 * Problems with a slug an editor typed for a topic or a category (a category's own part), as
 * `slug: reason`. A slug is what `slugify` makes: lowercase letters and digits joined by single
 * hyphens, so what the editor types is exactly the address readers get. Pure.
 */
export function taxonomySlugProblems(slug: string): string[] {
  const trimmed = slug.trim();
  if (trimmed === '') return ['slug: required'];
  if (trimmed.length > MAX_TAXONOMY_SLUG_LENGTH) return [`slug: at most ${MAX_TAXONOMY_SLUG_LENGTH} characters (has ${trimmed.length})`];
  const suggestion = slugify(trimmed, MAX_TAXONOMY_SLUG_LENGTH);
  if (suggestion !== trimmed) {
    return [`slug: "${trimmed}" must be lowercase letters and digits joined by hyphens${suggestion ? ` (such as "${suggestion}")` : ''}`];
  }
  return [];
}
