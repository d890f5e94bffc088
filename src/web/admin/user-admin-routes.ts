import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AUDIT_ACTIONS } from '../../accounts/audit-log.js';
import { createToken, listTokens, revokeToken } from '../../app/accounts/api-tokens.js';
import { listAuditEvents } from '../../app/accounts/audit-events.js';
import type { AccountsContext } from '../../app/accounts/context.js';
import { addUser, changeRole, disableUser, listUsers } from '../../app/accounts/manage-users.js';
import { createResetLink } from '../../app/accounts/one-time-links.js';
import { AppError } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { requirePermission, adminPageBase } from './admin-auth.js';
import { fieldErrors } from './account-routes.js';
import { adminPaths, type FieldErrors, renderAuditPage, renderTokensPage, renderUsersPage } from './views/index.js';
import { html, idParams } from './route-parts.js';

const AUDIT_PAGE = 50;
const text = { type: 'string', maxLength: 320 } as const;

/** Admin-only pages: users, API tokens, the audit log. Each route checks its permission first. */
export function userAdminRoutes(accounts: AccountsContext, site: SiteContext) {
  return async (app: FastifyInstance) => {
    const admin = (request: FastifyRequest, reply: FastifyReply, action: 'user.manage' | 'token.manage' | 'audit.read') => {
      const principal = requirePermission(request, action);
      return { principal, base: adminPageBase(principal, reply, site) };
    };
    const link = (path: string) => `${site.baseUrl.replace(/\/+$/, '')}${path}`;

    const usersPage = async (request: FastifyRequest, reply: FastifyReply, extra: { resetLink?: { userId: number; url: string; expiresAt: string }; errors?: FieldErrors; newUser?: { name?: string; email?: string } } = {}, status = 200) => {
      const { principal, base } = admin(request, reply, 'user.manage');
      const users = await listUsers(accounts, principal.actor);
      return html(reply, renderUsersPage({ ...base, users: users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabled, lastSignedInAt: null })), ...extra }), status);
    };

    app.get(adminPaths.users(), async (request, reply) => usersPage(request, reply));

    app.post(adminPaths.users(), { schema: { body: { type: 'object', required: ['email', 'role'], properties: { name: text, email: text, role: text, _csrf: { type: 'string' } } } } }, async (request, reply) => {
      const { principal } = admin(request, reply, 'user.manage');
      const body = request.body as { name?: string; email: string; role: string };
      try {
        const added = await addUser(accounts, principal.actor, { email: body.email, role: body.role, ...(body.name ? { name: body.name } : {}) });
        // No mail server: the new user sets a password through a one-time link, shown once here.
        const reset = await createResetLink(accounts, principal.actor, added.id);
        return usersPage(request, reply, { resetLink: { userId: added.id, url: link(reset.path), expiresAt: reset.expiresAt } });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return usersPage(request, reply, { errors: fieldErrors(error.details ?? []), newUser: { ...(body.name ? { name: body.name } : {}), email: body.email } }, 422);
      }
    });

    app.post('/admin/users/:id/role', { schema: { params: idParams, body: { type: 'object', required: ['role'], properties: { role: text, _csrf: { type: 'string' } } } } }, async (request, reply) => {
      const { principal } = admin(request, reply, 'user.manage');
      await changeRole(accounts, principal.actor, (request.params as { id: number }).id, (request.body as { role: string }).role);
      return reply.redirect(`${site.basePath}${adminPaths.users()}`, 303);
    });

    app.post('/admin/users/:id/disable', { schema: { params: idParams } }, async (request, reply) => {
      const { principal } = admin(request, reply, 'user.manage');
      await disableUser(accounts, principal.actor, (request.params as { id: number }).id);
      return reply.redirect(`${site.basePath}${adminPaths.users()}`, 303);
    });

    app.post('/admin/users/:id/reset-link', { schema: { params: idParams } }, async (request, reply) => {
      const { principal } = admin(request, reply, 'user.manage');
      const { id } = request.params as { id: number };
      const reset = await createResetLink(accounts, principal.actor, id);
      return usersPage(request, reply, { resetLink: { userId: id, url: link(reset.path), expiresAt: reset.expiresAt } });
    });

    const tokensPage = async (request: FastifyRequest, reply: FastifyReply, extra: { created?: { name: string; secret: string }; errors?: FieldErrors } = {}, status = 200) => {
      const { principal, base } = admin(request, reply, 'token.manage');
      const [tokens, users] = await Promise.all([listTokens(accounts, principal.actor), listUsers(accounts, principal.actor)]);
      return html(reply, renderTokensPage({
        ...base, ...extra,
        tokens: tokens.filter((t) => !t.revokedAt).map((t) => ({ id: t.id, name: t.name, userName: t.userEmail, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt })),
        userOptions: users.filter((u) => !u.disabled).map((u) => ({ value: String(u.id), label: `${u.name} (${u.role})` })),
      }), status);
    };

    app.get(adminPaths.tokens(), async (request, reply) => tokensPage(request, reply));

    app.post(adminPaths.tokens(), { schema: { body: { type: 'object', required: ['name', 'userId'], properties: { name: text, userId: { type: 'integer', minimum: 1 }, _csrf: { type: 'string' } } } } }, async (request, reply) => {
      const { principal } = admin(request, reply, 'token.manage');
      const body = request.body as { name: string; userId: number };
      try {
        const created = await createToken(accounts, principal.actor, { user: body.userId, name: body.name });
        return tokensPage(request, reply, { created: { name: created.record.name, secret: created.token } });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return tokensPage(request, reply, { errors: fieldErrors(error.details ?? []) }, 422);
      }
    });

    app.post('/admin/tokens/:id/revoke', { schema: { params: idParams } }, async (request, reply) => {
      const { principal } = admin(request, reply, 'token.manage');
      await revokeToken(accounts, principal.actor, (request.params as { id: number }).id);
      return reply.redirect(`${site.basePath}${adminPaths.tokens()}`, 303);
    });

    app.get(adminPaths.audit(), {
      schema: { querystring: { type: 'object', properties: {
        action: { type: 'string', enum: ['', ...AUDIT_ACTIONS] }, user: { type: 'string', pattern: '^[0-9]*$', maxLength: 12 },
        from: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' }, to: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' },
        page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
      } } },
    }, async (request, reply) => {
      const { principal, base } = admin(request, reply, 'audit.read');
      const query = request.query as { action?: string; user?: string; from?: string; to?: string; page: number };
      const found = await listAuditEvents(accounts, principal.actor, {
        ...(query.action ? { action: query.action as (typeof AUDIT_ACTIONS)[number] } : {}),
        ...(query.user ? { actorUserId: Number(query.user) } : {}),
        ...(query.from ? { from: `${query.from}T00:00:00.000Z` } : {}),
        ...(query.to ? { to: `${query.to}T23:59:59.999Z` } : {}),
        limit: AUDIT_PAGE, offset: (query.page - 1) * AUDIT_PAGE,
      });
      const users = await listUsers(accounts, principal.actor);
      const names = new Map(users.map((u) => [u.id, u.name]));
      return html(reply, renderAuditPage({
        ...base, filters: { ...(query.action ? { action: query.action } : {}), ...(query.user ? { user: query.user } : {}), ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) },
        userOptions: users.map((u) => ({ value: String(u.id), label: u.name })),
        rows: found.events.map((e) => ({ id: e.id, at: e.at, action: e.action, actor: e.actorUserId === null ? null : (names.get(e.actorUserId) ?? `user ${e.actorUserId}`), subject: e.subject, detail: e.detail, clientIp: e.clientIp })),
        total: found.total, page: query.page, pageCount: Math.max(1, Math.ceil(found.total / AUDIT_PAGE)),
      }));
    });
  };
}
