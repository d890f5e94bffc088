import type { FastifyInstance } from 'fastify';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { previewWorkingRevision, type WorkingPreview } from '../../app/newsroom/preview.js';
import { RECOMMENDED_LIST_LENGTH } from '../../related/list-length.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { paths, renderArticleFragment, renderArticlePage, type SiteContext } from '../views/index.js';
import { requirePrincipal } from './admin-auth.js';
import { type FormBody, patchFromForm } from './editor-form.js';
import { adminPaths, PreviewBanner } from './views/index.js';
import { html, idParams } from './route-parts.js';


/**
 * Previews: the exact reader page of the working revision (GET), and the article view of the
 * editor's unsaved fields for the live preview pane (POST, as admin.js sends the form). Both go
 * through the reader's own view and the one Markdown renderer and sanitizer.
 */
export function previewRoutes(ports: () => NewsroomPorts, catalogue: PublishedCatalogue, site: SiteContext) {
  return async (app: FastifyInstance) => {
    app.get('/admin/articles/:id/preview', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      const preview = await previewWorkingRevision(ports(), principal.actor, id);
      return html(reply, await previewPage(catalogue, site, preview, adminPaths.article(id)));
    });

    app.post('/admin/articles/:id/preview', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      const preview = await previewWorkingRevision(ports(), principal.actor, id, patchFromForm(request.body as FormBody));
      return html(reply, renderArticleFragment(site, preview.article));
    });
  };
}

/**
 * The reader's article page for a preview: while the article is live, with the prev/next links
 * and Recommended list readers see now; a banner first says it is not what readers see.
 */
export async function previewPage(catalogue: PublishedCatalogue, site: SiteContext, preview: WorkingPreview, editorPath: string | null): Promise<string> {
  const live = preview.liveSlug === null ? null : await catalogue.findArticleBySlug(preview.liveSlug);
  const [neighbours, related] = live
    ? await Promise.all([catalogue.neighbours(live), catalogue.relatedArticles(live, RECOMMENDED_LIST_LENGTH)])
    : [{ previous: null, next: null }, []];
  const { article } = preview;
  return renderArticlePage(site, {
    article,
    neighbours,
    related,
    breadcrumbs: [
      { name: 'Home', path: paths.home() },
      ...preview.categoryTrail.map((c) => ({ name: c.name, path: paths.category(c.slug) })),
      { name: article.title, path: paths.article(article.slug) },
    ],
    previewNotice: PreviewBanner({ site, articleId: article.id, revision: preview.revision, editorPath }),
  });
}
