/**
 * The admin's view models: plain data the routes fill and the views turn into HTML. Nothing here
 * reads a database or a request; a route loads what a page needs, decides permissions with
 * `authorize()`/`can()` (src/accounts/policy.ts), and passes the result in.
 *
 * Conventions shared by every page:
 * - Times are ISO strings (UTC); the views format them (en-GB, UTC) and put the ISO value in `<time datetime>`.
 * - Paths are without the base path (`/admin/articles/3`); the views add it with `sitePath`.
 * - `csrfToken` is put in a hidden `_csrf` field of every POST form, and in
 *   `<meta name="csrf-token">` for admin.js (which sends it as the `x-csrf-token` header).
 * - `errors` maps a field's name (the form field's `name`) to a message shown next to it and in
 *   the error summary at the top of the page; `errorOrder` of each page decides the summary's order.
 */
import type { Actor, Role } from '../../../accounts/roles.js';
import type { AuditAction } from '../../../accounts/audit-log.js';
import type { SiteContext } from '../../views/site.js';
import type { ReviewQueueSummary } from '../../../editorial/review-queue-summary.js';

/** Messages by form field name. */
export type FieldErrors = Partial<Record<string, string>>;

/** The signed-in user, as the layout shows them. */
export interface AdminUser extends Actor {
  name: string;
  email: string;
}

/** What every signed-in admin page needs. */
export interface AdminContext {
  site: SiteContext;
  user: AdminUser;
  csrfToken: string;
  /** A one-off notice after a redirect ("Article published"), shown under the heading. */
  flash?: string | null;
}

/** Pages shown to someone not signed in (sign-in, setup, reset, signed out). */
export interface PublicAdminContext {
  site: SiteContext;
  csrfToken: string;
}

// --- Sign-in and account pages ---------------------------------------------------------------

export interface SignInPageData extends PublicAdminContext {
  /** The email typed last time, so a failed attempt keeps it. Never the password. */
  email?: string;
  /**
   * True after a refused attempt. One message for an unknown email and a wrong password alike,
   * so the page does not tell whether an account exists.
   */
  failed?: boolean;
  /** Seconds to wait when sign-ins from this client or for this account are throttled. */
  retryAfterSeconds?: number | null;
  /** Where to go after signing in (a path under /admin), carried in a hidden `next` field. */
  next?: string | null;
}

export interface SetupPageData extends PublicAdminContext {
  /** The one-time setup token from the link, carried in a hidden `token` field. */
  token: string;
  /** When the link stops working (ISO). */
  expiresAt: string;
  values?: { name?: string; email?: string };
  /** Keys: name, email, password, confirm. */
  errors?: FieldErrors;
}

export interface ResetPasswordPageData extends PublicAdminContext {
  token: string;
  expiresAt: string;
  /** Whose password this is, to reassure them they followed the right link. */
  email: string;
  /** Keys: password, confirm. */
  errors?: FieldErrors;
}

// --- Articles --------------------------------------------------------------------------------

/**
 * Where an article stands in the newsroom. `published-changed` is a published article with a
 * newer saved revision readers do not see yet.
 */
export type ArticleState =
  | 'draft' | 'in-review' | 'changes-requested' | 'approved' | 'scheduled' | 'published' | 'published-changed' | 'unpublished' | 'archived';

export const ARTICLE_STATE_LABELS: Record<ArticleState, string> = {
  draft: 'Draft',
  'in-review': 'Waiting for review',
  'changes-requested': 'Changes requested',
  approved: 'Approved (signed off)',
  scheduled: 'Scheduled',
  archived: 'Archived',
  published: 'Published',
  'published-changed': 'Published, with unpublished changes',
  unpublished: 'Unpublished',
};

/** One row of an article table: dashboard lists and the article list. */
export interface ArticleRow {
  id: number;
  title: string;
  state: ArticleState;
  topic: string | null;
  /** Category path, top level first. */
  categoryPath: string[];
  author: string | null;
  /** Who changed it last (a user's name). */
  changedBy: string | null;
  /** When it last changed (ISO). */
  changedAt: string;
  /** The working revision's Flesch–Kincaid grade; null when not measured. Shown where the table is given a target. */
  readingGrade?: number | null;
}

export interface DashboardPageData extends AdminContext {
  myDrafts: ArticleRow[];
  waitingForReview: ArticleRow[];
  recentlyPublished: ArticleRow[];
  recentlyChanged: ArticleRow[];
  /** Shows the "New article" link (`can(actor, 'article.create')`). */
  canCreate: boolean;
  /** Every reader-feedback answer on the site counted; absent for whoever may not read feedback (`feedback.read`). */
  feedbackTotals?: { yes: number; no: number; articles: number } | null;
  /** The review queue in brief (editorial/review-queue-summary.ts); absent or null for whoever may not read it. */
  reviewQueue?: (ReviewQueueSummary & { withinDays: number }) | null;
  /** Scheduled publications held for want of a current sign-off, each linking to its editor. */
  heldSchedules?: Array<{ articleId: number; title: string; reason: string }>;
}

