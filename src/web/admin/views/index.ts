/** The admin's views, for the routes: each takes its view model (view-models.ts) and returns a whole HTML document. */
export { renderSignInPage, renderSetupPage, renderResetPasswordPage, renderSignedOutPage, SIGN_IN_FAILED } from './account-pages.js';
export { renderDashboardPage } from './dashboard-page.js';
export { renderArticleListPage } from './article-list-page.js';
export { renderEditorPage } from './editor-page.js';
export { renderConflictPage } from './conflict-page.js';
export { renderDeletePage } from './delete-page.js';
export { renderRevisionsPage, renderRevisionDiffPage } from './revisions-pages.js';
export { PreviewBanner, SharePreviewPanel } from './preview-parts.js';
export { renderReadabilityPanel } from './readability-panel.js';
export { renderUsersPage } from './users-page.js';
export { renderTokensPage } from './tokens-page.js';
export { renderAuditPage } from './audit-page.js';
export { renderTaxonomyPage } from './taxonomy-page.js';
export { renderAdminMessagePage } from './message-page.js';
export { renderArticleFeedbackPage } from './feedback-page.js';
export { adminPaths } from './admin-paths.js';
export { navItemsFor } from './admin-layout.js';
export type * from './view-models.js';
