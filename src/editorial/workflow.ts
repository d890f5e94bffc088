import { type Action, type ArticleSubject, authorize } from '../accounts/policy.js';
import type { Actor } from '../accounts/roles.js';

/**
 * The working copy's workflow state. A published article's pending changes go through the same
 * steps: while they do, readers keep the live revision (`isLive`) and the state says where the
 * changes stand.
 */
export const NEWSROOM_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived'] as const;
export type NewsroomState = (typeof NEWSROOM_STATES)[number];

export function isNewsroomState(value: string): value is NewsroomState {
  return (NEWSROOM_STATES as readonly string[]).includes(value);
}

export const WORKFLOW_ACTIONS = [
  'create', 'save', 'submit', 'request_changes', 'approve', 'schedule', 'unschedule', 'publish', 'unpublish', 'archive', 'unarchive', 'delete', 'restore',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The permission (accounts/policy.ts) each action needs. */
export const PERMISSION: Record<WorkflowAction, Action> = {
  create: 'article.create',
  save: 'article.edit',
  submit: 'article.submit',
  request_changes: 'article.review',
  approve: 'article.signoff',
  schedule: 'article.publish',
  unschedule: 'article.publish',
  publish: 'article.publish',
  unpublish: 'article.unpublish',
  archive: 'article.unpublish',
  unarchive: 'article.unpublish',
  delete: 'article.delete',
  restore: 'article.restore',
};

/** Where the working revision stands clinically (editorial/clinical-signoff.ts works it out). */
export type SignoffStanding = 'current' | 'voided' | 'none';

/** What the rules look at: the working copy's state, its owner, its reader-side standing and its sign-off. */
export interface WorkflowSubject extends ArticleSubject {
  state: NewsroomState;
  /** Readers can see a version of it right now (the live row is published). */
  isLive: boolean;
  /** The working revision differs from the one readers see (or there is no live one). */
  hasPendingChanges: boolean;
  signoff: SignoffStanding;
  /** The site setting "clinical review required" (HEALTHPRESS_CLINICAL_REVIEW). */
  reviewRequired: boolean;
}

/** One step as asked: the action and what some actions need. */
export interface WorkflowStep {
  action: WorkflowAction;
  /** Why: required when changes are requested; shown on the article's timeline. */
  comment?: string | null;
  /** save/restore: the new revision changes clinical content (voids a sign-off). */
  clinicalChange?: boolean;
  /** schedule: ISO instants. */
  publishAt?: string;
  unpublishAt?: string | null;
}

export type RefusalCode = 'FORBIDDEN' | 'INVALID' | 'REVIEW_REQUIRED';

/** 'deleted' is where delete leads: gone from readers and the newsroom's list. */
export type WorkflowOutcome =
  | { allowed: true; state: NewsroomState | 'deleted' }
  | { allowed: false; code: RefusalCode; permission: Action; reason: string };

const REVIEW_REASON: Record<Exclude<SignoffStanding, 'current'>, string> = {
  none: 'clinical review is required and no reviewer has signed off this revision',
  voided: 'clinical review is required and the sign-off was voided by a later change to clinical content',
};

/**
 * The newsroom's state machine: may `actor` take `step` on `subject` at `now`, and where does it
 * lead? Pure. Who may is the policy's (accounts/policy.ts): a refusal there is FORBIDDEN; whether
 * the state allows it is this table's: INVALID (the step makes no sense now, whoever asks), or
 * REVIEW_REQUIRED (publishing clinical content nobody signed off). `subject` is null for create.
 */
export function transition(subject: WorkflowSubject | null, actor: Actor, step: WorkflowStep | WorkflowAction, now: Date): WorkflowOutcome {
  const asked: WorkflowStep = typeof step === 'string' ? { action: step } : step;
  const permission = PERMISSION[asked.action];
  if (asked.action === 'create') {
    const decision = authorize(actor, permission);
    return decision.allowed ? { allowed: true, state: 'draft' } : { allowed: false, code: 'FORBIDDEN', permission, reason: decision.reason };
  }
  if (!subject) throw new Error(`transition: "${asked.action}" needs the article it acts on`);
  const decision = authorize(actor, permission, { ownerId: subject.ownerId, everPublished: subject.everPublished });
  if (!decision.allowed) return { allowed: false, code: 'FORBIDDEN', permission, reason: decision.reason };
  const next = nextState(subject, asked, now);
  if (typeof next === 'string') return { allowed: true, state: next };
  return { allowed: false, code: next.code ?? 'INVALID', permission, reason: next.refused };
}

type Refusal = { refused: string; code?: RefusalCode };

function nextState(subject: WorkflowSubject, step: WorkflowStep, now: Date): NewsroomState | 'deleted' | Refusal {
  const { state } = subject;
  if (state === 'archived' && !['unarchive', 'delete'].includes(step.action)) return { refused: 'the article is archived: unarchive it first' };
  switch (step.action) {
    case 'create':
      return 'draft';
    // Editing keeps the state, except that a clinical change to approved content sends it back
    // for review: the sign-off it had no longer covers it. A scheduled article stays scheduled and
    // is held at its time instead (never published silently).
    case 'save':
    case 'restore':
      return state === 'approved' && step.clinicalChange ? 'in_review' : state;
    case 'submit':
      if (state === 'in_review') return { refused: 'the article is already in review' };
      if (state === 'approved' || state === 'scheduled') return { refused: `the article is already ${state}` };
      if (!subject.hasPendingChanges) return { refused: 'readers already see this revision: there are no changes to review' };
      return 'in_review';
    case 'request_changes':
      if (blank(step.comment)) return { refused: 'say what should change: a comment is required' };
      return state === 'in_review' || state === 'approved' || state === 'scheduled' ? 'changes_requested' : { refused: `only an article in review can be sent back (it is ${label(state)})` };
    case 'approve':
      // A live article without pending changes: the reviewer completes a whole-page review of what readers see.
      if (state === 'published' && !subject.hasPendingChanges) return 'published';
      return state === 'in_review' ? 'approved' : { refused: `only an article in review can be signed off (it is ${label(state)}; submit it first)` };
    case 'schedule': {
      const problem = scheduleProblem(step, now);
      if (problem) return { refused: problem };
      if (!subject.hasPendingChanges && subject.isLive) return { refused: 'readers already see this revision: there is nothing to schedule' };
      return reviewGate(subject) ?? 'scheduled';
    }
    case 'unschedule':
      if (state !== 'scheduled') return { refused: 'the article is not scheduled' };
      return subject.signoff === 'current' ? 'approved' : subject.isLive ? 'published' : 'draft';
    case 'publish':
      return reviewGate(subject) ?? 'published';
    case 'unpublish':
      return subject.isLive ? 'unpublished' : { refused: 'readers cannot see the article: there is nothing to unpublish' };
    case 'archive':
      return 'archived';
    case 'unarchive':
      return state === 'archived' ? 'draft' : { refused: 'the article is not archived' };
    case 'delete':
      return 'deleted';
  }
}

/** Why content with this sign-off may not be published (now or later), or null when it may. */
export function reviewRequiredReason(signoff: SignoffStanding, reviewRequired: boolean): string | null {
  return !reviewRequired || signoff === 'current' ? null : REVIEW_REASON[signoff];
}

/** Publishing (now or later) needs a current sign-off while the site requires clinical review. */
function reviewGate(subject: WorkflowSubject): Refusal | null {
  const reason = reviewRequiredReason(subject.signoff, subject.reviewRequired);
  return reason === null ? null : { refused: reason, code: 'REVIEW_REQUIRED' };
}

function scheduleProblem(step: WorkflowStep, now: Date): string | null {
  if (step.publishAt === undefined) return 'publishAt: required (when to publish)';
  const at = Date.parse(step.publishAt);
  if (Number.isNaN(at)) return `publishAt: "${step.publishAt}" is not a date and time`;
  if (at <= now.getTime()) return `publishAt: ${step.publishAt} is in the past (now is ${now.toISOString()}); publish now instead`;
  if (step.unpublishAt !== undefined && step.unpublishAt !== null) {
    const until = Date.parse(step.unpublishAt);
    if (Number.isNaN(until)) return `unpublishAt: "${step.unpublishAt}" is not a date and time`;
    if (until <= at) return `unpublishAt: ${step.unpublishAt} must come after publishAt (${step.publishAt})`;
  }
  return null;
}

function blank(text: string | null | undefined): boolean {
  return text === undefined || text === null || text.trim() === '';
}

export function label(state: NewsroomState): string {
  return state.replace('_', ' ');
}
