import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { ArticleTable } from './article-table.js';
import type { ArticleRow, DashboardPageData } from './view-models.js';

export function renderDashboardPage(data: DashboardPageData): string {
  const sections: { id: string; title: string; rows: ArticleRow[]; empty: string }[] = [
    { id: 'my-drafts', title: 'My drafts', rows: data.myDrafts, empty: 'You have no drafts.' },
    { id: 'waiting', title: 'Waiting for review', rows: data.waitingForReview, empty: 'Nothing is waiting for review.' },
    { id: 'published', title: 'Recently published', rows: data.recentlyPublished, empty: 'Nothing was published recently.' },
    { id: 'changed', title: 'Recently changed', rows: data.recentlyChanged, empty: 'Nothing changed recently.' },
  ];
  return renderDocument(
    <AdminLayout site={data.site} title="Dashboard" user={data.user} csrfToken={data.csrfToken} current="dashboard">
      <PageHeading title="Dashboard" flash={data.flash}>
        {data.canCreate && (
          <p>
            <a class="button button--primary" href={sitePath(data.site, adminPaths.newArticle())}>New article</a>
          </p>
        )}
      </PageHeading>
      <div class="dashboard">
        {sections.map((section) => (
          <section class="dashboard__section" aria-labelledby={`${section.id}-title`}>
            <h2 id={`${section.id}-title`}>{section.title}</h2>
            <ArticleTable site={data.site} caption={section.title} captionHidden rows={section.rows} empty={section.empty} />
          </section>
        ))}
      </div>
      {data.reviewQueue && <ReviewQueueCounts site={data.site} queue={data.reviewQueue} />}
      {data.heldSchedules && data.heldSchedules.length > 0 && <HeldSchedules site={data.site} held={data.heldSchedules} />}
      {data.feedbackTotals && <FeedbackTotals totals={data.feedbackTotals} />}
      <p>
        <a href={sitePath(data.site, adminPaths.articles())}>All articles</a>
      </p>
    </AdminLayout>,
  );
}

/** The review queue in numbers; the whole list is `healthpress review due` and `GET /api/admin/review-queue`. */
function ReviewQueueCounts({ site, queue }: { site: DashboardPageData['site']; queue: NonNullable<DashboardPageData['reviewQueue']> }) {
  const rows: Array<[string, number]> = [
    ['Overdue for review', queue.overdue],
    [`Due within ${queue.withinDays} days`, queue.dueSoon],
    ['Never reviewed', queue.neverReviewed],
    ['Sent back by reader feedback', queue.readerFeedback],
  ];
  return (
    <section class="dashboard__section" aria-labelledby="review-queue-title" data-review-queue="">
      <h2 id="review-queue-title">Review queue</h2>
      <dl class="dashboard__counts">
        {rows.map(([label, count]) => (
          <div><dt>{label}</dt><dd>{count}</dd></div>
        ))}
      </dl>
      {queue.byTopic.length > 0 && (
        <p>
          Most in the queue by topic:{' '}
          {queue.byTopic.map((entry, index) => (
            <>{index > 0 ? ', ' : ''}<a href={sitePath(site, `${adminPaths.articles()}?topic=${encodeURIComponent(entry.topic)}`)}>{entry.topic}</a> ({entry.count})</>
          ))}
          .
        </p>
      )}
      {queue.byReviewer.length > 0 && (
        <p>
          Most in the queue by the reviewer who signed them off last:{' '}
          {queue.byReviewer.map((entry, index) => <>{index > 0 ? ', ' : ''}{entry.reviewer} ({entry.count})</>)}.
        </p>
      )}
    </section>
  );
}

/** Publications the scheduler would not make (their sign-off was voided): a person must act. */
function HeldSchedules({ site, held }: { site: DashboardPageData['site']; held: NonNullable<DashboardPageData['heldSchedules']> }) {
  return (
    <section class="dashboard__section" aria-labelledby="held-title" data-held-schedules="">
      <h2 id="held-title">Held scheduled publications: {held.length}</h2>
      <ul>
        {held.map((item) => (
          <li><a href={sitePath(site, adminPaths.article(item.articleId))}>{item.title}</a>: {item.reason}</li>
        ))}
      </ul>
      <p><a href={sitePath(site, `${adminPaths.articles()}?status=scheduled`)}>All scheduled articles</a></p>
    </section>
  );
}

/** "Is this page helpful?" over the whole site; each article's answers are on its feedback page (linked from its editor). */
function FeedbackTotals({ totals }: { totals: { yes: number; no: number; articles: number } }) {
  const answers = totals.yes + totals.no;
  return (
    <section class="dashboard__section" aria-labelledby="reader-feedback-title">
      <h2 id="reader-feedback-title">Reader feedback</h2>
      {answers === 0 ? (
        <p class="empty">No reader has answered “Is this page helpful?” yet.</p>
      ) : (
        <p>
          {answers} {answers === 1 ? 'answer' : 'answers'} on {totals.articles} {totals.articles === 1 ? 'article' : 'articles'}: {totals.yes} yes, {totals.no} no
          {' '}({Math.round((100 * totals.no) / answers)} % no). Articles whose readers mostly say “No” join the review queue.
        </p>
      )}
    </section>
  );
}
