import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { ArticleTable } from './article-table.js';
import type { AdminContext, ArticleRow } from './view-models.js';

export interface SitePagesListData extends AdminContext {
  /** Every site page (a site has a handful), newest change first. */
  rows: ArticleRow[];
  canCreate: boolean;
}

/**
 * The site pages (About, Editorial policy, Privacy, Contact…): edited in the article editor
 * without topic or category; published ones are linked from every reader page's footer, first
 * published first.
 */
export function renderSitePagesListPage(data: SitePagesListData): string {
  const { site } = data;
  return renderDocument(
    <AdminLayout site={site} title="Site pages" user={data.user} csrfToken={data.csrfToken} current="sitePages">
      <PageHeading title="Site pages" flash={data.flash}>
        <p>
          Pages about the site itself, each at its own address (for example /about). The footer of every reader page links to the
          published ones, in the order they were first published. They need no clinical sign-off; an editor publishes them.
        </p>
        {data.canCreate && (
          <p>
            <a class="button button--primary" href={sitePath(site, adminPaths.newSitePage())}>New site page</a>
          </p>
        )}
      </PageHeading>
      <ArticleTable site={site} caption="Site pages" captionHidden rows={data.rows} columns={{ author: true }} empty="There are no site pages yet." />
    </AdminLayout>,
  );
}
