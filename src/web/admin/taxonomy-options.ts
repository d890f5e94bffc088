import type { CategoryNode } from '../../content/category.js';
import type { NewsroomStore } from '../../editorial/newsroom.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import type { Option } from './views/index.js';

/**
 * Above this many topics the editor's suggestion list is left out: a 10,000-entry datalist
 * would weigh more than the page. Typing a topic's name still picks it (or creates it).
 */
export const MAX_TOPIC_SUGGESTIONS = 1_000;

/** Every category as "Parent / Child", the way the editor's field writes a path, by slug. */
export function categoryPaths(categories: CategoryNode[]): { slug: string; path: string }[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pathOf = (category: CategoryNode): string[] => {
    const names: string[] = [];
    const seen = new Set<number>();
    for (let node: CategoryNode | undefined = category; node && !seen.has(node.id); node = node.parentId === null ? undefined : byId.get(node.parentId)) {
      seen.add(node.id);
      names.unshift(node.name);
    }
    return names;
  };
  return categories.map((c) => ({ slug: c.slug, path: pathOf(c).join(' / ') })).sort((a, b) => a.path.localeCompare(b.path));
}

/** The choices the admin offers for topic and category, read once per page. */
export async function taxonomyChoices(catalogue: Pick<PublishedCatalogue, 'listCategories'>, newsroom: Pick<NewsroomStore, 'topicNames'>) {
  const [categories, topics] = await Promise.all([catalogue.listCategories(), newsroom.topicNames(MAX_TOPIC_SUGGESTIONS)]);
  const paths = categoryPaths(categories);
  return {
    /** The editor's select: the value is the path, as the form posts it. */
    editorCategories: paths.map(({ path }): Option => ({ value: path, label: path })),
    /** The list's filter: the value is the slug, as the store filters. */
    filterCategories: paths.map(({ slug, path }): Option => ({ value: slug, label: path })),
    topicSuggestions: topics ?? [],
  };
}
