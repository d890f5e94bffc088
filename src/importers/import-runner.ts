import type { ArticleInput } from '../content/article.js';
import { articleDigest } from '../content/digest.js';
import type { PreparedArticle } from '../content/prepared-article.js';
import { prepareArticle } from '../editorial/prepare-article.js';
import { articleCharacterProblems } from '../content/article-characters.js';
import type { RelatedRepository } from '../related/related-repository.js';
import { type RefreshProgress, type RefreshReport, RelatedService } from '../related/related-service.js';
import type { ArticleIngest, UpsertOutcome } from './article-ingest.js';
import type { Loader, LoadedFile, LoaderOptions } from './loader.js';
import { plannedPublication } from './planned-publication.js';

export interface ImportReport {
  kind: string;
  path: string;
  files: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: { file: string; item: string; reason: string }[];
  failed: { file: string; reason: string }[];
  /** Articles whose publication date is still to come: written as drafts, scheduled for then (the caller schedules them). */
  scheduled: ScheduledImport[];
  /** Articles an earlier import of this source wrote whose files are gone: unpublished with --prune (import-content.ts). */
  pruned: PrunedArticle[];
  /** How many `pruned` would hold with --prune, when it was not given (or was refused). */
  prunable: number;
  /** Why --prune did nothing (files failed), if so. */
  pruneRefused?: string;
  /** Imported, but worth a look: an image without alt text. */
  warnings: { file: string; message: string }[];
  durationMs: number;
  /** How the "Recommended" lists were brought up to date after the batches. */
  related: RefreshReport | null;
  /**
   * Why the import stopped before the end: the database cannot take more (full disk, I/O error,
   * read-only): reported once, no further file read, the lists not refreshed.
   */
  stopped?: string;
}

export interface ScheduledImport {
  file: string;
  provenanceId: string;
  publishAt: string;
}

export interface PrunedArticle {
  provenanceId: string;
  slug: string;
  title: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface RunImportOptions extends LoaderOptions {
  batchSize?: number;
  now?: () => string;
  onProgress?: (progress: ImportProgress) => void;
  /** Progress of the recommendations refresh that follows the batches. */
  onRelatedProgress?: RefreshProgress;
  /** Skip the recommendations refresh (the articles stay pending for the next one). */
  skipRelated?: boolean;
  /** Filled with the provenance id of every article the source holds (written or unchanged). */
  seen?: Set<string>;
}

const DEFAULT_BATCH_SIZE = 500;

/** Where an import writes, and where the recommender brings the lists up to date after it. */
export interface ImportPorts {
  ingest: ArticleIngest;
  related: RelatedRepository;
}

/**
 * Reads a source through its loader and writes the articles in batches, each batch one
 * transaction: an interrupted import leaves whole batches or nothing. Re-imports are keyed on
 * the provenance id, so they update instead of duplicating.
 */
export async function runImport(
  { ingest, related }: ImportPorts,
  loader: Loader,
  path: string,
  options: RunImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const now = options.now ?? (() => new Date().toISOString());
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report: ImportReport = {
    kind: loader.name, path, files: 0, imported: 0, updated: 0, unchanged: 0, skipped: [], failed: [], warnings: [], scheduled: [], pruned: [], prunable: 0, durationMs: 0, related: null,
  };

  const source = await loader.open(path, options);
  if (source.categories.length) await ingest.upsertCategories(source.categories);
  if (source.topics.length) await ingest.upsertTopics(source.topics);

  let batch: { file: string; article: ArticleInput }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    try {
      const { prepared, unchanged } = await prepareChanged(ingest, pending.map((entry) => entry.article));
      const outcomes = prepared.length > 0 ? await ingest.upsertArticles(prepared, now()) : [];
      report.unchanged += unchanged;
      outcomes.forEach((outcome) => count(report, outcome));
    } catch (error) {
      // Preparing failed (before any write) or the batch's transaction rolled back: nothing of
      // it was saved. Report every file it held, then go on, unless the database itself can take
      // no more: then every later batch would fail the same way (issue 14).
      const message = error instanceof Error ? error.message : String(error);
      if (isStorageFailure(error)) report.stopped = `the database cannot take more: ${message} (${(error as { code: string }).code})`;
      const reason = report.stopped ? 'not saved: the import stopped (see above)' : `not saved: ${message}`;
      for (const file of new Set(pending.map((entry) => entry.file))) report.failed.push({ file, reason });
    }
  };

  for await (const loaded of source.files) {
    report.files++;
    record(report, loaded);
    for (const article of loaded.articles) {
      // Refused with the field named: a control character would make the feed invalid XML (issue 14).
      const problems = articleCharacterProblems(article);
      if (problems.length > 0) {
        report.failed.push({ file: loaded.file, reason: problems.join('; ') });
      } else {
        options.seen?.add(article.provenance.id);
        const planned = plannedPublication(article, now());
        if (planned) report.scheduled.push({ file: loaded.file, provenanceId: article.provenance.id, publishAt: planned.publishAt });
        batch.push({ file: loaded.file, article: planned?.article ?? article });
      }
    }
    if (batch.length >= batchSize) await flush();
    options.onProgress?.({ done: report.files, total: source.total, file: loaded.file });
    if (report.stopped) break;
  }
  await flush();
  // The batches marked what they wrote as pending; only what those articles can change is
  // recomputed (or everything, when most of the site changed). Never left for page views.
  if (!options.skipRelated && !report.stopped) report.related = await new RelatedService(related, now).refreshPending(options.onRelatedProgress);
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

/**
 * The batch's articles prepared for writing, but for those whose stored digest says they are
 * unchanged: only counted, never rendered (a re-import of an unchanged source renders nothing).
 * Each accepted article's digest becomes the known one, so a later copy of the same provenance
 * id in the batch compares with what the earlier copy will have written: the last copy wins.
 */
async function prepareChanged(ingest: Pick<ArticleIngest, 'storedDigests'>, articles: ArticleInput[]): Promise<{ prepared: PreparedArticle[]; unchanged: number }> {
  const known = await ingest.storedDigests(articles.map((article) => article.provenance.id));
  const prepared: PreparedArticle[] = [];
  for (const article of articles) {
    const digest = articleDigest(article);
    if (known.get(article.provenance.id) === digest) continue;
    prepared.push(prepareArticle(article, digest));
    known.set(article.provenance.id, digest);
  }
  return { prepared, unchanged: articles.length - prepared.length };
}

function record(report: ImportReport, loaded: LoadedFile): void {
  if (loaded.error !== undefined) report.failed.push({ file: loaded.file, reason: loaded.error });
  for (const skip of loaded.skipped) report.skipped.push({ file: loaded.file, ...skip });
  for (const message of loaded.warnings ?? []) report.warnings.push({ file: loaded.file, message });
}

function count(report: ImportReport, outcome: UpsertOutcome): void {
  report[outcome]++;
}

export function importSucceeded(report: ImportReport): boolean {
  return report.failed.length === 0 && !report.stopped;
}

/** SQLite's and PostgreSQL's codes for a database that can take no more writes, whatever the data. */
const STORAGE_FAILURES = /^(SQLITE_(FULL|IOERR.*|READONLY.*|CORRUPT.*|CANTOPEN.*|NOTADB)|53100|53200|58030)$/;

function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FAILURES.test(code);
}
