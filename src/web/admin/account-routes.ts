import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountsContext } from '../../app/accounts/context.js';
import { completeReset, completeSetup } from '../../app/accounts/one-time-links.js';
import { hashSecret } from '../../app/accounts/secrets.js';
import { signIn, signOut, signOutEverywhere } from '../../app/accounts/sessions.js';
import { AppError } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { type AdminAuthOptions, SESSION_COOKIE, csrfTokenFor, requirePrincipal, sessionCookieOptions } from './admin-auth.js';
import { adminPaths, renderResetPasswordPage, renderSetupPage, renderSignInPage, renderSignedOutPage } from './views/index.js';
import { html } from './route-parts.js';

const redirect = (reply: FastifyReply, site: SiteContext, path: string) => reply.redirect(`${site.basePath}${path}`, 303);

/** Only a path inside the admin may follow sign-in: never another site (an open redirect). */
export function safeNext(next: unknown): string | null {
  return typeof next === 'string' && /^\/admin(\/[A-Za-z0-9\-._~/%?=&]*)?$/.test(next) && !next.startsWith('//') ? next : null;
}

const signInBody = {
  type: 'object', required: ['email', 'password'],
  properties: { email: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1024 }, next: { type: 'string', maxLength: 500 }, _csrf: { type: 'string' } },
} as const;
const setupBody = {
  type: 'object', required: ['token', 'email', 'password', 'confirm'],
  properties: { token: { type: 'string', maxLength: 100 }, name: { type: 'string', maxLength: 200 }, email: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1024 }, confirm: { type: 'string', maxLength: 1024 }, _csrf: { type: 'string' } },
} as const;
/** Routes for someone not signed in; every other admin route needs a principal (admin-auth.ts). */
const PUBLIC = { public: true };
const tokenParams = { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 100 } } } as const;

