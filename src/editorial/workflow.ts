import { type Action, type ArticleSubject, authorize } from '../accounts/policy.js';
import type { Actor } from '../accounts/roles.js';

/** The working copy's workflow state (the next issue adds scheduling and review sign-off). */
export const NEWSROOM_STATES = ['draft', 'in_review', 'published', 'unpublished'] as const;
export type NewsroomState = (typeof NEWSROOM_STATES)[number];

export function isNewsroomState(value: string): value is NewsroomState {
  return (NEWSROOM_STATES as readonly string[]).includes(value);
}

export const WORKFLOW_ACTIONS = ['create', 'save', 'submit', 'publish', 'unpublish', 'delete', 'restore'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** The permission (accounts/policy.ts) each action needs. */
export const PERMISSION: Record<WorkflowAction, Action> = {
  create: 'article.create',
  save: 'article.edit',
  submit: 'article.submit',
  publish: 'article.publish',
  unpublish: 'article.unpublish',
  delete: 'article.delete',
  restore: 'article.restore',
};

/** What the rules look at: the working copy's state, its owner, and its reader-side standing. */
export interface WorkflowSubject extends ArticleSubject {
  state: NewsroomState;
  /** Readers can see a version of it right now (the live row is published). */
  isLive: boolean;
}

/** 'deleted' is where delete leads: gone from readers and the newsroom's list. */
export type WorkflowOutcome =
  | { allowed: true; state: NewsroomState | 'deleted' }
  | { allowed: false; code: 'FORBIDDEN' | 'INVALID'; permission: Action; reason: string };

/**
 * The newsroom's state machine: may `actor` take `action` on `subject`, and where does it lead?
 * Pure. Who may is the policy's (accounts/policy.ts); whether the state allows it is this
 * table's: a refusal by the policy is FORBIDDEN, one by the state INVALID (the action makes no
 * sense now, whoever asks). `subject` is null for create.
 */
export function transition(subject: WorkflowSubject | null, actor: Actor, action: WorkflowAction): WorkflowOutcome {
  const permission = PERMISSION[action];
  if (action === 'create') {
    const decision = authorize(actor, permission);
    return decision.allowed ? { allowed: true, state: 'draft' } : { allowed: false, code: 'FORBIDDEN', permission, reason: decision.reason };
  }
  if (!subject) throw new Error(`transition: "${action}" needs the article it acts on`);
  const decision = authorize(actor, permission, { ownerId: subject.ownerId, everPublished: subject.everPublished });
  if (!decision.allowed) return { allowed: false, code: 'FORBIDDEN', permission, reason: decision.reason };
  const next = nextState(subject, action);
  return typeof next === 'string' ? { allowed: true, state: next } : { allowed: false, code: 'INVALID', permission, reason: next.refused };
}

function nextState(subject: WorkflowSubject, action: Exclude<WorkflowAction, 'create'>): NewsroomState | 'deleted' | { refused: string } {
  const { state } = subject;
  switch (action) {
    // Editing keeps the state: a published article carries unpublished changes until publish.
    case 'save':
    case 'restore':
      return state;
    case 'submit':
      return state === 'in_review' ? { refused: 'the article is already in review' } : 'in_review';
    // Publishing a published article again publishes its working revision (its changes).
    case 'publish':
      return 'published';
    case 'unpublish':
      return subject.isLive ? 'unpublished' : { refused: 'readers cannot see the article: there is nothing to unpublish' };
    case 'delete':
      return 'deleted';
  }
}
