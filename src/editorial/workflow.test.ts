import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../accounts/roles.js';
import {
  NEWSROOM_STATES, type NewsroomState, type SignoffStanding, transition, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowStep, type WorkflowSubject,
} from './workflow.js';

const ME = 7;
const NOW = new Date('2026-12-05T12:00:00Z');
const LATER = '2026-12-06T09:00:00Z';

function subject(state: NewsroomState, overrides: Partial<WorkflowSubject> = {}): WorkflowSubject {
  const live = state === 'published';
  return {
    state, ownerId: ME, everPublished: live || state === 'unpublished', isLive: live, hasPendingChanges: true,
    signoff: 'current', reviewRequired: true, ...overrides,
  };
}

/** A step as a form would send it: schedule with a time, request changes with a comment. */
function step(action: WorkflowAction): WorkflowStep {
  if (action === 'schedule') return { action, publishAt: LATER };
  if (action === 'request_changes') return { action, comment: 'Please cite the source of the dose' };
  return { action };
}

type Acts = Exclude<WorkflowAction, 'create'>;
const X = 'no'; // INVALID: the state does not allow it, whoever asks

// Where each step leads from each state for an admin (every permission), with a current
// sign-off and changes readers do not see yet. Rows are states, columns WORKFLOW_ACTIONS order.
const COLUMNS: Acts[] = ['save', 'submit', 'request_changes', 'approve', 'schedule', 'unschedule', 'publish', 'unpublish', 'archive', 'unarchive', 'delete', 'restore'];
const TABLE: Record<NewsroomState, Array<NewsroomState | 'deleted' | typeof X>> = {
  draft: ['draft', 'in_review', X, X, 'scheduled', X, 'published', X, 'archived', X, 'deleted', 'draft'],
  in_review: ['in_review', X, 'changes_requested', 'approved', 'scheduled', X, 'published', X, 'archived', X, 'deleted', 'in_review'],
  changes_requested: ['changes_requested', 'in_review', X, X, 'scheduled', X, 'published', X, 'archived', X, 'deleted', 'changes_requested'],
  approved: ['approved', X, 'changes_requested', X, 'scheduled', X, 'published', X, 'archived', X, 'deleted', 'approved'],
  scheduled: ['scheduled', X, 'changes_requested', X, 'scheduled', 'approved', 'published', X, 'archived', X, 'deleted', 'scheduled'],
  published: ['published', 'in_review', X, X, 'scheduled', X, 'published', 'unpublished', 'archived', X, 'deleted', 'published'],
  unpublished: ['unpublished', 'in_review', X, X, 'scheduled', X, 'published', X, 'archived', X, 'deleted', 'unpublished'],
  archived: [X, X, X, X, X, X, X, X, X, 'draft', 'deleted', X],
};

describe('workflow: every state × step', () => {
  it('covers every action but create in its columns', () => {
    assert.deepEqual([...COLUMNS].sort(), WORKFLOW_ACTIONS.filter((a) => a !== 'create').sort());
  });
  for (const state of NEWSROOM_STATES) {
    it(`from ${state}`, () => {
      COLUMNS.forEach((action, column) => {
        const expected = TABLE[state][column];
        const outcome = transition(subject(state), { userId: ME, role: 'admin' }, step(action), NOW);
        if (expected === X) {
          assert.equal(outcome.allowed, false, `${action} from ${state} should be refused`);
          assert.equal(!outcome.allowed && outcome.code, 'INVALID', `${action} from ${state}`);
          assert.ok(!outcome.allowed && outcome.reason.length > 10);
        } else {
          assert.deepEqual(outcome, { allowed: true, state: expected }, `${action} from ${state}`);
        }
      });
    });
  }
});

describe('workflow: who may take which step (the policy)', () => {
  // role → the steps it may take on someone else's never-published draft in review.
  const MAY: Record<Role, Acts[]> = {
    contributor: [],
    reviewer: ['request_changes', 'approve'],
    editor: ['save', 'request_changes', 'schedule', 'publish', 'archive', 'delete', 'restore'],
    admin: ['save', 'request_changes', 'approve', 'schedule', 'publish', 'archive', 'delete', 'restore'],
  };
  for (const role of Object.keys(MAY) as Role[]) {
    it(`${role}`, () => {
      for (const action of COLUMNS) {
        const outcome = transition(subject('in_review', { ownerId: 99 }), { userId: ME, role }, step(action), NOW);
        const forbidden = !outcome.allowed && outcome.code === 'FORBIDDEN';
        assert.equal(!forbidden, MAY[role].includes(action) || (!outcome.allowed && outcome.code !== 'FORBIDDEN'), `${role} ${action}: ${JSON.stringify(outcome)}`);
      }
    });
  }
  it('lets a contributor submit their own draft but never sign off or publish it', () => {
    const own = subject('draft', { everPublished: false });
    assert.deepEqual(transition(own, { userId: ME, role: 'contributor' }, 'submit', NOW), { allowed: true, state: 'in_review' });
    for (const action of ['approve', 'publish', 'schedule'] as const) {
      const outcome = transition(subject('in_review'), { userId: ME, role: 'contributor' }, step(action), NOW);
      assert.equal(!outcome.allowed && outcome.code, 'FORBIDDEN', action);
    }
  });
  it('does not let editors sign off clinically: that is a reviewer\'s', () => {
    const outcome = transition(subject('in_review'), { userId: ME, role: 'editor' }, 'approve', NOW);
    assert.equal(!outcome.allowed && outcome.permission, 'article.signoff');
  });
  it('lets contributors, editors and admins create, not reviewers', () => {
    assert.deepEqual(transition(null, { userId: ME, role: 'contributor' }, 'create', NOW), { allowed: true, state: 'draft' });
    const refused = transition(null, { userId: ME, role: 'reviewer' }, 'create', NOW);
    assert.equal(!refused.allowed && refused.permission, 'article.create');
  });
  it('needs the article for every action but create', () => {
    assert.throws(() => transition(null, { userId: ME, role: 'editor' }, 'publish', NOW), /needs the article/);
  });
});

