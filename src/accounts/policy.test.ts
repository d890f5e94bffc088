import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, type Action, type ArticleSubject, authorize } from './policy.js';
import { ROLES, type Role } from './roles.js';

// Every role × action, on four kinds of article: yes = allowed, no = refused.
const ME = 7;
const SUBJECTS: Record<string, ArticleSubject> = {
  'own draft': { ownerId: ME, everPublished: false },
  'own published': { ownerId: ME, everPublished: true },
  "other's draft": { ownerId: 8, everPublished: false },
  "other's published": { ownerId: 8, everPublished: true },
};
type Row = [own: boolean, ownPublished: boolean, othersDraft: boolean, othersPublished: boolean];
const all: Row = [true, true, true, true];
const none: Row = [false, false, false, false];
const ownDraftOnly: Row = [true, false, false, false];
const ownOnly: Row = [true, true, false, false];

const TABLE: Record<Role, Record<Action, Row>> = {
  contributor: {
    'article.create': all, 'article.view': ownOnly, 'article.edit': ownDraftOnly, 'article.delete': ownDraftOnly,
    'article.submit': ownDraftOnly, 'article.publish': none, 'article.unpublish': none, 'article.restore': ownDraftOnly,
    'article.review': none, 'article.signoff': none, 'article.share-preview': none, 'taxonomy.manage': none, 'user.manage': none,
    'token.manage': none, 'settings.manage': none, 'audit.read': none, 'feedback.read': none, 'media.upload': all,
  },
  reviewer: {
    'article.create': none, 'article.view': all, 'article.edit': none, 'article.delete': none,
    'article.submit': none, 'article.publish': none, 'article.unpublish': none, 'article.restore': none,
    'article.review': all, 'article.signoff': all, 'article.share-preview': all, 'taxonomy.manage': none, 'user.manage': none,
    'token.manage': none, 'settings.manage': none, 'audit.read': none, 'feedback.read': all, 'media.upload': none,
  },
  editor: {
    'article.create': all, 'article.view': all, 'article.edit': all, 'article.delete': all,
    'article.submit': all, 'article.publish': all, 'article.unpublish': all, 'article.restore': all,
    'article.review': all, 'article.signoff': none, 'article.share-preview': all, 'taxonomy.manage': all, 'user.manage': none,
    'token.manage': none, 'settings.manage': none, 'audit.read': none, 'feedback.read': all, 'media.upload': all,
  },
  admin: Object.fromEntries(ACTIONS.map((action) => [action, all])) as Record<Action, Row>,
};

describe('policy: every role × action × article', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      Object.keys(SUBJECTS).forEach((name, column) => {
        const expected = TABLE[role][action][column];
        it(`${role} ${expected ? 'may' : 'may not'} ${action} (${name})`, () => {
          const decision = authorize({ userId: ME, role }, action, SUBJECTS[name]);
          assert.equal(decision.allowed, expected);
          if (!decision.allowed) {
            assert.equal(decision.permission, action);
            assert.ok(decision.reason.length > 10, 'a refusal says why');
          }
        });
      });
    }
  }
});

describe('policy: refusals and misuse', () => {
  it('names the rule a contributor broke on a published article', () => {
    const decision = authorize({ userId: ME, role: 'contributor' }, 'article.edit', SUBJECTS['own published']);
    assert.deepEqual(decision, { allowed: false, permission: 'article.edit', reason: 'contributors may change only their own articles that were never published' });
  });
  it('says what a role may not do at all', () => {
    assert.deepEqual(authorize({ userId: ME, role: 'editor' }, 'token.manage'), { allowed: false, permission: 'token.manage', reason: 'editors may not manage API tokens' });
  });
  it('refuses to decide an article action without the article', () => {
    assert.throws(() => authorize({ userId: ME, role: 'editor' }, 'article.edit'), /needs the article/);
  });
});
