import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../accounts/roles.js';
import type { ArticleForEditing } from '../../app/newsroom/edit-article.js';
import type { NewsroomPorts } from '../../app/newsroom/newsroom-ports.js';
import { schedulePublication, unschedulePublication } from '../../app/newsroom/scheduling.js';
import { archiveArticle, requestChanges, signOff, unarchiveArticle } from '../../app/newsroom/workflow-steps.js';
import { sourceEvidence } from '../../editorial/source-checks.js';
import { AppError, ERROR_STATUS, invalid } from '../../errors.js';
import type { SiteContext } from '../views/site.js';
import { type AdminPrincipal, adminPageBase, requirePrincipal } from './admin-auth.js';
import { renderStepRefusedPage } from './views/step-refused-page.js';
import type { NameOf } from './people.js';
import { idParams } from './route-parts.js';
import { adminPaths } from './views/admin-paths.js';
import type { GovernancePanelData } from './views/governance-panel.js';
import { zonedWallTimeToIso } from './zoned-time.js';
import { candidateDue, REVIEW_INTERVAL_DEFAULT_MONTHS } from '../../editorial/review-dates.js';

const DEFAULT_TIME_ZONE = 'Europe/London';

/** The editor's review-and-publishing panel for one article, as `actor` may act on it. */
export async function governanceData(ports: NewsroomPorts, editing: ArticleForEditing, nameOf: NameOf, site: SiteContext, me: { actor: Actor; name: string }): Promise<GovernancePanelData> {
  const { copy, signoff, may } = editing;
  const events = await ports.newsroom.timeline(copy.articleId);
  const live = await ports.newsroom.liveArticle(copy.articleId);
  // The interval in force is the editor's once saved (null: the site default), else the live row's.
  const own = copy.working.fields.reviewIntervalMonths !== undefined ? copy.working.fields.reviewIntervalMonths : live?.reviewIntervalMonths ?? null;
  const mine = signoff.latest?.reviewerUserId === me.actor.userId ? signoff.latest : null;
  return {
    articleId: copy.articleId,
    revision: copy.working.number,
    signoff: { standing: signoff.standing, latest: signoff.latest },
    reviewRequiredReason: editing.reviewRequiredReason,
    schedule: copy.schedule,
    may: { requestChanges: may.request_changes, approve: may.approve, schedule: may.schedule, unschedule: may.unschedule, archive: may.archive, unarchive: may.unarchive },
    reviewer: { name: mine?.reviewerName ?? me.name, credential: mine?.credential ?? '' },
    sources: sourceEvidence(copy.working.fields, signoff.latest, ports.clock()).map((entry, index) => ({
      ...entry, publisher: copy.working.fields.sources[index]?.publisher ?? null,
    })),
    timeZone: site.timeZone ?? DEFAULT_TIME_ZONE,
    review: {
      lastReviewedAt: live?.lastReviewedAt ?? null,
      nextReviewDue: live ? candidateDue({ articleId: copy.articleId, title: '', slug: '', topicName: null, lastReviewedAt: live.lastReviewedAt, reviewIntervalMonths: own, nextReviewDue: live.nextReviewDue ?? null }) : null,
      intervalMonths: own ?? REVIEW_INTERVAL_DEFAULT_MONTHS,
      siteDefault: own === null,
    },
    sourceReviewedBy: live?.sourceReviewedBy ?? null,
    timeline: await Promise.all(events.map(async (event) => ({
      action: event.action, actor: event.actorUserId === null ? 'the scheduler' : await nameOf(event.actorUserId), at: event.at,
      comment: event.comment, toState: event.toState, revision: event.revision,
    }))).then((entries) => entries.reverse()),
  };
}

type WorkflowForm = {
  intent?: string; note?: string; baseRevision?: string; revision?: string; reviewerName?: string; credential?: string;
  checkedSources?: string | string[]; publishAt?: string; unpublishAt?: string;
};

/**
 * `POST /admin/articles/:id/workflow`: the panel's forms (intent = request_changes | approve |
 * schedule | unschedule | archive | unarchive), each through its use case. Refusals come back as
 * the admin's error pages (422 naming the field, 409 REVIEW_REQUIRED saying why).
 */
export function workflowPages(ports: () => NewsroomPorts, site: SiteContext, onScheduleChanged: () => void = () => {}) {
  return async (app: FastifyInstance) => {
    app.post('/admin/articles/:id/workflow', { schema: { params: idParams } }, async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id } = request.params as { id: number };
      try {
        await takeStep(principal, id, (request.body ?? {}) as WorkflowForm);
      } catch (error) {
        if (!(error instanceof AppError) || !['INVALID', 'REVIEW_REQUIRED', 'BAD_REQUEST'].includes(error.code)) throw error;
        return reply.code(ERROR_STATUS[error.code]).type('text/html; charset=utf-8').send(renderStepRefusedPage({
          ...adminPageBase(principal, reply, site), articleId: id, problems: error.details?.length ? error.details : [error.message], reviewRequired: error.code === 'REVIEW_REQUIRED',
        }));
      }
      return reply.redirect(`${site.basePath}${adminPaths.article(id)}`, 303);
    });

    async function takeStep(principal: AdminPrincipal, id: number, form: WorkflowForm): Promise<void> {
      const note = form.note?.trim() || null;
      const baseRevision = form.baseRevision ? Number(form.baseRevision) : undefined;
      const step = { articleId: id, note, ...(baseRevision ? { baseRevision } : {}) };
      switch (form.intent) {
        case 'request_changes':
          await requestChanges(ports(), principal.actor, step);
          break;
        case 'approve': {
          const checked = form.checkedSources === undefined ? [] : Array.isArray(form.checkedSources) ? form.checkedSources : [form.checkedSources];
          await signOff(ports(), principal.actor, {
            articleId: id, revision: Number(form.revision), reviewerName: form.reviewerName ?? principal.user.name, credential: form.credential ?? '', note, checkedSources: checked,
          });
          break;
        }
        case 'schedule': {
          const zone = site.timeZone ?? DEFAULT_TIME_ZONE;
          const publishAt = zonedWallTimeToIso(form.publishAt ?? '', zone);
          const unpublishAt = form.unpublishAt ? zonedWallTimeToIso(form.unpublishAt, zone) : null;
          const problems = [
            ...(publishAt ? [] : [`publishAt: "${form.publishAt ?? ''}" is not a date and time`]),
            ...(form.unpublishAt && !unpublishAt ? [`unpublishAt: "${form.unpublishAt}" is not a date and time`] : []),
          ];
          if (problems.length > 0) throw invalid(problems);
          await schedulePublication(ports(), principal.actor, { ...step, publishAt: publishAt!, unpublishAt });
          onScheduleChanged();
          break;
        }
        case 'unschedule':
          await unschedulePublication(ports(), principal.actor, step);
          onScheduleChanged();
          break;
        case 'archive':
          await archiveArticle(ports(), principal.actor, step);
          break;
        case 'unarchive':
          await unarchiveArticle(ports(), principal.actor, step);
          break;
        default:
          throw new AppError('BAD_REQUEST', `intent: "${form.intent ?? ''}" is not a workflow step`, [`intent: "${form.intent ?? ''}" is not a workflow step`]);
      }
    }
  };
}
