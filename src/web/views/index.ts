/**
 * The reader site's views. Each render* function returns a complete HTML document string;
 * the routes fetch data, choose the status code and send it as text/html.
 */
export type { Crumb, SiteContext, StaticExportSite } from './site.js';
export { absoluteUrl, paths, sitePath } from './site.js';
export { renderHomePage, type HomePageData } from './home-page.js';
export { renderArticlesIndexPage, renderCategoriesIndexPage } from './browse-pages.js';
export { renderArticleFragment, renderArticlePage, type ArticlePageData } from './article-page.js';
export { renderTopicPage, type TopicGroup, type TopicPageData } from './topic-page.js';
export { renderCategoryPage, type CategoryPageData } from './category-page.js';
export { renderTagPage, type TagPageData } from './tag-page.js';
export { renderAzIndexPage, type AzIndexPageData } from './az-index-page.js';
export { renderErrorPage, type ErrorPageData } from './error-page.js';
export { renderGonePage } from './gone-page.js';
export { renderFeedbackProblemPage, renderFeedbackThanksPage, type FeedbackProblem } from './feedback-pages.js';
export { renderSearchPage, searchPath, type SearchPageData } from './search-page.js';
export { SEARCH_MAX_LENGTH } from './search-form.js';
export { AZ_LETTERS, azLetterOf, azLetterPath, azLetterSlug, parseAzLetterSlug, selectAzEntries, type AzSelection } from './az.js';
export { pagePath } from './pagination.js';
export { serializeJsonLd } from './json-ld.js';
