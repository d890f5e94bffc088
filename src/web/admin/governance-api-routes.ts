import type { FastifyInstance } from 'fastify';
import { authorize, can } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { getArticleForEditing } from '../../app/newsroom/edit-article.js';
import { type NewsroomPorts, openWorkingCopy, signoffOf } from '../../app/newsroom/newsroom-ports.js';
import { schedulePublication, unschedulePublication } from '../../app/newsroom/scheduling.js';
import { archiveArticle, requestChanges, signOff, unarchiveArticle } from '../../app/newsroom/workflow-steps.js';
import { forbidden } from '../../errors.js';
import { requirePrincipal } from './admin-auth.js';
import type { NameOf } from './people.js';
import { idParams } from './route-parts.js';

const note = { type: ['string', 'null'], maxLength: 2000 } as const;
const base = { type: 'integer', minimum: 1 } as const;

/**
 * The Admin API's governance steps (docs/admin-api.md): request changes, clinical sign-off of a
 * revision, scheduling, archiving, and the article's timeline. Every route acts through a use case
 * whose state machine checks the policy.
 */
export function governanceApiRoutes(ports: () => NewsroomPorts, names: () => NameOf, onScheduleChanged: () => void = () => {}) {
  return async (app: FastifyInstance) => {
    const actor = (request: Parameters<typeof requirePrincipal>[0]) => requirePrincipal(request).actor;
    const status = async (request: Parameters<typeof requirePrincipal>[0], id: number) => {
      const editing = await getArticleForEditing(ports(), actor(request), id).catch(() => null);
      return { id, status: editing?.copy.state ?? null, revision: editing?.copy.working.number ?? null, schedule: editing?.copy.schedule ?? null };
    };

    app.post('/api/admin/articles/:id/request-changes', {
      schema: { params: idParams, body: { type: 'object', required: ['note'], additionalProperties: false, properties: { baseRevision: base, note } } },
    }, async (request) => {
      const { id } = request.params as { id: number };
      await requestChanges(ports(), actor(request), { articleId: id, ...(request.body as { baseRevision?: number; note: string }) });
      return status(request, id);
    });

    app.post('/api/admin/articles/:id/signoff', {
      schema: {
        params: idParams,
        body: {
          type: 'object', required: ['revision', 'credential'], additionalProperties: false,
          properties: {
            revision: base, credential: { type: 'string', maxLength: 500 }, reviewerName: { type: 'string', maxLength: 500 }, note,
            checkedSources: { type: 'array', items: { type: 'string', maxLength: 2000 }, maxItems: 100 },
          },
        },
      },
    }, async (request) => {
      const { id } = request.params as { id: number };
      const body = request.body as { revision: number; credential: string; reviewerName?: string; note?: string | null; checkedSources?: string[] };
      const principal = requirePrincipal(request);
      const done = await signOff(ports(), principal.actor, { articleId: id, ...body, reviewerName: body.reviewerName ?? principal.user.name });
      return { ...(await status(request, id)), signedOff: body.revision, lastReviewedMoved: done.lastReviewedMoved };
    });

    app.post('/api/admin/articles/:id/schedule', {
      schema: {
        params: idParams,
        body: {
          type: 'object', required: ['at'], additionalProperties: false,
          properties: { at: { type: 'string', maxLength: 60 }, unpublishAt: { type: ['string', 'null'], maxLength: 60 }, baseRevision: base, note },
        },
      },
    }, async (request) => {
      const { id } = request.params as { id: number };
      const { at, ...rest } = request.body as { at: string; unpublishAt?: string | null; baseRevision?: number; note?: string | null };
      await schedulePublication(ports(), actor(request), { articleId: id, publishAt: at, ...rest });
      onScheduleChanged();
      return status(request, id);
    });

    const plain = { type: 'object', additionalProperties: false, properties: { baseRevision: base, note } } as const;
    const step = (path: string, run: (ports: NewsroomPorts, who: Actor, request: { articleId: number; baseRevision?: number; note?: string | null }) => Promise<unknown>) =>
      app.post(`/api/admin/articles/:id/${path}`, { schema: { params: idParams, body: plain } }, async (request) => {
        const { id } = request.params as { id: number };
        await run(ports(), actor(request), { articleId: id, ...((request.body ?? {}) as { baseRevision?: number; note?: string | null }) });
        if (path === 'unschedule') onScheduleChanged();
        return status(request, id);
      });
    step('unschedule', unschedulePublication);
    step('archive', archiveArticle);
    step('unarchive', unarchiveArticle);

    app.get('/api/admin/articles/:id/timeline', { schema: { params: idParams } }, async (request) => {
      const { id } = request.params as { id: number };
      const who = actor(request);
      const copy = await openWorkingCopy(ports(), id);
      const view = authorize(who, 'article.view', { ownerId: copy.ownerUserId, everPublished: copy.everPublished });
      if (!view.allowed) throw forbidden(view.permission, view.reason);
      const [events, signoffs, signoff] = await Promise.all([ports().newsroom.timeline(id), ports().newsroom.signoffs(id), signoffOf(ports(), copy)]);
      const nameOf = names();
      return {
        id, status: copy.state, revision: copy.working.number, schedule: copy.schedule,
        signoff: { standing: signoff.standing, latest: signoff.latest },
        signoffs,
        events: await Promise.all(events.map(async (event) => ({ ...event, actor: event.actorUserId === null ? 'scheduler' : await nameOf(event.actorUserId) }))),
      };
    });

    app.get('/api/admin/schedules/held', async (request) => {
      if (!can(actor(request), 'article.publish')) throw forbidden('article.publish', 'only editors and admins see held publications');
      return { items: await ports().newsroom.heldSchedules() };
    });
  };
}
