import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ArticleFields, emptyFields } from './article-draft.js';
import { decideSave, type RevisionKind, type SaveDecision } from './save-rules.js';

const ME = 1;
const OTHER = 2;
const stored: ArticleFields = { ...emptyFields('Gout'), bodyMarkdown: 'Gout is a form of arthritis.' };
const edited: ArticleFields = { ...stored, bodyMarkdown: 'Gout is a common form of arthritis.' };

type Case = [name: string, currentKind: RevisionKind, currentAuthor: number | null, base: number, kind: 'autosave' | 'save', incoming: ArticleFields, expected: SaveDecision['outcome']];

// The working revision is number 5 in every case.
const CASES: Case[] = [
  ['autosave over my own autosave folds', 'autosave', ME, 5, 'autosave', edited, 'fold'],
  ["autosave over someone else's autosave appends", 'autosave', OTHER, 5, 'autosave', edited, 'append'],
  ['autosave over a save appends (a save seals)', 'save', ME, 5, 'autosave', edited, 'append'],
  ['autosave over a publish appends', 'publish', ME, 5, 'autosave', edited, 'append'],
  ['autosave over an import appends', 'import', null, 5, 'autosave', edited, 'append'],
  ['save over my own autosave appends', 'autosave', ME, 5, 'save', edited, 'append'],
  ['save over a save appends', 'save', OTHER, 5, 'save', edited, 'append'],
  ['save of an older base conflicts', 'save', OTHER, 4, 'save', edited, 'conflict'],
  ['autosave of an older base conflicts', 'autosave', ME, 3, 'autosave', edited, 'conflict'],
  ['a base from the future conflicts', 'save', ME, 6, 'save', edited, 'conflict'],
  ['equal content is a no-op', 'save', OTHER, 5, 'save', stored, 'noop'],
  ['equal content on an older base is a no-op (a retried save)', 'save', ME, 4, 'save', stored, 'noop'],
  ['equal autosave over my autosave is a no-op', 'autosave', ME, 5, 'autosave', stored, 'noop'],
  ['an explicit save of my autosave as it is seals it (fold)', 'autosave', ME, 5, 'save', stored, 'fold'],
  ["an explicit save of someone else's autosave as it is is a no-op", 'autosave', OTHER, 5, 'save', stored, 'noop'],
];

describe('decideSave: optimistic concurrency for one save', () => {
  for (const [name, currentKind, currentAuthor, base, kind, incoming, expected] of CASES) {
    it(name, () => {
      const decision = decideSave({ current: { number: 5, kind: currentKind, authorUserId: currentAuthor, fields: stored }, baseRevision: base, actorUserId: ME, kind, incoming });
      assert.equal(decision.outcome, expected);
      if (decision.outcome === 'noop') assert.equal(decision.revision, 5, 'a no-op answers with the current number');
      if (decision.outcome === 'conflict') assert.match(decision.reason, /revision/);
    });
  }
});
