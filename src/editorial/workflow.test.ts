import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../accounts/roles.js';
import { NEWSROOM_STATES, type NewsroomState, transition, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowSubject } from './workflow.js';

const ME = 7;
const subject = (state: NewsroomState, own: boolean): WorkflowSubject => ({
  state,
  ownerId: own ? ME : 8,
  // 'published' and 'unpublished' have had a live revision; 'in_review' and 'draft' here have not.
  everPublished: state === 'published' || state === 'unpublished',
  isLive: state === 'published',
});

// What each state allows an editor (no ownership rule applies): the next state, or "no" (INVALID).
const EDITOR: Record<NewsroomState, Record<Exclude<WorkflowAction, 'create'>, NewsroomState | 'deleted' | 'no'>> = {
  draft: { save: 'draft', submit: 'in_review', publish: 'published', unpublish: 'no', delete: 'deleted', restore: 'draft' },
  in_review: { save: 'in_review', submit: 'no', publish: 'published', unpublish: 'no', delete: 'deleted', restore: 'in_review' },
  published: { save: 'published', submit: 'in_review', publish: 'published', unpublish: 'unpublished', delete: 'deleted', restore: 'published' },
  unpublished: { save: 'unpublished', submit: 'in_review', publish: 'published', unpublish: 'no', delete: 'deleted', restore: 'unpublished' },
};

// Contributors: only their own never-published articles, never publish or unpublish.
const CONTRIBUTOR_MAY = new Set<WorkflowAction>(['save', 'submit', 'delete', 'restore']);

describe('workflow: every state × action × role', () => {
  for (const role of ['contributor', 'reviewer', 'editor', 'admin'] as Role[]) {
    for (const state of NEWSROOM_STATES) {
      for (const own of [true, false]) {
        for (const action of WORKFLOW_ACTIONS.filter((a) => a !== 'create')) {
          const byState = EDITOR[state][action as Exclude<WorkflowAction, 'create'>];
          const permitted =
            role === 'editor' || role === 'admin'
              ? true
              : role === 'contributor' && own && !subject(state, own).everPublished && CONTRIBUTOR_MAY.has(action);
          const expected = !permitted ? 'FORBIDDEN' : byState === 'no' ? 'INVALID' : byState;
          it(`${role} ${action} on ${own ? 'own' : "other's"} ${state} → ${expected}`, () => {
            const outcome = transition(subject(state, own), { userId: ME, role }, action);
            if (outcome.allowed) assert.equal(outcome.state, expected);
            else {
              assert.equal(outcome.code, expected);
              assert.ok(outcome.permission.startsWith('article.'));
              assert.ok(outcome.reason.length > 10);
            }
          });
        }
      }
    }
  }
  it('lets contributors, editors and admins create, not reviewers', () => {
    assert.deepEqual(transition(null, { userId: ME, role: 'contributor' }, 'create'), { allowed: true, state: 'draft' });
    const refused = transition(null, { userId: ME, role: 'reviewer' }, 'create');
    assert.equal(refused.allowed, false);
    assert.equal(!refused.allowed && refused.permission, 'article.create');
  });
  it('needs the article for every action but create', () => {
    assert.throws(() => transition(null, { userId: ME, role: 'editor' }, 'publish'), /needs the article/);
  });
});
