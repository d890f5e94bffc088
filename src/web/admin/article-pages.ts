import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../accounts/policy.js';
import { feedbackCountsFor } from '../../app/reader-feedback.js';
import { createDraft } from '../../app/newsroom/create-draft.js';
import { getArticleForEditing, saveArticle } from '../../app/newsroom/edit-article.js';
import { EditConflictError } from '../../app/newsroom/edit-conflict.js';
import { guard, type NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { takeOverLock } from '../../app/newsroom/edit-lock.js';
import { previewOfCopy } from '../../app/newsroom/preview.js';
import { readabilityOf } from '../../app/newsroom/readability.js';
import type { Revision } from '../../editorial/newsroom.js';
import { createPreviewLink, listPreviewLinks, revokePreviewLink } from '../../app/newsroom/preview-links.js';
import { PREVIEW_LINK_LIFETIMES, type PreviewLinkLifetime } from '../../editorial/preview-links.js';
import { listArticles } from '../../app/newsroom/revisions.js';
import { deleteArticle, publishArticle, submitForReview, unpublishArticle } from '../../app/newsroom/workflow-steps.js';
import { governanceData } from './workflow-pages.js';
import { emptyFields } from '../../editorial/article-draft.js';
import { MEDQUAD_QUESTION_TYPES, questionTypeLabel } from '../../content/question-types.js';
import { AppError } from '../../errors.js';
import { NEWSROOM_STATES, type NewsroomState } from '../../editorial/workflow.js';
import { topicKey } from '../../content/topic.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { taxonomyChoices } from './taxonomy-options.js';
import { renderArticleFragment } from '../views/index.js';
import type { SiteContext } from '../views/site.js';
import { type AdminPrincipal, requirePrincipal, adminPageBase } from './admin-auth.js';
import { articleRow } from './dashboard-route.js';
import { fieldDiffs } from './field-diffs.js';
import type { NameOf } from './people.js';
import { type FormBody, editorErrors, editorFields, editorFieldsFromForm, patchFromForm } from './editor-form.js';
import {
  adminPaths, type EditorFields, type EditorPageData, type ReadabilityPanelData, renderArticleListPage, renderConflictPage, renderDeletePage, renderEditorPage,
} from './views/index.js';
import { html, idParams } from './route-parts.js';

const PAGE_SIZE = 25;
const QUESTION_TYPES = MEDQUAD_QUESTION_TYPES.map((value) => ({ value, label: questionTypeLabel(value) }));

/** The admin's article pages: the list, the editor (works without JavaScript), revisions. Every write goes through the newsroom's use cases. */
interface ListQuery { q?: string; status?: string; topic?: string; category?: string; author?: string; questionType?: string; page: number; deleted?: number }

export function articlePages(ports: () => NewsroomPorts, site: SiteContext, names: () => NameOf, catalogue: PublishedCatalogue, readingTarget: number) {
  return async (app: FastifyInstance) => {
    const context = (request: FastifyRequest, reply: FastifyReply) => {
      const principal = requirePrincipal(request);
      return { principal, base: adminPageBase(principal, reply, site) };
    };
    const editorPage = (base: ReturnType<typeof context>['base'], data: Omit<EditorPageData, keyof typeof base | 'topics' | 'categories' | 'questionTypes'>) =>
      choices(data.fields).then((taxonomy) => renderEditorPage({ ...base, ...taxonomy, questionTypes: QUESTION_TYPES, ...data }));
    /** Topic suggestions and every category, the article's own included whatever happens to the tree. */
    const choices = async (fields: Pick<EditorFields, 'category'>) => {
      const { editorCategories, topicSuggestions } = await taxonomyChoices(catalogue, ports().newsroom);
      const own = fields.category && !editorCategories.some((c) => c.value === fields.category) ? [{ value: fields.category, label: fields.category }] : [];
      return { topics: topicSuggestions, categories: [...own, ...editorCategories] };
    };

    app.get(adminPaths.articles(), {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', maxLength: 200 }, status: { type: 'string', enum: ['', ...NEWSROOM_STATES] }, topic: { type: 'string', maxLength: 300 },
            category: { type: 'string', maxLength: 300 }, author: { type: 'string', maxLength: 300 }, questionType: { type: 'string', enum: ['', ...MEDQUAD_QUESTION_TYPES] },
            page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 }, deleted: { type: 'integer', minimum: 1 },
          },
        },
      },
    }, async (request, reply) => {
      const { principal, base } = context(request, reply);
      const { page, deleted, ...query } = request.query as ListQuery;
      const filters = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')) as Omit<ListQuery, 'page'>;
      const [found, choices] = await Promise.all([
        listArticles(ports(), principal.actor, {
          ...(filters.q ? { q: filters.q } : {}), ...(filters.status ? { state: filters.status as NewsroomState } : {}),
          ...(filters.topic ? { topic: topicKey(filters.topic) } : {}), ...(filters.category ? { category: filters.category } : {}),
          ...(filters.author ? { author: filters.author } : {}), ...(filters.questionType ? { questionType: filters.questionType } : {}),
          limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE,
        }),
        taxonomyChoices(catalogue, ports().newsroom),
      ]);
      return html(reply, renderArticleListPage({
        ...base, filters, flash: deleted ? 'The article was deleted. Its revisions are kept for the record.' : null,
        options: { status: NEWSROOM_STATES.map((s) => ({ value: s, label: s.replace('_', ' ') })), category: choices.filterCategories, questionType: QUESTION_TYPES },
        rows: found.items.map(articleRow), total: found.total, page, pageCount: Math.max(1, Math.ceil(found.total / PAGE_SIZE)),
        canCreate: can(principal.actor, 'article.create'), readingTarget,
      }));
    });

    app.get(adminPaths.newArticle(), async (request, reply) => {
      const { base } = context(request, reply);
      return html(reply, await editorPage(base, { articleId: null, state: 'draft', fields: editorFields(emptyFields('')), baseRevision: 0, lastSaved: null, permissions: newArticlePermissions }));
    });

    app.post(adminPaths.articles(), async (request, reply) => {
      const { principal, base } = context(request, reply);
      const body = request.body as FormBody;
      try {
        const patch = patchFromForm(body);
        const created = await createDraft(ports(), principal.actor, { title: patch.title ?? '', fields: patch, note: noteOf(body) });
        return reply.redirect(`${site.basePath}${adminPaths.article(created.articleId)}`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return html(reply, await editorPage(base, { articleId: null, state: 'draft', fields: editorFieldsFromForm(body), baseRevision: 0, lastSaved: null,
          permissions: newArticlePermissions, errors: editorErrors(error.details ?? []) }), 422);
      }
    });

    app.get('/admin/articles/:id', {
      schema: { params: idParams, querystring: { type: 'object', properties: { mode: { type: 'string', enum: ['edit', 'read-only'], default: 'edit' } } } },
    }, async (request, reply) => {
      const { principal, base } = context(request, reply);
      const { id } = request.params as { id: number };
      const { mode } = request.query as { mode: 'edit' | 'read-only' };
      return html(reply, await existingEditor(principal, base, id, mode === 'read-only'));
    });

    // Soft lock: take over from whoever is editing; their editor learns it at its next heartbeat.
    app.post('/admin/articles/:id/take-over', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      await takeOverLock(ports(), principal.actor, id);
      return reply.redirect(`${site.basePath}${adminPaths.article(id)}`, 303);
    });

    app.post('/admin/articles/:id', { schema: { params: idParams } }, async (request, reply) => {
      const { principal, base } = context(request, reply);
      const { id } = request.params as { id: number };
      const body = request.body as FormBody;
      const intent = typeof body.intent === 'string' ? body.intent : 'save';
      const baseRevision = Number(body.baseRevision);
      try {
        const saved = await saveArticle(ports(), principal.actor, { articleId: id, kind: 'save', baseRevision, patch: patchFromForm(body), note: noteOf(body) });
        const step = { articleId: id, baseRevision: saved.revision, note: noteOf(body) };
        if (intent === 'submit') await submitForReview(ports(), principal.actor, step);
        if (intent === 'publish') await publishArticle(ports(), principal.actor, step);
        if (intent === 'unpublish') await unpublishArticle(ports(), principal.actor, { articleId: id, note: noteOf(body) });
        return reply.redirect(`${site.basePath}${adminPaths.article(id)}`, 303);
      } catch (error) {
        if (error instanceof EditConflictError) {
          const { current, incoming } = error.conflict;
          const theirs = editorFields(current.fields);
          const mine = editorFields(incoming.fields);
          const editing = await getArticleForEditing(ports(), principal.actor, id);
          return html(reply, renderConflictPage({
            ...base, articleId: id, articleTitle: current.fields.title, baseRevision, currentRevision: current.revision,
            currentBy: current.authorUserId === principal.actor.userId ? 'you (in another window)' : 'another editor', currentAt: current.updatedAt,
            theirs, mine, diffs: fieldDiffs(current.fields, incoming.fields), ...(await choices(mine)), questionTypes: QUESTION_TYPES,
            permissions: permissionsOf(editing.may),
          }), 409);
        }
        if (!(error instanceof AppError) || (error.code !== 'INVALID' && error.code !== 'REVIEW_REQUIRED')) throw error;
        const editing = await getArticleForEditing(ports(), principal.actor, id);
        // Saved, but not published: the save voided the sign-off (or there was none). The editor says why.
        if (error.code === 'REVIEW_REQUIRED') {
          return html(reply, await existingEditor(principal, { ...base, flash: `Saved, but not published: ${error.details?.[0]?.replace(/^signoff: /, '') ?? error.message}.` }, id, false), 409);
        }
        return html(reply, await editorPage(base, { articleId: id, state: articleRow({ ...listItem(editing) }).state, fields: editorFieldsFromForm(body),
          baseRevision, lastSaved: null, permissions: permissionsOf(editing.may), errors: editorErrors(error.details ?? []),
          readability: savedReadability(editing.copy.working, readingTarget), ...(editing.copy.kind === 'page' ? { sitePage: true } : {}) }), 422);
      }
    });

    app.get('/admin/articles/:id/delete', { schema: { params: idParams } }, async (request, reply) => {
      const { principal, base } = context(request, reply);
      const { id } = request.params as { id: number };
      const editing = await getArticleForEditing(ports(), principal.actor, id);
      guard(editing.copy, principal.actor, 'delete'); // refused here, with the policy's reason, before asking
      return html(reply, renderDeletePage({ ...base, articleId: id, articleTitle: editing.copy.working.fields.title, isLive: editing.copy.isLive }));
    });

    app.post('/admin/articles/:id/delete', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      await deleteArticle(ports(), principal.actor, { articleId: id });
      return reply.redirect(`${site.basePath}${adminPaths.articles()}?deleted=${id}`, 303);
    });

    // Shareable preview links: the new link's URL is shown in the page that answers the POST, once.
    app.post('/admin/articles/:id/preview-links', {
      schema: { params: idParams, body: { type: 'object', properties: { expiresIn: { type: 'string', enum: PREVIEW_LINK_LIFETIMES.map((o) => o.value), default: '1d' } } } },
    }, async (request, reply) => {
      const { principal, base } = context(request, reply);
      const { id } = request.params as { id: number };
      const { expiresIn } = request.body as { expiresIn: PreviewLinkLifetime };
      const created = await createPreviewLink(ports(), principal.actor, id, expiresIn);
      const url = `${site.baseUrl.replace(/\/+$/, '')}${created.path}`;
      return html(reply, await existingEditor(principal, base, id, false, { url, expiresAt: created.link.expiresAt }));
    });

    app.post('/admin/articles/:id/preview-links/:linkId/revoke', { schema: { params: linkParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id, linkId } = request.params as { id: number; linkId: number };
      await revokePreviewLink(ports(), principal.actor, id, linkId);
      return reply.redirect(`${site.basePath}${adminPaths.article(id)}`, 303);
    });

    async function existingEditor(principal: AdminPrincipal, base: ReturnType<typeof context>['base'] & { flash?: string | null }, id: number, readOnlyAsked: boolean, createdLink: { url: string; expiresAt: string } | null = null): Promise<string> {
      const editing = await getArticleForEditing(ports(), principal.actor, id);
      const { working } = editing.copy;
      const nameOf = names();
      const preview = await previewOfCopy(ports(), id, editing.copy);
      const { lock } = editing;
      const holder = lock.status === 'held' ? await nameOf(lock.holderUserId) : null;
      const lastSeen = lock.status === 'held' ? Math.max(0, Math.round((ports().clock().getTime() - Date.parse(lock.heartbeatAt)) / 1000)) : 0;
      const takenFromMe = holder !== null && editing.copy.lock?.takenFromUserId === principal.actor.userId;
      const readOnlyReason = !editing.may.save
        ? 'You may read this article but not change it.'
        : readOnlyAsked ? (holder ? `${holder} is editing this article.` : 'You opened it read-only.') : null;
      return await editorPage(base, {
        articleId: id, state: articleRow(listItem(editing)).state, fields: editorFields(working.fields), baseRevision: working.number,
        lastSaved: { revision: working.number, at: working.updatedAt, by: working.authorUserId === principal.actor.userId ? 'you' : await nameOf(working.authorUserId) },
        permissions: permissionsOf(editing.may),
        previewHtml: renderArticleFragment(site, preview.article),
        readability: savedReadability(working, readingTarget),
        lockedBy: holder ? { name: holder, lastSeenSecondsAgo: lastSeen } : null,
        takenOverBy: takenFromMe ? holder : null,
        readOnlyReason,
        governance: await governanceData(ports(), editing, nameOf, site, { actor: principal.actor, name: principal.user.name }),
        previewLinks: editing.may.sharePreview ? {
          links: await Promise.all((await listPreviewLinks(ports(), principal.actor, id)).map(async (link) =>
            ({ id: link.id, hint: link.tokenHint, createdBy: await nameOf(link.createdByUserId), expiresAt: link.expiresAt }))),
          expiryOptions: EXPIRY_OPTIONS, created: createdLink,
        } : null,
        readerFeedback: await feedbackCountsFor(ports(), principal.actor, id),
        ...(editing.copy.kind === 'page' ? { sitePage: true } : {}),
      });
    }
  };
}