/** One article's reader feedback (`/admin/articles/:id/feedback`). */
export interface ArticleFeedbackPageData extends AdminContext {
  articleId: number;
  articleTitle: string;
  /** The reader's page, when the article is published. */
  readerUrl: string | null;
  yes: number;
  no: number;
  commentCount: number;
  /** Newest first; the page says when there are more than it shows. */
  comments: { helpful: boolean; comment: string; day: string }[];
  /** The site's threshold, in words for the page ("at least 5 answers, 40 % or more No"). */
  threshold: { minAnswers: number; noPercent: number };
}

export interface Option {
  value: string;
  label: string;
}

export interface ArticleListFilters {
  q?: string;
  status?: string;
  topic?: string;
  category?: string;
  author?: string;
  questionType?: string;
}

export interface ArticleListPageData extends AdminContext {
  filters: ArticleListFilters;
  /** Choices of each filter's select; the views add an "Any" option first. */
  options: {
    status: Option[];
    category: Option[];
    questionType: Option[];
  };
  rows: ArticleRow[];
  total: number;
  /** 1-based. */
  page: number;
  pageCount: number;
  canCreate: boolean;
  /** The site's reading grade target (HEALTHPRESS_READING_GRADE): the grade column says over or within it. */
  readingTarget: number;
}

/** One source row of the editor ('' for an empty field). */
export interface SourceFields {
  title: string;
  publisher: string;
  url: string;
  /** YYYY-MM-DD. */
  accessed: string;
  doi: string;
  pmid: string;
  /** Slugs of the body's `##` headings the source supports. */
  sections: string[];
}

/**
 * An article's editable fields. The same shape travels as JSON between admin.js and the Admin API
 * (docs/admin-editor.md); the plain form POST sends them as form fields of the same names, with
 * `tags` comma separated and the sources as repeated `sourceTitle`, `sourcePublisher`, `sourceUrl`,
 * `sourceAccessed`, `sourceDoi`, `sourcePmid` fields (one of each per row, in order; rows with all
 * of them empty are dropped) and each row's ticked sections as `sourceSections-<row index>`.
 */
export interface EditorFields {
  title: string;
  slug: string;
  /** True once the slug was edited by hand; until then the slug follows the title. */
  slugEdited: boolean;
  /** A topic name: an existing one or a new one. */
  topic: string;
  /** The value of one of `EditorPageData.categories` ('' for none). */
  category: string;
  tags: string[];
  /** A question type from `EditorPageData.questionTypes`, or ''. */
  questionType: string;
  summary: string;
  bodyMarkdown: string;
  sources: SourceFields[];
  author: string;
  /** "Review every N months" as typed; '' for the site's default. */
  reviewIntervalMonths: string;
}

/** The names of EditorFields, in the order the form shows them (and the error summary lists them). */
export const EDITOR_FIELD_ORDER = [
  'title', 'slug', 'topic', 'category', 'tags', 'questionType', 'summary', 'bodyMarkdown', 'sources', 'author', 'revisionNote',
] as const;

/** The buttons the editor shows; each is `can(actor, action, subject)` for this article. */
export interface EditorPermissions {
  save: boolean;
  submit: boolean;
  publish: boolean;
  unpublish: boolean;
  sharePreview: boolean;
  /** Shows the "Delete…" link to the confirmation page. */
  delete: boolean;
}

/** Someone else holds the soft lock. */
export interface LockHolder {
  name: string;
  /** Seconds since their last heartbeat. */
  lastSeenSecondsAgo: number;
}

export interface EditorPageData extends AdminContext {
  /** A site page (About, Privacy…): no topic, category, tags, question type or sources; a new one posts to `/admin/site-pages`. */
  sitePage?: boolean;
  /** The review and publishing panel (existing articles). */
  governance?: GovernancePanelData;
  /** Null for a new article (the form then posts to `/admin/articles`). */
  articleId: number | null;
  state: ArticleState;
  fields: EditorFields;
  revisionNote?: string;
  /** The revision these fields started from; 0 for a new article. */
  baseRevision: number;
  /** The last saved revision, for the status line. */
  lastSaved: { revision: number; at: string; by: string } | null;
  permissions: EditorPermissions;
  topics: string[];
  categories: Option[];
  questionTypes: Option[];
  errors?: FieldErrors;
  /** Someone else is editing: shows the soft-lock banner. */
  lockedBy?: LockHolder | null;
  /** Read-only mode: fields disabled, with this reason shown ("Ana is editing this article"). */
  readOnlyReason?: string | null;
  /** Someone took the lock over from this user: shows that banner. */
  takenOverBy?: string | null;
  /** The reader's article view rendered for the preview pane: server-sanitized HTML, or null. */
  previewHtml?: string | null;
  /** The share-preview panel, when `permissions.sharePreview`. */
  previewLinks?: Omit<SharePreviewPanelData, 'site' | 'csrfToken' | 'articleId'> | null;
  /** The readability panel: the saved revision's scores (admin.js then follows typing); null for a new article. */
  readability?: ReadabilityPanelData | null;
  /** Readers' answers counted, with a link to the feedback page: only for whoever may read feedback (`feedback.read`). */
  readerFeedback?: { yes: number; no: number } | null;
}

