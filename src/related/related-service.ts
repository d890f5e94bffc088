import { badRequest, notFound } from '../errors.js';
import type { ArticleRef, RelatedRepository } from './related-repository.js';
import type { OverrideKind, RelatedEntry, RelatedOverride, RelatedSource } from './related-document.js';
import { RECOMMENDED_LIST_LENGTH } from './list-length.js';
import { RelatedModel } from './related-model.js';

/** Articles read from the repository per query while loading the model. */
const PAGE_SIZE = 2000;
/**
 * With at least this share of the site pending, recomputing everything costs less than the
 * incremental rule (each changed article touches about two dozen lists, each ranked anew).
 */
const FULL_REBUILD_SHARE = 1 / 25;

export type RefreshPhase = 'reading' | 'indexing' | 'ranking' | 'saving';
export type RefreshProgress = (phase: RefreshPhase, done: number, total: number) => void;

export interface RefreshReport {
  mode: 'none' | 'incremental' | 'full';
  /** Articles written since their lists were last computed. */
  changed: number;
  /** Lists computed and saved. */
  recomputed: number;
  durationMs: number;
}

/**
 * Keeps the stored "Recommended" lists fresh. Lists are computed when articles are written
 * (import, publish, update, an editor's pin) and read as they are by the pages, never ranked
 * per page view. The incremental rule, for a set C of changed articles:
 *
 *   recompute C itself; every article whose stored list shows a member of C (it may have
 *   changed, become a draft or been unpublished); and every article B for which a member of C
 *   now scores above the last entry of B's full list (or whose list is not full).
 *
 * Term statistics and topic profiles of other articles are refreshed by `related rebuild`.
 * A model, once loaded, is kept while no one else has saved lists since (the generation).
 */
export class RelatedService {
  private model: RelatedModel | null = null;
  private generation = -1;

  constructor(
    private readonly repository: RelatedRepository,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly limit = RECOMMENDED_LIST_LENGTH,
  ) {}

  /**
   * Recomputes every list; `healthpress related rebuild`. Ranking runs on `threads` threads
   * (default: one per core on a large site, each with its own copy of the model).
   */
  async rebuild(progress?: RefreshProgress, options: { threads?: number } = {}): Promise<RefreshReport> {
    const started = performance.now();
    const pending = await this.repository.pending();
    const sources = await this.loadSources(progress);
    const topics = await this.repository.topics();
    const overrides = groupByArticle(await this.repository.overrides());
    const { rankInParallel, defaultRankThreads } = await import('./rank-pool.js');
    const build = () => RelatedModel.build(sources, topics, { limit: this.limit, useTopics: true }, (done, total) => progress?.('indexing', done, total));
    const { model, lists } = await rankInParallel(build, sources, topics, overrides, {
      threads: options.threads ?? defaultRankThreads(sources.length),
      limit: this.limit,
      progress: (done, total) => progress?.('ranking', done, total),
    });
    progress?.('saving', 0, 1);
    await this.repository.saveLists(lists, { all: true, done: pending });
    progress?.('saving', 1, 1);
    this.keep(model, await this.repository.generation());
    return { mode: 'full', changed: pending.length, recomputed: lists.size, durationMs: elapsed(started) };
  }

