import fastifyCookie from '@fastify/cookie';
import type { SiteContext } from '../views/site.js';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Action, type ArticleSubject, authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import type { User } from '../../accounts/user-directory.js';
import type { AccountsContext } from '../../app/accounts/context.js';
import { authenticateToken } from '../../app/accounts/api-tokens.js';
import { authenticateSession } from '../../app/accounts/sessions.js';
import { forbidden, unauthenticated } from '../../errors.js';

/** Who is asking: a signed-in user (session cookie) or an integration (Bearer token, acting as its user). */
export interface AdminPrincipal {
  actor: Actor;
  user: User;
  via: 'session' | 'token';
  sessionId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: AdminPrincipal | null;
  }
}

export interface AdminAuthOptions {
  accounts: AccountsContext;
  /** Secure cookies when the site's base URL is https. */
  secureCookies: boolean;
  /** The site's base path ('' at the root): the cookies' path. */
  basePath: string;
}

export const SESSION_COOKIE = 'hp_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieOptions(options: AdminAuthOptions) {
  return { path: options.basePath || '/', httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies };
}

/**
 * Creates the admin's encapsulated context and lets `register` add routes to it. Every request
 * in it: the principal resolved (a Bearer token first, else the session cookie); a
 * state-changing request authenticated by cookie (or not at all: sign-in, setup) must carry the
 * CSRF token (double-submit: the secret in an HttpOnly cookie, the token in the form's `_csrf`
 * field or the `x-csrf-token` header, @fastify/csrf-protection); every response `no-store` and
 * `noindex`. The page cache never sees these routes: it stores only the reader routes' context.
 */
export async function adminContext(app: FastifyInstance, options: AdminAuthOptions, register: (admin: FastifyInstance) => Promise<void>): Promise<void> {
  await app.register(async (admin) => {
    await admin.register(fastifyCookie);
    await admin.register(fastifyFormbody);
    await admin.register(fastifyCsrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: 'hp_csrf',
      cookieOpts: sessionCookieOptions(options),
    });
    admin.decorateRequest('principal', null);
    admin.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
      request.principal = await resolvePrincipal(request, options.accounts);
    });
    // Who before what: an anonymous request to anything but the public routes (sign-in, setup) is
    // refused before its input is even validated, so it learns nothing about the route.
    admin.addHook('preValidation', async (request) => {
      if (!request.principal && !(request.routeOptions.config as { public?: boolean }).public) throw unauthenticated();
    });
    admin.addHook('preHandler', (request, reply, done) => {
      if (!STATE_CHANGING.has(request.method) || request.principal?.via === 'token') return done();
      admin.csrfProtection(request, reply, (error?: Error) => {
        // The plugin's own 403 carries no code from our catalogue.
        done(error ? forbidden('csrf', 'the form or request is missing its CSRF token, or it has expired: reload the page and try again') : undefined);
      });
    });
    await register(admin);
  });
}

async function resolvePrincipal(request: FastifyRequest, accounts: AccountsContext): Promise<AdminPrincipal | null> {
  const header = request.headers.authorization;
  if (header) {
    const found = await authenticateToken(accounts, header);
    // A wrong token is an error, not a fall-back to the cookie: the caller meant the token.
    if (!found) throw unauthenticated('the API token is unknown, revoked, or its user is disabled');
    return { actor: found.actor, user: found.user, via: 'token', sessionId: null };
  }
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) return null;
  const found = await authenticateSession(accounts, sessionId);
  return found ? { actor: found.actor, user: found.user, via: 'session', sessionId } : null;
}

/** The principal, or UNAUTHENTICATED (401 for the API; the admin pages redirect to sign-in). */
export function requirePrincipal(request: FastifyRequest): AdminPrincipal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

/** The principal, if the policy lets it take `action`; otherwise FORBIDDEN naming the permission. */
export function requirePermission(request: FastifyRequest, action: Action, subject?: ArticleSubject): AdminPrincipal {
  const principal = requirePrincipal(request);
  const decision = authorize(principal.actor, action, subject);
  if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
  return principal;
}

/** A fresh CSRF token for a form's `_csrf` field or the admin's `<meta name="csrf-token">`. */
export function csrfTokenFor(reply: FastifyReply): string {
  return reply.generateCsrf();
}


/** What every admin page's view needs of the request: the site, who is signed in, a CSRF token for its forms. */
export function adminPageBase(principal: AdminPrincipal, reply: FastifyReply, site: SiteContext) {
  return { site, user: { ...principal.actor, name: principal.user.name, email: principal.user.email }, csrfToken: csrfTokenFor(reply) };
}
