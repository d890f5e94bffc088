import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, sitePath, type SiteContext } from './site.js';

/** After a reader's answer was kept (the form's post leads here): thanks, and the way back. */
export function renderFeedbackThanksPage(site: SiteContext, article: { slug: string; title: string }): string {
  const title = 'Thank you for your feedback';
  return renderDocument(
    <Layout site={site} title={title} description="Your feedback helps our editors improve this page." noindex>
      <header class="page-header">
        <h1>{title}</h1>
      </header>
      <div class="prose">
        <p>Our editors read what readers tell us and use it when they next review the page.</p>
        <p>We cannot reply to feedback, and we do not record who sent it.</p>
        <p>
          <a href={sitePath(site, paths.article(article.slug))}>Back to “{article.title}”</a>
        </p>
        <p>If you need medical help, contact a doctor or your local health service.</p>
      </div>
    </Layout>,
  );
}

export interface FeedbackProblem {
  status: 400 | 403 | 422 | 429;
  /** Says what was wrong, for a person: our own words, never the reader's comment echoed. */
  message: string;
  /** The slug of the address the form posted to: the way back (looked up nowhere, so a refusal costs no read). */
  slug: string | null;
}

const TITLES: Record<FeedbackProblem['status'], string> = {
  400: 'We could not read your feedback',
  403: 'Feedback must be sent from our own pages',
  422: 'We could not use your feedback',
  429: 'Too much feedback from your connection',
};

/** A feedback post refused: what was wrong, and the way back to the page. */
export function renderFeedbackProblemPage(site: SiteContext, problem: FeedbackProblem): string {
  const title = TITLES[problem.status];
  return renderDocument(
    <Layout site={site} title={title} description={problem.message} noindex>
      <header class="page-header">
        <h1>{title}</h1>
      </header>
      <div class="prose">
        <p>{problem.message}</p>
        <p>
          {problem.slug !== null ? (
            <a href={sitePath(site, `${paths.article(problem.slug)}#feedback`)}>Back to the page you were reading</a>
          ) : (
            <a href={sitePath(site, paths.home())}>Go to the home page</a>
          )}
        </p>
      </div>
    </Layout>,
  );
}
