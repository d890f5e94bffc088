import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { Button, PostForm } from './form-parts.js';
import type { DeletePageData } from './view-models.js';

/** Asks before deleting: works without JavaScript, and says what readers lose. */
export function renderDeletePage(data: DeletePageData): string {
  const { site } = data;
  return renderDocument(
    <AdminLayout site={site} title={`Delete: ${data.articleTitle}`} user={data.user} csrfToken={data.csrfToken} current="articles">
      <PageHeading title={<>Delete “{data.articleTitle}”?</>} />
      <p>
        {data.isLive
          ? 'Readers will no longer find it: its page, its place in search and in every list go at once.'
          : 'It has never been published, so readers lose nothing.'}{' '}
        It leaves the article list; its revisions are kept for the record.
      </p>
      <div class="button-row">
        <PostForm site={site} action={adminPaths.deleteArticle(data.articleId)} csrfToken={data.csrfToken} class="inline-form">
          <Button variant="warning">Delete the article</Button>
        </PostForm>
        <a class="button button--secondary" href={sitePath(site, adminPaths.article(data.articleId))}>Keep it</a>
      </div>
    </AdminLayout>,
  );
}
