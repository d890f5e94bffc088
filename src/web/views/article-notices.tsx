import { nextReviewDue } from '../../editorial/review-dates.js';
import type { Article } from '../../content/article.js';
import { displayDate, sameDay } from './format.js';
import { safeExternalUrl } from './site.js';

export const SAMPLE_NOTICE = 'Sample content written for the healthpress demo — not medical advice.';

export function SampleNotice() {
  return (
    <div class="notice notice--warning">
      <p>
        <strong>{SAMPLE_NOTICE}</strong>
      </p>
    </div>
  );
}

/** Some sources withhold their answer text; the reader still deserves a way to the answer. */
export function LinkOutNotice({ article }: { article: Article }) {
  const sourceUrl = safeExternalUrl(article.provenance.sourceUrl);
  const fallback = article.sources.map((source) => ({ ...source, url: safeExternalUrl(source.url) })).find((s) => s.url);
  const url = sourceUrl ?? fallback?.url ?? null;
  const siteName = sourceUrl ? article.provenance.sourceSite : (fallback?.publisher ?? fallback?.title ?? article.provenance.sourceSite);
  return (
    <div class="notice notice--info">
      <p>
        The answer to this question is not reproduced on this site.{' '}
        {url ? (
          <>
            Read it on <a href={url}>{siteName || url}</a>.
          </>
        ) : (
          <>It is published by {siteName}.</>
        )}
      </p>
    </div>
  );
}

/** Review date first: for health content it says more about trustworthiness than publication. */
export function ArticleDates({ article }: { article: Article }) {
  const reviewed = displayDate(article.lastReviewedAt);
  const published = displayDate(article.publishedAt);
  // "Updated" on the day of publication says nothing new.
  const updated = sameDay(article.updatedAt, article.publishedAt) ? null : displayDate(article.updatedAt);
  // Our reviewers' sign-off sets the NHS pair: "Page last reviewed" and "Next review due".
  const due = article.reviewedBy ? displayDate(nextReviewDue(article.lastReviewedAt, article.reviewIntervalMonths ?? undefined)) : null;
  const rows = [
    { label: 'Last reviewed', date: reviewed },
    { label: 'Next review due', date: due },
    { label: 'Updated', date: updated },
    { label: 'Published', date: published },
  ].filter((row) => row.date !== null);
  return (
    <ul class="article-dates">
      {reviewed === null && <li>No review date recorded — check the source for its latest version</li>}
      {rows.map(({ label, date }) => (
        <li>
          {label} <time datetime={date?.iso}>{date?.text}</time>
        </li>
      ))}
      {article.reviewedBy && (
        <li>
          Clinically reviewed by {article.reviewedBy.name}
          {article.reviewedBy.credential ? `, ${article.reviewedBy.credential}` : ''}
        </li>
      )}
    </ul>
  );
}
