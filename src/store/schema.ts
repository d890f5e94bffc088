import type { Generated } from 'kysely';

/** Table shapes as Kysely sees them. JSON columns are text so SQLite and PostgreSQL agree. */
export interface Database {
  categories: CategoryTable;
  topics: TopicTable;
  tags: TagTable;
  articles: ArticleTable;
  article_tags: ArticleTagTable;
  article_terms: ArticleTermsTable;
  related: RelatedTable;
  related_overrides: RelatedOverrideTable;
  related_pending: RelatedPendingTable;
  related_state: RelatedStateTable;
  content_state: ContentStateTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  one_time_links: OneTimeLinkTable;
  sign_in_attempts: SignInAttemptTable;
  audit_events: AuditEventTable;
  newsroom_articles: NewsroomArticleTable;
  article_revisions: ArticleRevisionTable;
  preview_links: PreviewLinkTable;
  redirects: RedirectTable;
  signoffs: SignoffTable;
  article_events: ArticleEventTable;
  article_feedback: ArticleFeedbackTable;
  media: MediaTable;
  rate_limit_windows: RateLimitWindowTable;
}

/** One row: the site's change sequence (migrations 004, 006) and the id of this database. */
export interface ContentStateTable {
  id: number;
  change_seq: number;
  site_id: string;
}

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  name: string;
  parent_id: number | null;
  description: string | null;
  change_seq: Generated<number>;
}

export interface TopicTable {
  id: Generated<number>;
  slug: string;
  name: string;
  synonyms: string;
  semantic_group: string | null;
  summary: string | null;
  cuis: string;
  semantic_types: string;
  change_seq: Generated<number>;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticleTable {
  id: Generated<number>;
  slug: string;
  title: string;
  body_markdown: string;
  body_html: string;
  lead_text: string;
  topic_id: number | null;
  category_id: number | null;
  question_type: string | null;
  status: string;
  published_at: string | null;
  updated_at: string | null;
  last_reviewed_at: string | null;
  author: string | null;
  sources: string;
  provenance_id: string;
  source_site: string;
  source_url: string | null;
  licence: string;
  is_sample: number;
  has_answer: number;
  digest: string;
  created_at: string;
  modified_at: string;
  /** When a published article last left readers (migration 011): its address then answers 410. */
  withdrawn_at: Generated<string | null>;
  /** The change sequence this row last changed at; list_change_seq: its "Recommended" list. */
  change_seq: Generated<number>;
  list_change_seq: Generated<number>;
  /** Who last signed the live revision off (migration 013): shown to readers. */
  reviewer_name: Generated<string | null>;
  reviewer_credential: Generated<string | null>;
  /** The article's own review interval; null: the site's default. */
  review_interval_months: Generated<number | null>;
  /** The review due date an import set (migration 019: spread, or the source's); null: last reviewed plus the interval. */
  next_review_due: Generated<string | null>;
  /** The import source the article came from (`markdown:<folder>`): what `import --prune` compares against. */
  import_source: Generated<string | null>;
  /** The source's own reviewer: provenance, never shown as our sign-off. */
  source_reviewer_name: Generated<string | null>;
  source_reviewer_credential: Generated<string | null>;
  /** 'article' or 'page' (migration 018; content/article-kind.ts). */
  kind: Generated<string>;
}

export interface ArticleTagTable {
  article_id: number;
  tag_id: number;
}

/** One entry of an article's stored "Recommended" list (see docs/content-model.md). */
export interface RelatedTable {
  article_id: number;
  /** 1-based. */
  position: number;
  related_id: number;
  score: number;
  /** JSON: RelatedReason. */
  reason: string;
}

/** An editor's pin ('pin', at a 1-based position or after the other pins) or exclusion ('exclude'). */
export interface RelatedOverrideTable {
  article_id: number;
  target_id: number;
  kind: string;
  position: number | null;
  created_at: string;
}

/** An article's terms for the recommender (migration 005), encoded by related/term-extraction. */
export interface ArticleTermsTable {
  article_id: number;
  terms: string;
}

/** Outbox: articles written since their lists were last computed. */
export interface RelatedPendingTable {
  article_id: number;
}

/** One row: a counter bumped whenever lists are saved, so a kept model knows it is stale. */
export interface RelatedStateTable {
  id: number;
  generation: number;
}

/** Accounts (migration 007). Emails lowercased; booleans 0/1; secrets only as SHA-256 hex. */
export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  disabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** An article's working copy in the newsroom (migration 008); `articles` stays the live copy. */
export interface NewsroomArticleTable {
  article_id: number;
  state: string;
  owner_user_id: number | null;
  working_revision: number;
  live_revision: number | null;
  working_title: string;
  working_slug: string;
  lock_user_id: number | null;
  lock_heartbeat_at: string | null;
  lock_taken_from_user_id: number | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  /** Schedule (migration 013): ISO instants; `schedule_held` says why a due publication was held. */
  publish_at: Generated<string | null>;
  unpublish_at: Generated<string | null>;
  schedule_held: Generated<string | null>;
}

/** A reviewer's clinical sign-off of one revision (migration 013). */
export interface SignoffTable {
  id: Generated<number>;
  article_id: number;
  revision: number;
  reviewer_user_id: number;
  reviewer_name: string;
  credential: string;
  note: string | null;
  checked_sources: Generated<string>;
  signed_at: string;
}

/** One workflow step on an article's timeline, with its comment (migration 013). */
export interface ArticleEventTable {
  id: Generated<number>;
  article_id: number;
  revision: number | null;
  action: string;
  from_state: string | null;
  to_state: string | null;
  actor_user_id: number | null;
  comment: string | null;
  at: string;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  csrf_secret: string;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface OneTimeLinkTable {
  token_hash: string;
  purpose: string;
  user_id: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SignInAttemptTable {
  key: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  action: string;
  actor_user_id: number | null;
  subject: string | null;
  detail: string | null;
  client_ip: string | null;
}

/** One saved version of one article (migration 008); `fields` is JSON: editorial/article-draft.ts ArticleFields. */
export interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  number: number;
  kind: string;
  fields: string;
  author_user_id: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
  /** JSON: editorial/readability.ts ReadabilityReport of the body (migration 014); null before it. */
  readability: string | null;
}

/** Shareable preview links (migration 009): the token only as its SHA-256. */
export interface PreviewLinkTable {
  id: Generated<number>;
  article_id: number;
  token_hash: string;
  token_hint: string;
  created_by_user_id: number | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** Moved addresses (migration 012): `/articles/old` → `/articles/new`, chains collapsed. */
export interface RedirectTable {
  from_path: string;
  to_path: string;
  created_at: string;
}

/** Reader feedback (migration 015): nothing about who answered; `helpful` is 1 or 0, `day` YYYY-MM-DD. */
export interface ArticleFeedbackTable {
  id: Generated<number>;
  article_id: number;
  helpful: number;
  comment: string | null;
  day: string;
}

/** The media store (migration 016): one row per image, files on disk named by `content_hash`. */
export interface MediaTable {
  id: Generated<number>;
  content_hash: string;
  original_name: string;
  alt_text: string;
  width: number;
  height: number;
  mime: string;
  ext: string;
  created_by: number | null;
  created_at: string;
}

/** One rate-limit window (migration 021): its end in milliseconds since the epoch (bigint: PostgreSQL returns them as text). */
export interface RateLimitWindowTable {
  key: string;
  ends_ms: number | string;
  hits: number;
}
