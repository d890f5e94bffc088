import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../accounts/roles.js';
import { createDraft } from '../../app/newsroom/create-draft.js';
import { getArticleForEditing, restoreRevision, saveArticle } from '../../app/newsroom/edit-article.js';
import { heartbeatLock } from '../../app/newsroom/edit-lock.js';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { readabilityOf } from '../../app/newsroom/readability.js';
import { diffRevisions, listArticles, listRevisions } from '../../app/newsroom/revisions.js';
import { deleteArticle, publishArticle, submitForReview, unpublishArticle } from '../../app/newsroom/workflow-steps.js';
import type { FieldsPatch } from '../../editorial/article-draft.js';
import { sourceIsBlank, tidySource } from '../../content/source.js';
import { sourceEvidence } from '../../editorial/source-checks.js';
import { intervalOf } from './editor-form.js';
import { NEWSROOM_STATES } from '../../editorial/workflow.js';
import type { Country } from '../../content/care-card-wording.js';
import { imageAltWarnings } from '../../content/markdown.js';
import { careCardsJson } from '../views/care-card-json.js';
import { requirePrincipal } from './admin-auth.js';
import type { NameOf } from './people.js';
import { idParams } from './route-parts.js';

// Route schemas: a bad id, paging value or body field is refused before the handler (400 naming it).
// A source needs a title; `url` may be omitted or empty when a DOI or PMID is given (content/source.ts checks the formats, 422 naming item and field).
const source = {
  type: 'object', required: ['title'], additionalProperties: false,
  properties: {
    title: { type: 'string', maxLength: 500 }, url: { type: 'string', maxLength: 2000 }, publisher: { type: 'string', maxLength: 500 },
    accessed: { type: 'string', maxLength: 40 }, doi: { type: 'string', maxLength: 300 }, pmid: { type: 'string', maxLength: 40 },
    sections: { type: 'array', items: { type: 'string', maxLength: 300 }, maxItems: 100 },
  },
} as const;
const fieldProperties = {
  title: { type: 'string', maxLength: 1000 },
  slug: { type: 'string', maxLength: 300 },
  topic: { type: ['string', 'null'], maxLength: 300 },
  categoryPath: { type: 'array', items: { type: 'string', maxLength: 300 }, maxItems: 10 },
  tags: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 },
  questionType: { type: ['string', 'null'], maxLength: 100 },
  summary: { type: ['string', 'null'], maxLength: 5000 },
  // The length limit is the editorial rule's (article-draft.ts), which names the field in a 422.
  body: { type: 'string' },
  sources: { type: 'array', items: source, maxItems: 100 },
  author: { type: ['string', 'null'], maxLength: 300 },
  // The rule (1..36 months, article-draft.ts) names the field in a 422; null: the site's default.
  // The editor's script sends the field as typed (text); '' is the site default, like null. anyOf, not a
  // type list: Ajv's strict mode warns on a union of number and string.
  reviewIntervalMonths: { anyOf: [{ type: 'number' }, { type: 'string', maxLength: 10 }, { type: 'null' }] },
  note: { type: ['string', 'null'], maxLength: 2000 },
  // The admin's own script sends the editor's names (docs/admin-editor.md): accepted as aliases.
  bodyMarkdown: { type: 'string' },
  category: { type: 'string', maxLength: 1000 },
  slugEdited: { type: 'boolean' },
  revisionNote: { type: ['string', 'null'], maxLength: 2000 },
} as const;

type SourceBody = { title: string; url?: string; publisher?: string; accessed?: string; doi?: string; pmid?: string; sections?: string[] };
type FieldsBody = { title?: string; slug?: string; topic?: string | null; categoryPath?: string[]; tags?: string[]; questionType?: string | null;
  summary?: string | null; body?: string; sources?: SourceBody[]; author?: string | null; note?: string | null;
  reviewIntervalMonths?: number | string | null;
  bodyMarkdown?: string; category?: string; slugEdited?: boolean; revisionNote?: string | null };

/**
 * The API's names (`body`, `categoryPath`) or the editor's (`bodyMarkdown`, `category` as "A / B",
 * `slugEdited`) → the newsroom's patch. Empty strings from a form field mean "none".
 */
