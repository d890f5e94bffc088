import { slugify } from '../content/slug.js';

/**
 * Topics, categories and tags as editors manage them. Renaming changes a name everywhere it is
 * shown but never a slug, so every link keeps working; the store then finds the thing by its
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
  /** A new category under `parentId` (null: top level); its slug is the parent's plus its name's. */
  createCategory(parentId: number | null, name: string, description: string | null, now: string): Promise<{ ok: true; entry: TaxonomyEntry } | { ok: false; reason: TaxonomyRefusal }>;
}

export const MAX_TAXONOMY_NAME_LENGTH = 120;

/** Problems with a name an editor typed, as `name: reason` (errors.ts `invalid`). Pure. */
export function taxonomyNameProblems(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return ['name: required'];
  if (trimmed.length > MAX_TAXONOMY_NAME_LENGTH) return [`name: at most ${MAX_TAXONOMY_NAME_LENGTH} characters (has ${trimmed.length})`];
  if (slugify(trimmed) === '') return [`name: "${trimmed}" needs at least one letter or digit`];
  return [];
}