describe('workflow: clinical review gate', () => {
  const editor = { userId: ME, role: 'editor' as const };
  const cases: Array<[SignoffStanding, boolean, 'allowed' | 'REVIEW_REQUIRED', RegExp | null]> = [
    ['current', true, 'allowed', null],
    ['none', true, 'REVIEW_REQUIRED', /no reviewer has signed off/],
    ['voided', true, 'REVIEW_REQUIRED', /voided by a later change/],
    ['none', false, 'allowed', null],
    ['voided', false, 'allowed', null],
  ];
  for (const [signoff, required, expected, reason] of cases) {
    for (const action of ['publish', 'schedule'] as const) {
      it(`${action} with sign-off ${signoff}, review ${required ? 'required' : 'off'} → ${expected}`, () => {
        const outcome = transition(subject('in_review', { signoff, reviewRequired: required }), editor, step(action), NOW);
        if (expected === 'allowed') assert.equal(outcome.allowed, true);
        else {
          assert.equal(!outcome.allowed && outcome.code, 'REVIEW_REQUIRED');
          assert.match(!outcome.allowed ? outcome.reason : '', reason!);
        }
      });
    }
  }
  it('sends approved content back to review when a save changes clinical content, not otherwise', () => {
    assert.deepEqual(transition(subject('approved'), editor, { action: 'save', clinicalChange: true }, NOW), { allowed: true, state: 'in_review' });
    assert.deepEqual(transition(subject('approved'), editor, { action: 'save', clinicalChange: false }, NOW), { allowed: true, state: 'approved' });
    // A scheduled article stays scheduled: its publication is held at its time instead.
    assert.deepEqual(transition(subject('scheduled'), editor, { action: 'save', clinicalChange: true }, NOW), { allowed: true, state: 'scheduled' });
  });
  it('counts a sign-off of a live article without pending changes as a whole-page review', () => {
    const reviewer = { userId: ME, role: 'reviewer' as const };
    assert.deepEqual(transition(subject('published', { hasPendingChanges: false }), reviewer, 'approve', NOW), { allowed: true, state: 'published' });
    const refused = transition(subject('published', { hasPendingChanges: true }), reviewer, 'approve', NOW);
    assert.match(!refused.allowed ? refused.reason : '', /submit it first/);
  });
  it('unschedules to approved, or to draft / published when the sign-off is gone', () => {
    assert.deepEqual(transition(subject('scheduled', { signoff: 'voided' }), editor, 'unschedule', NOW), { allowed: true, state: 'draft' });
    assert.deepEqual(transition(subject('scheduled', { signoff: 'none', isLive: true }), editor, 'unschedule', NOW), { allowed: true, state: 'published' });
  });
});

describe('workflow: bad input', () => {
  const editor = { userId: ME, role: 'editor' as const };
  const refusals: Array<[string, WorkflowStep, RegExp]> = [
    ['a publish time in the past', { action: 'schedule', publishAt: '2026-12-05T11:59:00Z' }, /publishAt: .* is in the past/],
    ['a publish time that is not a time', { action: 'schedule', publishAt: 'tomorrow' }, /publishAt: "tomorrow" is not a date/],
    ['no publish time', { action: 'schedule' }, /publishAt: required/],
    ['an unpublish time before the publish time', { action: 'schedule', publishAt: LATER, unpublishAt: '2026-12-06T08:00:00Z' }, /unpublishAt: .* must come after/],
    ['changes requested without saying which', { action: 'request_changes', comment: '  ' }, /a comment is required/],
  ];
  for (const [name, asked, message] of refusals) {
    it(`refuses ${name}, naming it`, () => {
      const outcome = transition(subject('in_review'), editor, asked, NOW);
      assert.equal(!outcome.allowed && outcome.code, 'INVALID');
      assert.match(!outcome.allowed ? outcome.reason : '', message);
    });
  }
  it('refuses to schedule what readers already see', () => {
    const outcome = transition(subject('published', { hasPendingChanges: false }), editor, step('schedule'), NOW);
    assert.match(!outcome.allowed ? outcome.reason : '', /nothing to schedule/);
  });
});