/** Sign-in, sign-out and the first-run setup page: the admin's only routes open to someone not signed in. */
export function accountRoutes(accounts: AccountsContext, site: SiteContext, auth: AdminAuthOptions) {
  const clientIp = (request: FastifyRequest) => request.ip;
  return async (app: FastifyInstance) => {
    app.get(adminPaths.signIn(), { config: PUBLIC, schema: { querystring: { type: 'object', properties: { next: { type: 'string', maxLength: 500 } } } } }, async (request, reply) => {
      if (request.principal) return redirect(reply, site, adminPaths.home());
      const next = safeNext((request.query as { next?: string }).next);
      return html(reply, renderSignInPage({ site, csrfToken: csrfTokenFor(reply), next }));
    });

    app.post(adminPaths.signIn(), { config: PUBLIC, schema: { body: signInBody } }, async (request, reply) => {
      const body = request.body as { email: string; password: string; next?: string };
      const next = safeNext(body.next);
      const result = await signIn(accounts, { email: body.email, password: body.password, clientIp: clientIp(request), userAgent: request.headers['user-agent'] ?? null });
      if (!result.ok) {
        const page = renderSignInPage({ site, csrfToken: csrfTokenFor(reply), email: body.email, failed: true, next,
          retryAfterSeconds: result.reason === 'throttled' ? result.retryAfterSeconds : null });
        if (result.reason === 'throttled') reply.header('retry-after', String(result.retryAfterSeconds));
        return html(reply, page, result.reason === 'throttled' ? 429 : 401);
      }
      reply.setCookie(SESSION_COOKIE, result.sessionId, { ...sessionCookieOptions(auth), expires: new Date(result.expiresAt) });
      return redirect(reply, site, next ?? adminPaths.home());
    });

    app.post(adminPaths.signOut(), { config: PUBLIC }, async (request, reply) => {
      if (request.principal?.sessionId) await signOut(accounts, request.principal.sessionId, clientIp(request));
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(auth));
      return redirect(reply, site, adminPaths.signedOut());
    });

    // Every device at once (a lost laptop, a shared computer): ends all of this user's sessions, this one too.
    app.post(adminPaths.signOutEverywhere(), async (request, reply) => {
      const principal = requirePrincipal(request);
      await signOutEverywhere(accounts, principal.actor);
      if (principal.via === 'session') reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(auth));
      return redirect(reply, site, adminPaths.signedOut());
    });

    app.get(adminPaths.signedOut(), { config: PUBLIC }, async (_request, reply) => html(reply, renderSignedOutPage({ site, csrfToken: csrfTokenFor(reply) })));

    app.get(`${adminPaths.setup()}/:token`, { config: PUBLIC, schema: { params: tokenParams } }, async (request, reply) => {
      const { token } = request.params as { token: string };
      const link = await accounts.stores.links.findUsable(hashSecret(token), 'setup', accounts.now().toISOString());
      if (!link || (await accounts.stores.users.countActiveAdmins()) > 0) throw new AppError('NOT_FOUND', 'this setup link has expired, was already used, or the site already has an admin');
      return html(reply, renderSetupPage({ site, csrfToken: csrfTokenFor(reply), token, expiresAt: link.expiresAt }));
    });

    // The form posts to /admin/setup with the link's token in a hidden field (the views' adminPaths).
    app.post(adminPaths.setup(), { config: PUBLIC, schema: { body: setupBody } }, async (request, reply) => {
      const body = request.body as { token: string; name?: string; email: string; password: string; confirm: string };
      const { token } = body;
      const link = await accounts.stores.links.findUsable(hashSecret(token), 'setup', accounts.now().toISOString());
      const again = (errors: Record<string, string>, status: number) =>
        html(reply, renderSetupPage({ site, csrfToken: csrfTokenFor(reply), token, expiresAt: link?.expiresAt ?? accounts.now().toISOString(), values: { name: body.name ?? '', email: body.email }, errors }), status);
      if (body.password !== body.confirm) return again({ confirm: 'The two passwords are not the same' }, 422);
      try {
        await completeSetup(accounts, { token, email: body.email, ...(body.name ? { name: body.name } : {}), password: body.password, clientIp: clientIp(request) });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return again(fieldErrors(error.details ?? [error.message]), 422);
      }
      const signedIn = await signIn(accounts, { email: body.email, password: body.password, clientIp: clientIp(request), userAgent: request.headers['user-agent'] ?? null });
      if (!signedIn.ok) return redirect(reply, site, adminPaths.signIn());
      reply.setCookie(SESSION_COOKIE, signedIn.sessionId, { ...sessionCookieOptions(auth), expires: new Date(signedIn.expiresAt) });
      return redirect(reply, site, adminPaths.home());
    });

    // A reset link (printed by `healthpress user reset-password`): a new password, then sign in with it.
    app.get('/admin/reset/:token', { config: PUBLIC, schema: { params: tokenParams } }, async (request, reply) => {
      const { token } = request.params as { token: string };
      const link = await accounts.stores.links.findUsable(hashSecret(token), 'reset', accounts.now().toISOString());
      const user = link?.userId != null ? await accounts.stores.users.findById(link.userId) : null;
      if (!link || !user || user.disabled) throw new AppError('NOT_FOUND', 'this reset link has expired or was already used; ask an administrator for a new one');
      return html(reply, renderResetPasswordPage({ site, csrfToken: csrfTokenFor(reply), token, expiresAt: link.expiresAt, email: user.email }));
    });

    app.post(adminPaths.resetPassword(), { config: PUBLIC, schema: { body: resetBody } }, async (request, reply) => {
      const body = request.body as { token: string; password: string; confirm: string };
      const link = await accounts.stores.links.findUsable(hashSecret(body.token), 'reset', accounts.now().toISOString());
      const user = link?.userId != null ? await accounts.stores.users.findById(link.userId) : null;
      const again = (errors: Record<string, string>) =>
        html(reply, renderResetPasswordPage({ site, csrfToken: csrfTokenFor(reply), token: body.token, expiresAt: link?.expiresAt ?? accounts.now().toISOString(), email: user?.email ?? '', errors }), 422);
      if (body.password !== body.confirm) return again({ confirm: 'The two passwords are not the same' });
      try {
        await completeReset(accounts, { token: body.token, password: body.password, clientIp: clientIp(request) });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'INVALID') throw error;
        return again(fieldErrors(error.details ?? [error.message]));
      }
      return redirect(reply, site, adminPaths.signIn());
    });
  };
}

const resetBody = {
  type: 'object', required: ['token', 'password', 'confirm'],
  properties: { token: { type: 'string', maxLength: 100 }, password: { type: 'string', maxLength: 1024 }, confirm: { type: 'string', maxLength: 1024 }, _csrf: { type: 'string' } },
} as const;

/** `field: reason` problems from the use cases → messages by form field. */
export function fieldErrors(problems: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const match = /^(\w+): (.*)$/.exec(problem);
    const field = match?.[1] === 'token' || !match ? 'password' : match[1]!;
    const text = match ? match[2]! : problem;
    errors[field] ??= text.charAt(0).toUpperCase() + text.slice(1);
  }
  return errors;
}
