import { slugify } from './slug.js';

export interface CategoryNode {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  parentId: number | null;
  articleCount: number;
}

/** A category's slug is its path: "womens-health/pregnancy". */
export function categoryPathSlug(path: string[]): string {
  return path.map((part) => slugify(part)).join('/');
}

export function validateCategoryPath(path: unknown): string[] {
  if (!Array.isArray(path) || path.length === 0) throw new Error('must be a non-empty list of names');
  return path.map((part, index) => {
    if (typeof part !== 'string' || part.trim() === '') throw new Error(`part ${index + 1} must be a non-empty name`);
    if (slugify(part) === '') throw new Error(`part ${index + 1} ("${part}") has no letters or digits`);
    return part.trim();
  });
}

/**
 * Article counts that include every category below: "Women's health" counts the articles of
 * "Pregnancy" too, as its page lists them.
 */
export function rollUpCounts(categories: CategoryNode[]): CategoryNode[] {
  const byId = new Map(categories.map((c) => [c.id, { ...c }]));
  for (const category of categories) {
    const seen = new Set<number>();
    for (let parentId = category.parentId; parentId !== null && !seen.has(parentId); ) {
      seen.add(parentId);
      const parent = byId.get(parentId);
      if (!parent) break;
      parent.articleCount += category.articleCount;
      parentId = parent.parentId;
    }
  }
  return categories.map((c) => byId.get(c.id)!);
}

/** The category and its ancestors, top level first: the breadcrumb trail. */
export function categoryTrail<T extends { id: number; parentId: number | null }>(categories: T[], id: number): T[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const trail: T[] = [];
  for (let node = byId.get(id); node && trail.length < 20; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
    trail.unshift(node);
  }
  return trail;
}

/** A category with all categories under it: a category page lists their articles too. */
export function descendantIds(categories: CategoryNode[], id: number): number[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) {
    for (const c of categories) if (c.parentId === ids[i]) ids.push(c.id);
  }
  return ids;
}
