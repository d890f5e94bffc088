import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { renderErrorPage, type SiteContext } from './views/index.js';

const STATUS_BY_CODE: Record<string, number> = { NOT_FOUND: 404, BAD_REQUEST: 400 };

/**
 * One place maps errors to responses. Readers get a friendly page (or a JSON error on /api);
 * details of unexpected errors go to the log only, never to the response.
 */
export function installErrorHandling(app: FastifyInstance, site: SiteContext): void {
  app.setNotFoundHandler((request, reply) => respond(request, reply, 404, 'not found', site));

  app.setErrorHandler((error, request, reply) => {
    const known = error instanceof AppError ? STATUS_BY_CODE[error.code] : undefined;
    const fastifyStatus = (error as { statusCode?: number }).statusCode;
    const status = known ?? (fastifyStatus !== undefined && fastifyStatus >= 400 && fastifyStatus < 500 ? fastifyStatus : 500);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return respond(request, reply, status, status >= 500 ? 'internal error' : errorMessage(error), site);
  });
}

function respond(request: FastifyRequest, reply: FastifyReply, status: number, message: string, site: SiteContext) {
  reply.code(status).header('cache-control', 'no-store');
  if (request.url.startsWith('/api/')) {
    return reply.type('application/json; charset=utf-8').send({ error: { status, message } });
  }
  const page = status === 400 || status === 404 || status === 429 ? status : status >= 500 ? 500 : 404;
  return reply.type('text/html; charset=utf-8').send(renderErrorPage(site, { status: page }));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'bad request';
}
