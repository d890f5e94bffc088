import { AUDIT_ACTIONS, type AuditAction, type AuditFilter, type StoredAuditEvent } from '../../accounts/audit-log.js';
import { invalid } from '../../errors.js';
import { type AccountsContext, type Caller, requirePermission } from './context.js';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

export interface AuditQuery {
  action?: string;
  actorUserId?: number;
  subject?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** The audit log, newest first, filtered and paged (audit.read). Throws INVALID naming each bad filter. */
export async function listAuditEvents(context: AccountsContext, caller: Caller, query: AuditQuery = {}): Promise<{ events: StoredAuditEvent[]; total: number }> {
  requirePermission(caller, 'audit.read');
  const problems: string[] = [];
  if (query.action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(query.action)) problems.push(`action: unknown action "${query.action}"`);
  if (query.actorUserId !== undefined && !(Number.isInteger(query.actorUserId) && query.actorUserId > 0)) problems.push('actorUserId: must be a user id');
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && Number.isNaN(Date.parse(value))) problems.push(`${field}: "${value}" is not a date`);
  }
  const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX) problems.push(`limit: must be a whole number from 1 to ${AUDIT_PAGE_MAX}`);
  if (!Number.isInteger(offset) || offset < 0) problems.push('offset: must be a whole number from 0');
  if (problems.length > 0) throw invalid(problems);
  const filter: AuditFilter = { limit, offset };
  if (query.action !== undefined) filter.action = query.action as AuditAction;
  if (query.actorUserId !== undefined) filter.actorUserId = query.actorUserId;
  if (query.subject !== undefined) filter.subject = query.subject;
  // Stored times are ISO in UTC: compare in the same form, whatever the caller wrote.
  if (query.from !== undefined) filter.from = new Date(query.from).toISOString();
  if (query.to !== undefined) filter.to = new Date(query.to).toISOString();
  return context.stores.audit.list(filter);
}
