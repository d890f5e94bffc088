import type { CategoryNode } from '../content/category.js';

/** The category and its ancestors, top level first: the breadcrumb trail. */
export function categoryTrail(categories: CategoryNode[], id: number): CategoryNode[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const trail: CategoryNode[] = [];
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
