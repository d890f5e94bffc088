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
