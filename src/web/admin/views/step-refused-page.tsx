import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import type { AdminContext } from './view-models.js';

export interface StepRefusedPageData extends AdminContext {
  articleId: number;
  /** Each problem in the use case's words: `field: reason`. */
  problems: readonly string[];
  /** The refusal is for want of a clinical sign-off (409 REVIEW_REQUIRED). */
  reviewRequired: boolean;
}

/** A review or publishing step that was refused: why, and the way back to the article (nothing was changed). */
export function renderStepRefusedPage(data: StepRefusedPageData): string {
  const title = data.reviewRequired ? 'A clinical sign-off is needed first' : 'That step was not taken';
  return renderDocument(
    <AdminLayout site={data.site} title={title} user={data.user} csrfToken={data.csrfToken}>
      <PageHeading title={title} />
      <div class="error-summary" role="alert" aria-labelledby="refused-title" tabindex={-1}>
        <h2 id="refused-title" class="error-summary__title">Nothing was changed, because:</h2>
        <ul class="error-summary__list">
          {data.problems.map((problem) => <li>{problem}</li>)}
        </ul>
      </div>
      <p><a href={sitePath(data.site, adminPaths.article(data.articleId))}>Back to the article</a></p>
    </AdminLayout>,
  );
}
