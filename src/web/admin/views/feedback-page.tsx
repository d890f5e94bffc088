import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import type { ArticleFeedbackPageData } from './view-models.js';

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

/**
 * What readers said of one article: "Is this page helpful?" counted, and their comments, newest
 * first. Comments are the readers' own words: rendered as text (escaped), never as links or HTML.
 */
export function renderArticleFeedbackPage(data: ArticleFeedbackPageData): string {
  const { site } = data;
  const total = data.yes + data.no;
  return renderDocument(
    <AdminLayout site={site} title={`Reader feedback: ${data.articleTitle}`} user={data.user} csrfToken={data.csrfToken} current="articles">
      <PageHeading title={<>Reader feedback on “{data.articleTitle}”</>} flash={data.flash}>
        <p>
          <a href={sitePath(site, adminPaths.article(data.articleId))}>Back to the editor</a>
          {data.readerUrl && (
            <>
              {' · '}
              <a href={data.readerUrl}>The page as readers see it</a>
            </>
          )}
        </p>
      </PageHeading>
      <section aria-labelledby="feedback-counts-title">
        <h2 id="feedback-counts-title">Is this page helpful?</h2>
        {total === 0 ? (
          <p class="empty">No reader has answered yet.</p>
        ) : (
          <dl class="summary-list">
            <dt>Yes</dt>
            <dd>{data.yes} ({percent(data.yes, total)})</dd>
            <dt>No</dt>
            <dd>{data.no} ({percent(data.no, total)})</dd>
            <dt>Answers</dt>
            <dd>{total}</dd>
          </dl>
        )}
        <p class="hint">
          An article joins the review queue when, since its last review, at least {data.threshold.minAnswers} readers answered and at least{' '}
          {data.threshold.noPercent} % of them said “No”.
        </p>
      </section>
      <section aria-labelledby="feedback-comments-title">
        <h2 id="feedback-comments-title">Comments</h2>
        {data.comments.length === 0 ? (
          <p class="empty">No comments.</p>
        ) : (
          <>
            {data.commentCount > data.comments.length && (
              <p>The newest {data.comments.length} of {data.commentCount} comments.</p>
            )}
            <ol class="feedback-comments">
              {data.comments.map((c) => (
                <li class="feedback-comments__item">
                  <p class="feedback-comments__meta">
                    <time datetime={c.day}>{c.day}</time> · {c.helpful ? 'answered Yes' : 'answered No'}
                  </p>
                  <blockquote class="feedback-comments__text">{c.comment}</blockquote>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </AdminLayout>,
  );
}