function patchOf(input: FieldsBody): FieldsPatch {
  const { body, bodyMarkdown, category, slugEdited, note: _note, revisionNote: _revisionNote, ...rest } = input;
  const patch: FieldsPatch = { ...rest } as FieldsPatch;
  const markdown = body ?? bodyMarkdown;
  if (markdown !== undefined) patch.bodyMarkdown = markdown;
  if (category !== undefined && rest.categoryPath === undefined) patch.categoryPath = category ? category.split(' / ') : [];
  // Until the slug is edited by hand it follows the title: a slug sent with slugEdited false is the title's.
  if (slugEdited === false) delete patch.slug;
  for (const key of ['topic', 'questionType', 'summary', 'author'] as const) if (patch[key] === '') patch[key] = null;
  if (typeof rest.reviewIntervalMonths === 'string') patch.reviewIntervalMonths = intervalOf(rest.reviewIntervalMonths);
  if (rest.sources) patch.sources = rest.sources.map(tidySource).filter((s) => !sourceIsBlank(s));
  return patch;
}
const noteOf = (body: FieldsBody): string | null => body.note ?? body.revisionNote ?? null;

/**
 * The Admin API (docs/admin-api.md): JSON, for integrations (Bearer tokens) and the admin's own
 * script (session cookie + x-csrf-token). Thin handlers: the schema validates, the use case loads,
 * authorises (policy.ts through the workflow) and writes; errors come from the catalogue.
 */
