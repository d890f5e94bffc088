import type { FastifyInstance } from 'fastify';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { reviewDueFor } from '../../app/newsroom/review-queue.js';
import type { FeedbackThreshold } from '../../editorial/reader-feedback.js';
import { requirePrincipal } from './admin-auth.js';

/**
 * `GET /api/admin/review-queue`: what `healthpress review due` lists, for integrations and the
 * admin: articles due by date, and those readers' "No" answers sent back (`feedbackThreshold`).
 */
export function reviewRoutes(ports: () => NewsroomPorts, feedbackThreshold: FeedbackThreshold) {
  return async (app: FastifyInstance) => {
    app.get('/api/admin/review-queue', {
      schema: {
        querystring: {
          type: 'object', additionalProperties: false,
          properties: {
            within: { type: 'integer', minimum: 0, maximum: 3650, default: 30 }, interval: { type: 'integer', minimum: 1, maximum: 1200, default: 12 },
            topic: { type: 'string', maxLength: 200 }, reviewer: { type: 'string', maxLength: 200 },
          },
        },
      },
    }, async (request) => {
      const { within, interval, topic, reviewer } = request.query as { within: number; interval: number; topic?: string; reviewer?: string };
      const items = await reviewDueFor(ports().newsroom, requirePrincipal(request).actor,
        { now: ports().clock().toISOString(), withinDays: within, intervalMonths: interval, ...(topic ? { topic } : {}), ...(reviewer ? { reviewer } : {}) },
        { store: ports().feedback, threshold: feedbackThreshold });
      // The date counts are of entries that are due by date, as before reader feedback could add entries.
      const count = (status: string) => items.filter((item) => item.status === status && item.reasons.includes('due-date')).length;
      return {
        items,
        counts: { neverReviewed: count('never-reviewed'), overdue: count('overdue'), dueSoon: count('due-soon'), readerFeedback: items.filter((item) => item.reasons.includes('reader-feedback')).length },
      };
    });
  };
}