/** The readability panel of a saved revision, as the editor opens (and as it stays without JavaScript). */
export function savedReadability(revision: Pick<Revision, 'readability' | 'fields' | 'number'>, target: number): ReadabilityPanelData {
  return { ...readabilityOf(revision), target, source: { kind: 'saved', revision: revision.number } };
}

const newArticlePermissions = { save: true, submit: false, publish: false, unpublish: false, sharePreview: false, delete: false };
const permissionsOf = (may: { save: boolean; submit: boolean; publish: boolean; unpublish: boolean; sharePreview: boolean; delete: boolean }) =>
  ({ save: may.save, submit: may.submit, publish: may.publish, unpublish: may.unpublish, sharePreview: may.sharePreview, delete: may.delete });
const EXPIRY_OPTIONS = PREVIEW_LINK_LIFETIMES.map(({ value, label }) => ({ value, label }));
const linkParams = { type: 'object', required: ['id', 'linkId'], properties: { id: { type: 'integer', minimum: 1 }, linkId: { type: 'integer', minimum: 1 } } } as const;
const noteOf = (body: FormBody): string | null => (typeof body.revisionNote === 'string' && body.revisionNote.trim() ? body.revisionNote.trim() : null);

function listItem(editing: Awaited<ReturnType<typeof getArticleForEditing>>) {
  const { copy } = editing;
  return {
    articleId: copy.articleId, title: copy.working.fields.title, slug: copy.working.fields.slug, state: copy.state, ownerUserId: copy.ownerUserId,
    author: copy.working.fields.author, topicName: copy.working.fields.topic, categoryName: copy.working.fields.categoryPath.at(-1) ?? null, questionType: copy.working.fields.questionType, isLive: copy.isLive,
    workingRevision: copy.working.number, liveRevision: copy.liveRevision, changedAt: copy.working.updatedAt,
    readingGrade: copy.working.readability?.fleschKincaidGrade ?? null,
  };
}