export function adminApiRoutes(ports: () => NewsroomPorts, names: () => NameOf, readingTarget: number, country: Country) {
  return async (app: FastifyInstance) => {
    const actor = (request: Parameters<typeof requirePrincipal>[0]): Actor => requirePrincipal(request).actor;

    app.get('/api/admin/articles', {
      schema: {
        querystring: {
          type: 'object', additionalProperties: false,
          properties: {
            status: { type: 'string', enum: [...NEWSROOM_STATES] },
            q: { type: 'string', maxLength: 200 },
            topic: { type: 'string', maxLength: 300 },
            category: { type: 'string', maxLength: 300 },
            author: { type: 'string', maxLength: 300 },
            questionType: { type: 'string', maxLength: 100 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
          },
        },
      },
    }, async (request) => {
      const query = request.query as { status?: (typeof NEWSROOM_STATES)[number]; q?: string; topic?: string; category?: string; author?: string; questionType?: string; limit: number; offset: number };
      const { status, ...rest } = query;
      const found = await listArticles(ports(), actor(request), { ...rest, ...(status ? { state: status } : {}) });
      return { total: found.total, limit: query.limit, offset: query.offset, articles: found.items.map((item) => ({ id: item.articleId, ...item, articleId: undefined, status: item.state })) };
    });

    app.post('/api/admin/articles', {
      schema: { body: { type: 'object', required: ['title', 'body'], additionalProperties: false, properties: { ...fieldProperties, kind: { type: 'string', enum: ['article', 'page'] } } } },
    }, async (request, reply) => {
      const { kind, ...body } = request.body as FieldsBody & { title: string; body: string; kind?: 'article' | 'page' };
      const who = actor(request);
      const created = await createDraft(ports(), who, { title: body.title, fields: patchOf(body), note: noteOf(body), ...(kind ? { kind } : {}) });
      const editing = await getArticleForEditing(ports(), who, created.articleId);
      return reply.code(201).send({ id: created.articleId, slug: editing.copy.working.fields.slug, revision: created.revision, status: editing.copy.state, warnings: imageAltWarnings(body.body) });
    });

    app.get('/api/admin/articles/:id', { schema: { params: idParams } }, async (request) => {
      const { id } = request.params as { id: number };
      const editing = await getArticleForEditing(ports(), actor(request), id);
      const { copy } = editing;
      return {
        id, status: copy.state, revision: copy.working.number, revisionKind: copy.working.kind, updatedAt: copy.working.updatedAt,
        fields: copy.working.fields, careCards: careCardsJson(copy.working.fields.bodyMarkdown, country), isLive: copy.isLive, liveRevision: copy.liveRevision, liveSlug: copy.liveSlug,
        live: editing.live ? { revision: editing.live.number, fields: editing.live.fields } : null,
        lock: editing.lock, may: editing.may,
        // The working revision's, as stored when it was written (measured now for one written before).
        readability: { ...readabilityOf(copy.working), target: readingTarget },
        // The evidence record as the review panel shows it: each source's check date and flags (docs/editorial-sources.md).
        evidence: sourceEvidence(copy.working.fields, editing.signoff.latest, ports().clock()),
        warnings: imageAltWarnings(copy.working.fields.bodyMarkdown),
      };
    });

    app.put('/api/admin/articles/:id', {
      schema: {
        params: idParams,
        body: {
          type: 'object', required: ['baseRevision'], additionalProperties: false,
          properties: { ...fieldProperties, baseRevision: { type: 'integer', minimum: 1 }, kind: { type: 'string', enum: ['save', 'autosave'], default: 'save' } },
        },
      },
    }, async (request) => {
      const { id } = request.params as { id: number };
      const body = request.body as FieldsBody & { baseRevision: number; kind: 'save' | 'autosave' };
      const { baseRevision, kind, ...fields } = body;
      const saved = await saveArticle(ports(), actor(request), { articleId: id, kind, baseRevision, patch: patchOf(fields), note: noteOf(fields) });
      // Warnings (images without alt text) are about the body sent; a save without a body has none to give.
      return { id, revision: saved.revision, outcome: saved.outcome, savedAt: ports().clock().toISOString(), warnings: typeof fields.body === 'string' ? imageAltWarnings(fields.body) : [] };
    });

    // The editor's soft lock (docs/admin-editor.md): renews or takes a free lock, never someone else's.
    app.post('/api/admin/articles/:id/lock', {
      schema: { params: idParams, body: { type: 'object', additionalProperties: false, properties: { baseRevision: { type: 'integer', minimum: 0 } } } },
    }, async (request) => {
      const { id } = request.params as { id: number };
      const outcome = await heartbeatLock(ports(), actor(request), id);
      if (outcome.ok) return { mine: true };
      return { mine: false, takenOver: outcome.takenOver, holder: { name: await names()(outcome.holderUserId), lastSeenSecondsAgo: null } };
    });

    app.get('/api/admin/articles/:id/revisions', { schema: { params: idParams } }, async (request) => {
      const { id } = request.params as { id: number };
      return { revisions: await listRevisions(ports(), actor(request), id) };
    });

    app.get('/api/admin/articles/:id/revisions/:a/diff/:b', {
      schema: { params: { type: 'object', required: ['id', 'a', 'b'], properties: { id: { type: 'integer', minimum: 1 }, a: { type: 'integer', minimum: 1 }, b: { type: 'integer', minimum: 1 } } } },
    }, async (request) => {
      const { id, a, b } = request.params as { id: number; a: number; b: number };
      return await diffRevisions(ports(), actor(request), { articleId: id, from: a, to: b });
    });

    app.post('/api/admin/articles/:id/restore', {
      schema: { params: idParams, body: { type: 'object', required: ['revision'], additionalProperties: false, properties: { revision: { type: 'integer', minimum: 1 }, baseRevision: { type: 'integer', minimum: 1 }, note: fieldProperties.note } } },
    }, async (request) => {
      const { id } = request.params as { id: number };
      const body = request.body as { revision: number; baseRevision?: number; note?: string | null };
      const restored = await restoreRevision(ports(), actor(request), { articleId: id, ...body });
      return { id, revision: restored.revision };
    });

    const workflowBody = { type: 'object', additionalProperties: false, properties: { baseRevision: { type: 'integer', minimum: 1 }, note: fieldProperties.note } } as const;
    const step = (path: string, run: (ports: NewsroomPorts, actor: Actor, request: { articleId: number; baseRevision?: number; note?: string | null }) => Promise<unknown>) =>
      app.post(`/api/admin/articles/:id/${path}`, { schema: { params: idParams, body: workflowBody } }, async (request) => {
        const { id } = request.params as { id: number };
        const body = (request.body ?? {}) as { baseRevision?: number; note?: string | null };
        const who = actor(request);
        const result = (await run(ports(), who, { articleId: id, ...body })) as { revision?: number } | undefined;
        const editing = await getArticleForEditing(ports(), who, id).catch(() => null);
        return { id, status: editing?.copy.state ?? null, revision: result?.revision ?? editing?.copy.working.number ?? null };
      });
    step('submit', submitForReview);
    step('publish', publishArticle);
    step('unpublish', unpublishArticle);

    app.delete('/api/admin/articles/:id', { schema: { params: idParams } }, async (request, reply) => {
      const { id } = request.params as { id: number };
      await deleteArticle(ports(), actor(request), { articleId: id });
      return reply.code(204).send();
    });
  };
}
