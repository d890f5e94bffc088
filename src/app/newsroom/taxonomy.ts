import type { Actor } from '../../accounts/roles.js';
import { authorize } from '../../accounts/policy.js';
import { type TaxonomyEntry, type TaxonomyKind, type TaxonomyPage, taxonomyNameProblems, type TaxonomyRefusal } from '../../editorial/taxonomy.js';
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