  /** Recomputes what the pending articles can change (or everything, when that is cheaper). */
  async refreshPending(progress?: RefreshProgress): Promise<RefreshReport> {
    const started = performance.now();
    const pending = await this.repository.pending();
    if (pending.length === 0) return { mode: 'none', changed: 0, recomputed: 0, durationMs: elapsed(started) };
    const fresh = this.model !== null && (await this.repository.generation()) === this.generation;
    if (!fresh && pending.length >= (await this.repository.countArticles()) * FULL_REBUILD_SHARE) return this.rebuild(progress);

    const changed = await this.repository.sourcesById(pending);
    let model: RelatedModel;
    if (fresh) {
      model = this.model!;
      const found = new Set(changed.map((source) => source.id));
      model.remove(pending.filter((id) => !found.has(id) && model.has(id)));
      model.upsert(changed, await this.repository.topics([...new Set(changed.flatMap((s) => (s.topicId === null ? [] : [s.topicId])))]));
    } else {
      const sources = await this.loadSources(progress);
      model = RelatedModel.build(sources, await this.repository.topics(), { limit: this.limit, useTopics: true }, (done, total) =>
        progress?.('indexing', done, total),
      );
    }

    const affected = new Set(changed.map((source) => source.id));
    for (const id of await this.repository.listsContaining(pending)) affected.add(id);
    const entering = new Map<number, number>();
    for (const source of changed) {
      for (const { articleId, score } of model.reverseCandidates(source.id)) {
        entering.set(articleId, Math.max(score, entering.get(articleId) ?? -Infinity));
      }
    }
    const cutoffs = await this.repository.cutoffs([...entering.keys()], this.limit);
    for (const [articleId, score] of entering) {
      const cutoff = cutoffs.get(articleId);
      if (cutoff === undefined || score > cutoff) affected.add(articleId);
    }

    const ids = [...affected].filter((id) => model.has(id));
    const overrides = groupByArticle(await this.repository.overrides(ids));
    const lists = new Map<number, RelatedEntry[]>();
    ids.forEach((id, i) => {
      lists.set(id, model.rank(id, overrides.get(id)));
      if (i % 250 === 0) progress?.('ranking', i, ids.length);
    });
    await this.repository.saveLists(lists, { all: false, done: pending });
    this.keep(model, await this.repository.generation());
    return { mode: 'incremental', changed: pending.length, recomputed: lists.size, durationMs: elapsed(started) };
  }

  /** Pins `target` in `article`'s list (at a 1-based position, or after the other pins) or excludes it. */
  async setOverride(articleRef: string, targetRef: string, kind: OverrideKind, position: number | null = null): Promise<RefreshReport> {
    const [article, target] = [await this.resolve(articleRef), await this.resolve(targetRef)];
    if (article.id === target.id) throw badRequest(`related: an article cannot recommend itself ("${articleRef}")`);
    if (position !== null && (!Number.isInteger(position) || position < 1 || position > this.limit)) {
      throw badRequest(`related: position "${position}" must be a whole number from 1 to ${this.limit}`);
    }
    await this.repository.setOverride({ articleId: article.id, targetId: target.id, kind, position: kind === 'pin' ? position : null }, this.now());
    return this.refreshPending();
  }

  /** Removes a pin or exclusion; the list goes back to the ranking's own choice. */
  async clearOverride(articleRef: string, targetRef: string): Promise<RefreshReport> {
    const [article, target] = [await this.resolve(articleRef), await this.resolve(targetRef)];
    if (!(await this.repository.removeOverride(article.id, target.id))) {
      throw notFound(`related: a pin or exclusion of "${targetRef}" in the list of "${articleRef}"`);
    }
    return this.refreshPending();
  }

  /** An article by slug or provenance id, any status. */
  async resolve(ref: string): Promise<ArticleRef> {
    const article = await this.repository.findArticle(ref.trim());
    if (!article) throw notFound(`article "${ref}" (give a slug or a provenance id)`);
    return article;
  }

  private async loadSources(progress?: RefreshProgress): Promise<RelatedSource[]> {
    const total = await this.repository.countArticles();
    const sources: RelatedSource[] = [];
    for (let page = await this.repository.sources(0, PAGE_SIZE); page.length; page = await this.repository.sources(page.at(-1)!.id, PAGE_SIZE)) {
      sources.push(...page);
      progress?.('reading', sources.length, total);
    }
    return sources;
  }

  private keep(model: RelatedModel, generation: number): void {
    this.model = model;
    this.generation = generation;
  }
}

function groupByArticle(overrides: RelatedOverride[]): Map<number, RelatedOverride[]> {
  const grouped = new Map<number, RelatedOverride[]>();
  for (const override of overrides) grouped.set(override.articleId, [...(grouped.get(override.articleId) ?? []), override]);
  return grouped;
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
