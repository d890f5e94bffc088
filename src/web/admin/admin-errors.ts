import type { FastifyInstance } from 'fastify';
import { EditConflictError } from '../../app/newsroom/edit-conflict.js';
import { AppError, ERROR_STATUS, forbidden } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { adminPaths } from './views/index.js';

/**
 * The admin's error answers, before the site-wide handler (web/error-handling.ts) takes the rest:
 * - EDIT_CONFLICT carries both versions, so nothing typed is lost: `{ error, current, yours }`;
 * - an API error lists `details` (each field of a 422, the permission of a 403);
 * - a page asked for without signing in redirects to sign-in, coming back afterwards.
 */
export function installAdminErrors(admin: FastifyInstance, site: SiteContext): void {
  admin.setErrorHandler((error, request, reply) => {
    const api = request.url.startsWith('/api/');
    const csrfRefused = typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('FST_CSRF_');
    if (csrfRefused) error = forbidden('csrf', 'the form or request is missing its CSRF token, or it has expired: reload the page and try again');
    if (!(error instanceof AppError)) throw error;
    if (!api && error.code === 'UNAUTHENTICATED' && request.method === 'GET') {
      const next = encodeURIComponent(request.url);
      return reply.redirect(`${site.basePath}${adminPaths.signIn()}?next=${next}`, 303);
    }
    if (!api) throw error;
    const status = ERROR_STATUS[error.code];
    const body: Record<string, unknown> = { error: { code: error.code, status, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    if (error instanceof EditConflictError) {
      const { current, incoming } = error.conflict;
      body.current = current;
      body.yours = incoming;
    }
    return reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
  });
}
