import type { FastifyInstance } from 'fastify';
import { getArticleForEditing, restoreRevision } from '../../app/newsroom/edit-article.js';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { listRevisions, readRevision } from '../../app/newsroom/revisions.js';
import type { RevisionSummary } from '../../editorial/newsroom.js';
import type { SiteContext } from '../views/site.js';
import { adminPageBase, requirePrincipal } from './admin-auth.js';
import { fieldDiffs } from './field-diffs.js';
import type { NameOf } from './people.js';
import { adminPaths, type RevisionKind, type RevisionRow, renderRevisionDiffPage, renderRevisionsPage } from './views/index.js';
import { html, idParams } from './route-parts.js';

const KIND_LABEL: Record<string, RevisionKind> = { import: 'imported', autosave: 'autosave', save: 'save', submit: 'submitted', publish: 'published', restore: 'restored' };

/** An article's history: the list, a comparison of any two revisions (fields and words), restore as a new revision. */
export function revisionRoutes(ports: () => NewsroomPorts, site: SiteContext, names: () => NameOf) {
  const rowOf = async (nameOf: NameOf, r: RevisionSummary): Promise<RevisionRow> =>
    ({ number: r.number, kind: KIND_LABEL[r.kind] ?? 'save', by: r.authorUserId === null ? null : await nameOf(r.authorUserId), at: r.updatedAt, note: r.note,
      readingGrade: r.readability?.fleschKincaidGrade ?? null });

  return async (app: FastifyInstance) => {
    app.get('/admin/articles/:id/revisions', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      const editing = await getArticleForEditing(ports(), principal.actor, id);
      const revisions = await listRevisions(ports(), principal.actor, id);
      const nameOf = names();
      return html(reply, renderRevisionsPage({
        ...adminPageBase(principal, reply, site), articleId: id, articleTitle: editing.copy.working.fields.title, canRestore: editing.may.restore,
        revisions: await Promise.all([...revisions].sort((a, b) => b.number - a.number).map((r) => rowOf(nameOf, r))),
      }));
    });

    // The revisions page's GET form: ?from=N&to=M (either order; the older one is shown first).
    app.get('/admin/articles/:id/compare', {
      schema: {
        params: idParams,
        querystring: { type: 'object', required: ['from', 'to'], properties: { from: { type: 'integer', minimum: 1 }, to: { type: 'integer', minimum: 1 } } },
      },
    }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      const query = request.query as { from: number; to: number };
      const [older, newer] = query.from <= query.to ? [query.from, query.to] : [query.to, query.from];
      const [from, to] = await Promise.all([readRevision(ports(), principal.actor, id, older), readRevision(ports(), principal.actor, id, newer)]);
      const nameOf = names();
      return html(reply, renderRevisionDiffPage({
        ...adminPageBase(principal, reply, site), articleId: id, articleTitle: to.fields.title,
        from: await rowOf(nameOf, from), to: await rowOf(nameOf, to), diffs: fieldDiffs(from.fields, to.fields),
      }));
    });

    app.post('/admin/articles/:id/revisions/:revision/restore', {
      schema: { params: { type: 'object', required: ['id', 'revision'], properties: { id: { type: 'integer', minimum: 1 }, revision: { type: 'integer', minimum: 1 } } } },
    }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id, revision } = request.params as { id: number; revision: number };
      await restoreRevision(ports(), principal.actor, { articleId: id, revision });
      return reply.redirect(`${site.basePath}${adminPaths.article(id)}`, 303);
    });
  };
}