/** One sentence the readability panel lists: it raises the article's grade by `raises`. */
export interface HardSentenceView {
  text: string;
  /** The sentence's own Flesch–Kincaid grade. */
  grade: number;
  raises: number;
}

/** The readability panel's content (editorial/readability.ts ReadabilityReport, and the site's target). */
export interface ReadabilityPanelData {
  fleschKincaidGrade: number | null;
  smogGrade: number | null;
  sentences: number;
  words: number;
  hardest: HardSentenceView[];
  target: number;
  /** Whose scores: the saved revision's (without JavaScript, on load) or the text as typed (admin.js). */
  source: { kind: 'saved'; revision: number } | { kind: 'typed' };
}

// --- Differences, conflicts and revisions ----------------------------------------------------

/** One piece of a word-level difference (the shape `diff`'s diffWords gives). */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** One field compared between two versions. */
export interface FieldDiff {
  /** The field's name (an EditorFields key, or 'revisionNote'). */
  field: string;
  /** Shown to people: "Title", "Body". */
  label: string;
  changed: boolean;
  /** The older or "theirs" text, and the newer or "mine" text, as plain text. */
  before: string;
  after: string;
  /** Word-level parts from `before` to `after`. */
  parts: DiffPart[];
}

export interface ConflictPageData extends AdminContext {
  articleId: number;
  articleTitle: string;
  /** The revision this user started from. */
  baseRevision: number;
  /** The revision someone else saved meanwhile. */
  currentRevision: number;
  currentBy: string;
  currentAt: string;
  /** The fields as saved in `currentRevision` ("theirs") and as this user sent them ("mine"). */
  theirs: EditorFields;
  mine: EditorFields;
  /** Per field, from theirs (before) to mine (after). */
  diffs: FieldDiff[];
  /** For the "merge by hand" editor. */
  topics: string[];
  categories: Option[];
  questionTypes: Option[];
  permissions: EditorPermissions;
}

export const REVISION_KINDS = ['autosave', 'save', 'submitted', 'published', 'restored', 'imported'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionRow {
  number: number;
  kind: RevisionKind;
  by: string | null;
  at: string;
  note: string | null;
  /** Its Flesch–Kincaid grade as measured when it was written; null when not measured. */
  readingGrade?: number | null;
}

export interface RevisionsPageData extends AdminContext {
  articleId: number;
  articleTitle: string;
  /** Newest first. */
  revisions: RevisionRow[];
  /** Shows "Restore this revision" (`can(actor, 'article.restore', subject)`). */
  canRestore: boolean;
}

export interface RevisionDiffPageData extends AdminContext {
  articleId: number;
  articleTitle: string;
  from: RevisionRow;
  to: RevisionRow;
  diffs: FieldDiff[];
}

export interface DeletePageData extends AdminContext {
  articleId: number;
  articleTitle: string;
  /** Readers can see it now: the page says what they lose. */
  isLive: boolean;
}

export interface PreviewBannerData {
  site: SiteContext;
  articleId: number;
  revision: number;
  /** A link back to the editor, shown to signed-in users only (null on a shared preview link). */
  editorPath?: string | null;
}

export interface PreviewLink {
  id: number;
  /** The token's last characters: the full URL is shown once, when the link is made (only its hash is stored). */
  hint: string;
  createdBy: string;
  expiresAt: string;
}

export interface SharePreviewPanelData {
  site: SiteContext;
  csrfToken: string;
  articleId: number;
  links: PreviewLink[];
  /** Choices of the expiry select, e.g. { value: '1d', label: '1 day' }. */
  expiryOptions: Option[];
  /** The link just made: its full URL, shown this once. */
  created?: { url: string; expiresAt: string } | null;
}

// --- Administration --------------------------------------------------------------------------

export interface UserRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  lastSignedInAt: string | null;
}

export interface UsersPageData extends AdminContext {
  users: UserRow[];
  /** A one-time reset link just created: shown once, for this user id. */
  resetLink?: { userId: number; url: string; expiresAt: string } | null;
  /** The add-user form's values and errors (keys: name, email, role). */
  newUser?: { name?: string; email?: string; role?: Role };
  errors?: FieldErrors;
}

