import type { Actor } from '../../accounts/roles.js';
import { authorize } from '../../accounts/policy.js';
import { type SluggedKind, type TaxonomyEntry, type TaxonomyKind, type TaxonomyPage, taxonomyNameProblems, type TaxonomyRefusal, taxonomySlugProblems } from '../../editorial/taxonomy.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { type NewsroomPorts, nowOf } from './newsroom-ports.js';

type Ports = Pick<NewsroomPorts, 'taxonomy' | 'audit' | 'clock'>;

function manage(actor: Actor): void {
  const decision = authorize(actor, 'taxonomy.manage');
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
}

/** What the taxonomy page shows: a page of topics and of tags (each by name, `q` filtering), and every category. */
export async function listTaxonomy(ports: Ports, actor: Actor, filter: { q?: string; limit: number; offset: number }): Promise<{ topics: TaxonomyPage; tags: TaxonomyPage; categories: TaxonomyEntry[] }> {
  manage(actor);
  const [topics, tags, categories] = await Promise.all([ports.taxonomy.list('topic', filter), ports.taxonomy.list('tag', filter), ports.taxonomy.categories()]);
  return { topics, tags, categories };
}

function refused(kind: string, id: number, reason: TaxonomyRefusal, name: string): Error {
  return reason === 'not-found' ? notFound(`${kind} ${id}`) : invalid([`name: "${name.trim()}" is already the name of another ${kind === 'category' ? 'category at that level' : kind}`]);
}

/** Renames a topic, category or tag (taxonomy.manage): the name changes everywhere, the address stays. */
export async function renameTaxonomy(ports: Ports, actor: Actor, kind: TaxonomyKind, id: number, name: string): Promise<TaxonomyEntry> {
  manage(actor);
  const problems = taxonomyNameProblems(name);
  if (problems.length > 0) throw invalid(problems);
  const now = nowOf(ports);
  const outcome = await ports.taxonomy.rename(kind, id, name, now);
  if (!outcome.ok) throw refused(kind, id, outcome.reason, name);
  await ports.audit.record({ at: now, action: 'taxonomy.renamed', actorUserId: actor.userId, subject: `${kind}:${id}`, detail: `renamed to “${outcome.entry.name}”`, clientIp: null });
  return outcome.entry;
}

/**
 * Gives a topic or a category a new slug (taxonomy.manage; a category's own part, after its
 * parent's). Its old address, and a category's subcategories' old addresses, answer 301 to the new
 * ones from then on. Refused, by name, when another topic (or category) has the address.
 */
export async function changeTaxonomySlug(ports: Ports, actor: Actor, kind: SluggedKind, id: number, slug: string): Promise<{ entry: TaxonomyEntry; moved: { from: string; to: string }[] }> {
  manage(actor);
  const problems = taxonomySlugProblems(slug);
  if (problems.length > 0) throw invalid(problems);
  const now = nowOf(ports);
  const outcome = await ports.taxonomy.changeSlug(kind, id, slug.trim(), now);
  if (!outcome.ok) {
    if (outcome.reason === 'not-found') throw notFound(`${kind} ${id}`);
    const address = kind === 'topic' ? `/topics/${outcome.by.slug}` : `/categories/${outcome.by.slug}`;
    throw invalid([`slug: ${address} is already the address of the ${kind} “${outcome.by.name}”`]);
  }
  if (outcome.moved.length > 0) {
    const detail = `moved ${outcome.moved[0]!.from} → ${outcome.moved[0]!.to}${outcome.moved.length > 1 ? ` (and ${outcome.moved.length - 1} subcategor${outcome.moved.length === 2 ? 'y' : 'ies'})` : ''}`;
    await ports.audit.record({ at: now, action: 'taxonomy.slug-changed', actorUserId: actor.userId, subject: `${kind}:${id}`, detail, clientIp: null });
  }
  return { entry: outcome.entry, moved: outcome.moved };
}

/** A new category (taxonomy.manage), at the top or under `parentId`. */
export async function createCategory(ports: Ports, actor: Actor, input: { parentId: number | null; name: string; description?: string | null }): Promise<TaxonomyEntry> {
  manage(actor);
  const problems = taxonomyNameProblems(input.name);
  if (problems.length > 0) throw invalid(problems);
  const now = nowOf(ports);
  const description = input.description?.trim() ? input.description.trim() : null;
  const outcome = await ports.taxonomy.createCategory(input.parentId, input.name, description, now);
  if (!outcome.ok) throw outcome.reason === 'not-found' ? invalid([`parent: no category ${input.parentId}`]) : refused('category', 0, 'taken', input.name);
  await ports.audit.record({ at: now, action: 'taxonomy.category-created', actorUserId: actor.userId, subject: `category:${outcome.entry.id}`, detail: outcome.entry.slug, clientIp: null });
  return outcome.entry;
}

/** Topics whose name holds `q`, for the editor's topic field (whoever may write an article). */
export async function suggestTopics(ports: Ports, actor: Actor, q: string, limit: number): Promise<TaxonomyEntry[]> {
  const decision = authorize(actor, 'article.create');
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
  return (await ports.taxonomy.list('topic', { q, limit, offset: 0 })).items;
}
