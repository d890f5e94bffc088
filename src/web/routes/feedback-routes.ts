import fastifyFormbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendFeedback } from '../../app/reader-feedback.js';
import type { FeedbackStore } from '../../editorial/feedback-store.js';
import { AppError, ERROR_STATUS, forbidden, notFound, rateLimited } from '../../errors.js';
import type { PublishedCatalogue } from '../published-catalogue.js';
import { type SlugParams, slugParams } from '../route-schemas.js';
import { type SiteContext, paths, renderErrorPage, renderFeedbackProblemPage, renderFeedbackThanksPage, sitePath, type FeedbackProblem } from '../views/index.js';

export interface FeedbackRouteOptions {
  /** Answers one client may send per hour (counted in memory by address, never stored). */
  perHour: number;
  /** Injected so tests decide the day an answer is kept under. */
  now?: () => Date;
}

/** Two short fields: a 500-character comment of non-Latin text, percent-encoded, is about 4.5 KiB; nothing needs more. */
export const FEEDBACK_BODY_LIMIT = 8 * 1024;

const feedbackBody = {
  type: 'object',
  required: ['helpful'],
  properties: { helpful: { type: 'string', enum: ['yes', 'no'] }, comment: { type: 'string' } },
} as const;

interface FeedbackBody {
  helpful: 'yes' | 'no';
  comment?: string;
}

/**
 * "Is this page helpful?": `POST /articles/:slug/feedback` (a form post, or the same fields from
 * feedback.js asking for JSON) and the thank-you page it leads to. Outside the page cache's
 * context, so nothing here is ever cached, and it sets and reads no cookie. Abuse is bounded by a
 * per-client rate limit (kept in memory only), a small body limit, and refusing posts that a
 * browser says come from another site (Origin / Sec-Fetch-Site), so another site cannot have its
 * visitors' browsers answer for them.
 */
export function feedbackRoutes(ports: { catalogue: PublishedCatalogue; feedback: FeedbackStore }, site: SiteContext, options: FeedbackRouteOptions) {
  const now = options.now ?? (() => new Date());
  const ownOrigin = new URL(site.baseUrl).origin;
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(fastifyFormbody, { bodyLimit: FEEDBACK_BODY_LIMIT });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        rateLimited(`You have sent a lot of feedback from your connection in a short time. Please wait ${Math.max(1, Math.ceil(context.ttl / 60_000))} minutes, then try again.`),
    });
    app.setErrorHandler((error, request, reply) => answerProblem(request, reply, error, site));

    app.post<{ Params: SlugParams; Body: FeedbackBody }>('/articles/:slug/feedback', {
      bodyLimit: FEEDBACK_BODY_LIMIT,
      schema: { params: slugParams, body: feedbackBody },
      config: { rateLimit: { max: options.perHour, timeWindow: '1 hour' } },
    }, async (request, reply) => {
      refuseOtherSites(request, ownOrigin);
      const article = await sendFeedback(ports, {
        slug: request.params.slug, helpful: request.body.helpful === 'yes', ...(request.body.comment === undefined ? {} : { comment: request.body.comment }), now: now().toISOString(),
      });
      reply.header('cache-control', 'no-store');
      if (wantsJson(request)) return reply.code(201).send({ ok: true, message: 'Thank you for your feedback.' });
      return reply.code(303).header('location', sitePath(site, paths.articleFeedbackThanks(article.slug))).send();
    });

    app.get<{ Params: SlugParams }>('/articles/:slug/feedback/thanks', { schema: { params: slugParams } }, async (request, reply) => {
      const article = await ports.catalogue.findArticleBySlug(request.params.slug);
      if (!article) throw notFound(`article "${request.params.slug}"`);
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderFeedbackThanksPage(site, article));
    });
  };
}

/** feedback.js asks for JSON; a plain form post gets pages. */
function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/**
 * A browser names where a post comes from; one from another site is refused. Clients that say
 * nothing (curl, a script) are still bound by the rate limit.
 */
function refuseOtherSites(request: FastifyRequest, ownOrigin: string): void {
  const fetchSite = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const crossSite = (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') || (origin !== undefined && origin !== ownOrigin);
  if (crossSite) throw forbidden('feedback', 'feedback is taken only from this site\'s own pages');
}

function answerProblem(request: FastifyRequest, reply: FastifyReply, error: unknown, site: SiteContext) {
  const known = asAppError(error);
  if (!known) {
    request.log.error({ err: error }, 'feedback failed');
    return reply.code(500).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderErrorPage(site, { status: 500 }));
  }
  const status = ERROR_STATUS[known.code];
  reply.code(status).header('cache-control', 'no-store');
  if (wantsJson(request)) {
    return reply.type('application/json; charset=utf-8').send({ error: { code: known.code, status, message: readerMessage(known), details: known.details ?? [] } });
  }
  if (status === 400 || status === 403 || status === 422 || status === 429) {
    const slug = (request.params as { slug?: unknown } | undefined)?.slug;
    const problem: FeedbackProblem = { status, message: readerMessage(known), slug: typeof slug === 'string' ? slug : null };
    return reply.type('text/html; charset=utf-8').send(renderFeedbackProblemPage(site, problem));
  }
  return reply.type('text/html; charset=utf-8').send(renderErrorPage(site, { status: status === 404 ? 404 : 500 }));
}

/** Errors raised by Fastify or a plugin (a body too large, a bad content type) by their status, as error-handling.ts does. */
function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error.code === 'INTERNAL' || error.code === 'CONFIG_INVALID' ? null : error;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const message = status === 413 ? `body: at most ${FEEDBACK_BODY_LIMIT} bytes` : status === 415 ? 'body: send the form as application/x-www-form-urlencoded or JSON' : error instanceof Error ? error.message : 'bad request';
  return new AppError(status === 404 ? 'NOT_FOUND' : status === 429 ? 'RATE_LIMITED' : 'BAD_REQUEST', message, [message]);
}

/** What a reader is told, in our words: each problem named, never their comment repeated. */
function readerMessage(error: AppError): string {
  const details = error.details ?? [];
  switch (error.code) {
    case 'BAD_REQUEST':
      if (details.some((d) => d.includes('"helpful"'))) return 'Please choose “Yes” or “No”, then send your feedback again.';
      return `The feedback was not sent in a form we understand (${details[0] ?? error.message}). Please go back and try again.`;
    case 'INVALID':
      return `Your comment could not be used: ${details.map((d) => d.replace(/^comment: /, '')).join('; ')}. Please go back, change it and send it again.`;
    case 'FORBIDDEN':
      return 'Feedback is taken only from the pages of this site. Please open the page on this site and answer there.';
    default:
      return error.message;
  }
}
