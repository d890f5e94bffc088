import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { createDraft } from '../../app/newsroom/create-draft.js';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { listArticles } from '../../app/newsroom/revisions.js';
import { emptyFields } from '../../editorial/article-draft.js';
import { mayManageSitePages } from '../../editorial/site-page-rules.js';
import { AppError, forbidden } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { adminPageBase, requirePrincipal } from './admin-auth.js';
import { articleRow } from './dashboard-route.js';
import { type FormBody, editorErrors, editorFields, editorFieldsFromForm, patchFromForm } from './editor-form.js';
import { html } from './route-parts.js';
import { adminPaths, type EditorPageData, renderEditorPage, renderSitePagesListPage } from './views/index.js';

/** A site has a handful of pages: one list, no paging. */
const LIST_LIMIT = 200;
const NEW_PAGE_PERMISSIONS = { save: true, submit: false, publish: false, unpublish: false, sharePreview: false, delete: false };

/**
 * The admin's site pages (docs/site-pages.md): the list, and a new page's first save. Once
 * created, a page is edited, previewed, published and withdrawn at `/admin/articles/:id` like any
 * article (the editor leaves out topic, category, tags, question type and sources). Editors and
 * admins only: the site's own voice is an editor's call.
 */
export function sitePageAdminRoutes(ports: () => NewsroomPorts, site: SiteContext) {
  return async (app: FastifyInstance) => {
    const context = (request: FastifyRequest, reply: FastifyReply) => {
      const principal = requirePrincipal(request);
      requireSitePageManager(principal.actor);
      return { principal, base: adminPageBase(principal, reply, site) };
    };
    const newPageEditor = (base: ReturnType<typeof context>['base'], extra: Partial<EditorPageData> = {}) =>
      renderEditorPage({ ...base, sitePage: true, articleId: null, state: 'draft', fields: editorFields(emptyFields('')), baseRevision: 0, lastSaved: null,
        permissions: NEW_PAGE_PERMISSIONS, topics: [], categories: [], questionTypes: [], ...extra });

    app.get(adminPaths.sitePages(), async (request, reply) => {
      const { principal, base } = context(request, reply);
      const found = await listArticles(ports(), principal.actor, { kind: 'page', limit: LIST_LIMIT, offset: 0 });
      return html(reply, renderSitePagesListPage({ ...base, rows: found.items.map(articleRow), canCreate: can(principal.actor, 'article.create') }));
    });

    app.get(adminPaths.newSitePage(), async (request, reply) => html(reply, newPageEditor(context(request, reply).base)));

    app.post(adminPaths.sitePages(), async (request, reply) => {
      const { principal, base } = context(request, reply);
      const body = request.body as FormBody;
      try {
        const patch = patchFromForm(body);
        const note = typeof body.revisionNote === 'string' && body.revisionNote.trim() ? body.revisionNote.trim() : null;
        const created = await createDraft(ports(), principal.actor, { title: patch.title ?? '', fields: patch, note, kind: 'page' });
        return reply.redirect(`${site.basePath}${adminPaths.article(created.articleId)}`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return html(reply, newPageEditor(base, { fields: editorFieldsFromForm(body), errors: editorErrors(error.details ?? []) }), 422);
      }
    });
  };
}

function requireSitePageManager(actor: Actor): void {
  if (!mayManageSitePages(actor)) throw forbidden('article.publish', 'site pages are managed by editors and admins');
}
