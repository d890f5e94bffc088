/**
 * The admin's URL paths, without the base path (views add it with `sitePath`). The routes
 * engineer mounts handlers at these; admin.js gets the ones it calls from `data-*` attributes the
 * editor view writes, so the script never builds a URL itself.
 */
const id = (value: number): string => encodeURIComponent(String(value));

export const adminPaths = {
  home: (): string => '/admin',
  signIn: (): string => '/admin/sign-in',
  signOut: (): string => '/admin/sign-out',
  /** POST: ends every session of the signed-in user, on every device. */
  signOutEverywhere: (): string => '/admin/sign-out-everywhere',
  signedOut: (): string => '/admin/signed-out',
  setup: (): string => '/admin/setup',
  resetPassword: (): string => '/admin/reset-password',
  articles: (): string => '/admin/articles',
  newArticle: (): string => '/admin/articles/new',
  article: (articleId: number): string => `/admin/articles/${id(articleId)}`,
  /** POST (form data) → the reader's article view as server-sanitized HTML. */
  preview: (articleId: number): string => `/admin/articles/${id(articleId)}/preview`,
  /** POST (form data) → the readability panel of the unsaved fields, as HTML (admin.js follows typing with it). */
  readability: (articleId: number): string => `/admin/articles/${id(articleId)}/readability`,
  /** POST: take the soft lock over from whoever holds it. */
  takeOver: (articleId: number): string => `/admin/articles/${id(articleId)}/take-over`,
  readOnly: (articleId: number): string => `/admin/articles/${id(articleId)}?mode=read-only`,
  /** GET: the confirmation page; POST: delete. */
  deleteArticle: (articleId: number): string => `/admin/articles/${id(articleId)}/delete`,
  conflict: (articleId: number): string => `/admin/articles/${id(articleId)}/conflict`,
  revisions: (articleId: number): string => `/admin/articles/${id(articleId)}/revisions`,
  /** GET ?from=N&to=M */
  compare: (articleId: number): string => `/admin/articles/${id(articleId)}/compare`,
  restore: (articleId: number, revision: number): string => `/admin/articles/${id(articleId)}/revisions/${id(revision)}/restore`,
  /** GET: what readers said of the article (counts and comments). */
  articleFeedback: (articleId: number): string => `/admin/articles/${id(articleId)}/feedback`,
  previewLinks: (articleId: number): string => `/admin/articles/${id(articleId)}/preview-links`,
  articleWorkflow: (articleId: number): string => `/admin/articles/${id(articleId)}/workflow`,
  revokePreviewLink: (articleId: number, linkId: number): string => `/admin/articles/${id(articleId)}/preview-links/${id(linkId)}/revoke`,
  /** GET: the site pages (About, Privacy…); POST: a new one (its first save). */
  sitePages: (): string => '/admin/site-pages',
  newSitePage: (): string => '/admin/site-pages/new',
  taxonomy: (): string => '/admin/taxonomy',
  renameTopic: (topicId: number): string => `/admin/taxonomy/topics/${id(topicId)}/rename`,
  renameCategory: (categoryId: number): string => `/admin/taxonomy/categories/${id(categoryId)}/rename`,
  renameTag: (tagId: number): string => `/admin/taxonomy/tags/${id(tagId)}/rename`,
  /** POST `slug`: a new web address; the old one answers 301 to it. */
  topicSlug: (topicId: number): string => `/admin/taxonomy/topics/${id(topicId)}/slug`,
  categorySlug: (categoryId: number): string => `/admin/taxonomy/categories/${id(categoryId)}/slug`,
  /** POST: a new category (name, parentId, description). */
  createCategory: (): string => '/admin/taxonomy/categories',
  users: (): string => '/admin/users',
  userRole: (userId: number): string => `/admin/users/${id(userId)}/role`,
  userDisable: (userId: number): string => `/admin/users/${id(userId)}/disable`,
  userResetLink: (userId: number): string => `/admin/users/${id(userId)}/reset-link`,
  tokens: (): string => '/admin/tokens',
  revokeToken: (tokenId: number): string => `/admin/tokens/${id(tokenId)}/revoke`,
  audit: (): string => '/admin/audit',
  /** GET: the images page (upload form, list ?page=); POST (multipart `file`, `alt`): upload without JavaScript. */
  media: (): string => '/admin/media',
  /** POST (multipart `file`, `alt`) → the image's Markdown and URLs as JSON; GET ?limit&offset: the list. */
  apiMedia: (): string => '/api/admin/media',
  /** The Admin API (JSON), used by admin.js: PUT saves, GET reads. */
  apiArticle: (articleId: number): string => `/api/admin/articles/${id(articleId)}`,
  /** GET ?q=: topic names for the editor's topic field. */
  apiTopics: (): string => '/api/admin/topics',
  /** GET: one article's reader feedback as JSON. */
  apiArticleFeedback: (articleId: number): string => `/api/admin/articles/${id(articleId)}/feedback`,
  /** POST: the soft-lock heartbeat. */
  apiLock: (articleId: number): string => `/api/admin/articles/${id(articleId)}/lock`,
};
