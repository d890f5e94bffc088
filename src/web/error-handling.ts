import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { AppError, ERROR_STATUS, type ErrorCode } from '../errors.js';
import { securityHeaderValues } from './security-headers.js';
import { renderErrorPage, type SiteContext } from './views/index.js';

/** The JSON every API error answers with: the catalogue's code and status, and a message for people. */
export interface ErrorBody {
  error: { code: ErrorCode; status: number; message: string };
}

/**
 * One place maps errors to responses, through the catalogue (errors.ts). Readers get a friendly
 * page (JSON on /api); details of unexpected errors go to the log only, never to the response.
 */
export function installErrorHandling(app: FastifyInstance, site: SiteContext): void {
  app.setNotFoundHandler((request, reply) => respond(request, reply, 'NOT_FOUND', 'not found', site));

  app.setErrorHandler((error, request, reply) => {
    const known = toAppError(error);
    if (!known) request.log.error({ err: error }, 'request failed');
    return known ? respond(request, reply, known.code, known.message, site) : respond(request, reply, 'INTERNAL', 'internal error', site);
  });
}

/**
 * What Fastify refuses before routing — a URL it cannot decode (`/%ff`), a path part over the
 * length limit — answered as the site answers any bad request: its 400 page (JSON on /api), with
 * the security headers every other response carries (no hook has run to set them), and nothing
 * that names the framework.
 */
export function frameworkErrorAnswer(site: SiteContext): NonNullable<FastifyServerOptions['frameworkErrors']> {
  return (error, request, reply) => {
    reply.headers(securityHeaderValues());
    const tooLong = (error as { code?: string }).code === 'FST_ERR_MAX_PARAM_LENGTH';
    return respond(request, reply, 'BAD_REQUEST', tooLong ? 'a part of the address is too long' : 'the address is not a valid URL', site);
  };
}

/**
 * Our own errors as they are; a client error Fastify or a plugin raised itself (a malformed URL,
 * a refused asset path) by its status — a refusal reads as "not found", which tells nothing about
 * what exists; anything else is unexpected (null).
 */
function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error.code === 'CONFIG_INVALID' || error.code === 'INTERNAL' ? null : error;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const message = error instanceof Error ? error.message : 'bad request';
  return new AppError(status === 404 || status === 403 ? 'NOT_FOUND' : status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST', message);
}

function respond(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, message: string, site: SiteContext) {
  const status = ERROR_STATUS[code];
  reply.code(status).header('cache-control', 'no-store');
  if (request.url.startsWith('/api/')) {
    const body: ErrorBody = { error: { code, status, message } };
    return reply.type('application/json; charset=utf-8').send(body);
  }
  return reply.type('text/html; charset=utf-8').send(renderErrorPage(site, { status }));
}
