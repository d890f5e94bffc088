export { absoluteUrl, paths, sitePath } from './site.js';
export { renderHomePage } from './home-page.js';
export { renderArticlePage } from './article-page.js';
export { renderTopicPage } from './topic-page.js';
export { renderCategoryPage } from './category-page.js';
export { renderTagPage } from './tag-page.js';
export { renderAzIndexPage } from './az-index-page.js';
export { renderErrorPage } from './error-page.js';
export { AZ_LETTERS, azLetterOf, azLetterPath, azLetterSlug, parseAzLetterSlug, selectAzEntries } from './az.js';
export { pagePath } from './pagination.js';
export { RECOMMENDED_LIMIT } from './recommended.js';
export { serializeJsonLd } from './json-ld.js';
//# sourceMappingURL=index.js.map