import type { ImportedArticle } from '../importers/article-ingest.js';
import type { ImportReport } from '../importers/import-runner.js';
import { refreshRelated } from './refresh-related.js';
import { type NewsroomPorts, nowOf, openWorkingCopy, stepEvent } from './newsroom/newsroom-ports.js';

/**
 * Imports follow the newsroom's lifecycle (issue 12). An imported article is governed by its
 * source's provenance, as imports always were: no reviewer of ours signs it off, so a future
 * publication date only delays its publication. It is scheduled like any other article (visible
 * in the admin, published by the scheduler, `publish-due` or the next start), and the scheduler
 * publishes it without our sign-off as long as nobody in the newsroom has changed it (its working
 * revision is still the import's). Files gone from the source are unpublished only when asked.
 */

/** Schedules the report's planned publications (idempotent: an unchanged schedule is left alone). */
export async function scheduleImported(ports: NewsroomPorts, held: ImportedArticle[], report: ImportReport): Promise<void> {
  const byId = new Map(held.map((article) => [article.provenanceId, article]));
  for (const planned of report.scheduled) {
    const article = byId.get(planned.provenanceId);
    if (!article) continue; // its batch failed: reported as failed already
    const copy = await openWorkingCopy(ports, article.articleId);
    if (copy.state === 'scheduled' && copy.schedule?.publishAt === planned.publishAt && !copy.schedule.held) continue;
    const now = nowOf(ports);
    const comment = `import: publish at ${planned.publishAt} (the source's publication date, ${planned.file})`;
    const result = await ports.newsroom.applyStep({
      articleId: copy.articleId, expectedRevision: copy.working.number, state: 'scheduled', schedule: { publishAt: planned.publishAt, unpublishAt: null },
      event: stepEvent(copy, 'schedule', 'scheduled', null, comment, now),
    });
    if (!result.ok) {
      report.failed.push({ file: planned.file, reason: `not scheduled: article ${copy.articleId} changed in the newsroom while importing; import again` });
      continue;
    }
    await ports.audit.record({ at: now, action: 'article.scheduled', actorUserId: null, subject: `article:${copy.articleId}`, detail: comment, clientIp: null });
  }
}

/** The source's articles whose files are gone, readers can see or will see (scheduled). */
export async function goneFromSource(ports: Pick<NewsroomPorts, 'newsroom'>, held: ImportedArticle[], seen: ReadonlySet<string>): Promise<ImportedArticle[]> {
  const gone: ImportedArticle[] = [];
  for (const article of held) {
    if (seen.has(article.provenanceId)) continue;
    if (article.status === 'published') gone.push(article);
    else if ((await ports.newsroom.workingCopy(article.articleId))?.schedule?.publishAt) gone.push(article);
  }
  return gone;
}

/** Unpublishes (readers get 410 Gone) or unschedules each gone article, on its timeline and in the audit log. */
export async function pruneGone(ports: NewsroomPorts, gone: ImportedArticle[], source: string): Promise<void> {
  for (const article of gone) {
    const copy = await openWorkingCopy(ports, article.articleId);
    const now = nowOf(ports);
    const comment = `import --prune: its file is gone from ${source}`;
    if (copy.isLive) {
      await ports.newsroom.unpublish(copy.articleId, now, { state: 'unpublished', event: stepEvent(copy, 'unpublish', 'unpublished', null, comment, now) });
      await ports.audit.record({ at: now, action: 'article.unpublished', actorUserId: null, subject: `article:${copy.articleId}`, detail: comment, clientIp: null });
    } else {
      await ports.newsroom.applyStep({
        articleId: copy.articleId, expectedRevision: copy.working.number, state: 'draft', schedule: null,
        event: stepEvent(copy, 'unschedule', 'draft', null, comment, now),
      });
      await ports.audit.record({ at: now, action: 'article.unscheduled', actorUserId: null, subject: `article:${copy.articleId}`, detail: comment, clientIp: null });
    }
  }
  if (gone.length > 0) await refreshRelated(ports.related, 'refresh');
}
