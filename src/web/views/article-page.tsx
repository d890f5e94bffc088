import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Article, ArticleSummary } from '../../content/article.js';
import { completeCareCards } from '../../content/markdown.js';
import { excerpt } from '../../content/excerpt.js';
import { rebaseMediaUrls } from '../../content/media-image.js';
import { questionTypeLabel } from '../../content/question-types.js';
import { displayTopicName } from '../../content/topic.js';
import type { Neighbours } from '../published-catalogue.js';
import { ArticleDates, LinkOutNotice, SampleNotice } from './article-notices.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { FeedbackForm } from './feedback-form.js';
import { articleJsonLd, serializeJsonLd } from './json-ld.js';
import { Layout } from './layout.js';
import { PrevNext } from './prev-next.js';
import { Recommended } from './recommended.js';
import { renderDocument } from './render.js';
import { assetPath, paths, sitePath, type Crumb, type SiteContext } from './site.js';
import { Sources } from './sources.js';

export interface ArticlePageData {
  article: Article;
  breadcrumbs: Crumb[];
  neighbours: Neighbours;
  related: ArticleSummary[];
  /** A preview of an unpublished revision: this notice goes first, and search engines are kept out. */
  previewNotice?: VNode;
}

/** Long enough for a search snippet, short enough not to be truncated mid-word by it. */
const DESCRIPTION_LENGTH = 160;

export function renderArticlePage(site: SiteContext, data: ArticlePageData): string {
  const { article } = data;
  const description = excerpt(article.leadText, DESCRIPTION_LENGTH) || article.title;
  const jsonLd = serializeJsonLd(articleJsonLd(site, article, data.breadcrumbs, description));
  // Readers of the live page only: a preview is not the published page, and a static export has no server to post to.
  const feedback = site.readerFeedback === true && !site.staticExport && data.previewNotice === undefined;
  const head = (
    <>
      {article.publishedAt && <meta property="article:published_time" content={article.publishedAt} />}
      {article.updatedAt && <meta property="article:modified_time" content={article.updatedAt} />}
      {article.tags.map((tag) => (
        <meta property="article:tag" content={tag.name} />
      ))}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      {feedback && <script src={assetPath(site, 'feedback.js')} defer />}
    </>
  );

  return renderDocument(
    <Layout
      site={site}
      title={article.title}
      description={description}
      canonicalPath={paths.article(article.slug)}
      ogType="article"
      head={head}
      noindex={data.previewNotice !== undefined}
    >
      <Breadcrumbs site={site} crumbs={data.breadcrumbs} />
      {data.previewNotice}
      <ArticleMain site={site} article={article} />
      {feedback && <FeedbackForm site={site} slug={article.slug} />}
      <PrevNext site={site} neighbours={data.neighbours} />
      <Recommended site={site} articles={data.related} />
    </Layout>,
  );
}

/** The article itself, without the page around it: also what the editor's live preview shows. */
function ArticleMain({ site, article }: { site: SiteContext; article: Article }) {
  return (
    <article class="article" data-provenance-id={article.provenance.id} data-pagefind-body="">
      <header class="article__header">
        <ArticleKicker site={site} article={article} />
        <h1>{article.title}</h1>
        <ArticleDates article={article} />
      </header>
      {article.isSample && <SampleNotice />}
      {!article.hasAnswer && <LinkOutNotice article={article} />}
      {article.bodyHtml.trim() !== '' && (
        // bodyHtml is sanitised when it is stored; it is the only unescaped HTML on the page. Its care
        // cards get the site's country wording here (sanitized too), so no stored body holds a country's.
        <div class="prose article__body" dangerouslySetInnerHTML={{ __html: rebaseMediaUrls(completeCareCards(article.bodyHtml, site.country), site.basePath) }} />
      )}
      {article.tags.length > 0 && (
        <section class="tags" aria-labelledby="tags-heading">
          <h2 id="tags-heading" class="tags__heading">Tags</h2>
          <ul class="tags__list">
            {article.tags.map((tag) => (
              <li>
                <a href={sitePath(site, paths.tag(tag.slug))}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Sources article={article} />
    </article>
  );
}

/** The article element alone as HTML, for the editor's preview pane (the same view readers get). */
export function renderArticleFragment(site: SiteContext, article: Article): string {
  return renderToString(<ArticleMain site={site} article={article} />);
}

/** Topic and question type above the title, so a reader landing from search sees the context. */
function ArticleKicker({ site, article }: { site: SiteContext; article: Article }) {
  if (!article.topic && !article.questionType) return null;
  return (
    <p class="article__kicker">
      {article.topic && (
        <a href={sitePath(site, paths.topic(article.topic.slug))}>
          <span class="visually-hidden">Topic: </span>
          {displayTopicName(article.topic.name)}
        </a>
      )}
      {article.topic && article.questionType && <span aria-hidden="true"> · </span>}
      {article.questionType && <span class="article__type">{questionTypeLabel(article.questionType)}</span>}
    </p>
  );
}
