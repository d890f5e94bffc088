import { randomUUID } from 'node:crypto';
import type { Actor } from '../../accounts/roles.js';
import type { ArticleKind } from '../../content/article-kind.js';
import { applyPatch, emptyFields, type FieldsPatch, newsroomProvenance, toArticleInput } from '../../editorial/article-draft.js';
import { prepareArticle } from '../../editorial/prepare-article.js';
import { measureReadability } from '../../editorial/readability.js';
import { mayManageSitePages } from '../../editorial/site-page-rules.js';
import { transition } from '../../editorial/workflow.js';
import { forbidden } from '../../errors.js';
import { checkFields, type NewsroomPorts, nowOf, recordEvent } from './newsroom-ports.js';

export interface CreateDraftRequest {
  title: string;
  /** Any other fields to start with. */
  fields?: FieldsPatch;
  note?: string | null;
  /** Demo content: labelled as sample on every page (app/seed-demo.ts). */
  isSample?: boolean;
  /** 'page' for a site page (About, Privacy…: docs/site-pages.md); default 'article'. */
  kind?: ArticleKind;
}

/**
 * A new article, owned by its creator: its reader-side row (status 'draft', invisible to
 * readers), its newsroom row and revision 1, one transaction. `newId` is for tests.
 */
export async function createDraft(
  ports: NewsroomPorts,
  actor: Actor,
  request: CreateDraftRequest,
  newId: () => string = randomUUID,
): Promise<{ articleId: number; revision: number }> {
  const outcome = transition(null, actor, 'create', ports.clock());
  if (!outcome.allowed) throw forbidden(outcome.permission, outcome.reason);
  const fields = applyPatch(emptyFields(request.title), { ...request.fields, title: request.title }, { everPublished: false });
  const kind = request.kind ?? 'article';
  // The site's own voice (About, Privacy…) is an editor's call, as publishing is.
  if (kind === 'page' && !mayManageSitePages(actor)) throw forbidden('article.publish', 'site pages are created by editors and admins');
  await checkFields(ports.newsroom, fields, null, kind);
  const now = nowOf(ports);
  const input = toArticleInput(
    fields,
    { provenance: newsroomProvenance(newId()), isSample: request.isSample ?? false, hasAnswer: true, publishedAt: null, lastReviewedAt: null, updatedAt: null, kind },
    'draft',
  );
  const created = await ports.newsroom.createDraft({ prepared: prepareArticle(input), fields, ownerUserId: actor.userId, note: request.note ?? null, now,
    readability: measureReadability(fields.bodyMarkdown) });
  await recordEvent(ports, actor, 'article.created', created.articleId, now, `revision ${created.revision}`);
  return created;
}