export interface TokenRow {
  id: number;
  name: string;
  userName: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface TokensPageData extends AdminContext {
  tokens: TokenRow[];
  /** The users a token can act as (for admins creating one for someone). */
  userOptions: Option[];
  /** A token just created: its secret is shown once and never again. */
  created?: { name: string; secret: string } | null;
  /** Keys: name, userId. */
  errors?: FieldErrors;
  values?: { name?: string; userId?: string };
}

export interface AuditRow {
  id: number;
  at: string;
  action: AuditAction;
  /** The actor's name, or null for nobody signed in. */
  actor: string | null;
  subject: string | null;
  detail: string | null;
  clientIp: string | null;
}

export interface AuditPageData extends AdminContext {
  filters: { action?: string; user?: string; from?: string; to?: string };
  userOptions: Option[];
  rows: AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Keys: from, to (a date that cannot be read). */
  errors?: FieldErrors;
}

export interface TaxonomyItem {
  id: number;
  name: string;
  /** For categories: the path above it, e.g. ["Women's health"]; [] for a topic or a top level. */
  parentPath: string[];
  articleCount: number;
  /** Its slug (a category's whole slug, its parent's included); its address is the reader page's. */
  slug: string;
}

export interface TaxonomyPageData extends AdminContext {
  /** The name filter of topics and tags ('' for none). */
  q: string;
  /** One page of topics and one of tags (the same page number), every category. */
  topics: TaxonomyItem[];
  topicsTotal: number;
  tags: TaxonomyItem[];
  tagsTotal: number;
  categories: TaxonomyItem[];
  page: number;
  pageCount: number;
  /** The "Inside" choices of a new category: every category by its path. */
  parentOptions: Option[];
  /** Keyed `rename-topic-<id>` (…category…, …tag…), `slug-topic-<id>` (…category…) or `new-category-name` / `new-category-parent`. */
  errors?: FieldErrors;
  /** What was typed into a refused rename, by the same keys (never lost). */
  typed?: Record<string, string>;
  /** What was typed into a refused new category. */
  newCategory?: { name: string; parentId: string; description: string } | null;
}

export type AdminMessageStatus = 403 | 404 | 409;

export interface AdminMessagePageData extends AdminContext {
  status: AdminMessageStatus;
  /** For 403: the refusal's reason from `authorize()` ("contributors may act only on their own articles"). */
  reason?: string | null;
  /** Where to go next, e.g. back to the article. */
  back?: { path: string; label: string } | null;
}

export interface TimelineEntry {
  action: string;
  actor: string;
  at: string;
  comment: string | null;
  toState: string | null;
  revision: number | null;
}

/** One source in the review panel's evidence record (editorial/source-checks.ts). */
export interface SourceEvidenceEntry {
  /** What the sign-off form sends as checked: the URL, else doi:…, pmid:…, title:…. */
  key: string;
  title: string;
  publisher: string | null;
  /** When the last sign-off recorded it as checked, or null. */
  checkedAt: string | null;
  /** The sections it supports; heading null when the body no longer has it. */
  sections: Array<{ slug: string; heading: string | null }>;
  /** What a reviewer should look at, in words. */
  flags: Array<{ code: string; message: string }>;
}

/** The editor's "Review and publishing" panel: sign-off, the steps the actor may take, the schedule, the timeline. */
export interface GovernancePanelData {
  articleId: number;
  /** The working revision: what a sign-off signs. */
  revision: number;
  signoff: {
    standing: 'current' | 'voided' | 'none';
    latest: { reviewerName: string; credential: string; signedAt: string; revision: number; note: string | null } | null;
  };
  /** Why publishing is refused for want of a review, or null. */
  reviewRequiredReason: string | null;
  schedule: { publishAt: string | null; unpublishAt: string | null; held: string | null } | null;
  may: { requestChanges: boolean; approve: boolean; schedule: boolean; unschedule: boolean; archive: boolean; unarchive: boolean };
  /** Prefilled in the sign-off form: the reviewer's account name and last credential. */
  reviewer: { name: string; credential: string };
  /** The evidence record: each source of the working revision, when the last sign-off checked it, and its flags. */
  sources: SourceEvidenceEntry[];
  /** Schedule times are typed and shown in it. */
  timeZone: string;
  timeline: TimelineEntry[];
  /** The live article's review dates (absent: not known, as in fixtures): last reviewed, next due, the interval in force. */
  review?: { lastReviewedAt: string | null; nextReviewDue: string | null; intervalMonths: number; siteDefault: boolean };
  /** The import source's own reviewer (provenance): shown to editors as the source's claim, never as our sign-off. */
  sourceReviewedBy?: { name: string; credential: string } | null;
}
