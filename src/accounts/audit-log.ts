/**
 * The audit log: security and editorial events, newest first, filterable by admins. A port: the
 * stores implement it (every implementation runs audit-log.contract.ts); use cases record events
 * after the change they describe has been written.
 */
export const AUDIT_ACTIONS = [
  'user.signed-in',
  'user.sign-in-failed',
  'user.signed-out',
  'user.signed-out-everywhere',
  'user.setup-link-created',
  'user.reset-link-created',
  'user.created',
  'user.role-changed',
  'user.disabled',
  'user.password-reset',
  'token.created',
  'token.revoked',
  'article.created',
  'article.saved',
  'article.submitted',
  'article.changes-requested',
  'article.signed-off',
  'article.scheduled',
  'article.unscheduled',
  'article.schedule-held',
  'article.archived',
  'article.unarchived',
  'article.published',
  'article.unpublished',
  'article.deleted',
  'article.restored',
  'article.preview-link-created',
  'article.preview-link-revoked',
  'taxonomy.renamed',
  'taxonomy.slug-changed',
  'taxonomy.category-created',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  /** ISO time, from the injected clock. */
  at: string;
  action: AuditAction;
  /** Who acted; null when nobody is signed in (a failed sign-in, the first-run setup). */
  actorUserId: number | null;
  /** What it acted on, as `kind:id`: `article:12`, `user:3`, `token:5`, or `email:x@y` for a failed sign-in. */
  subject: string | null;
  /** A short note: the new role, a revision number, an editor's comment. */
  detail: string | null;
  /** The client's address, for security events from the web. */
  clientIp: string | null;
}

export interface StoredAuditEvent extends AuditEvent {
  id: number;
}

export interface AuditFilter {
  action?: AuditAction;
  actorUserId?: number;
  subject?: string;
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
  list(filter: AuditFilter): Promise<{ events: StoredAuditEvent[]; total: number }>;
}
