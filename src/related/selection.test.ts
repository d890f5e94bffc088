import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RankedDoc, type Scored, Tier } from './scoring.js';
import { SAME_TOPIC_CAP, selectRelated } from './selection.js';
import { EMPTY_VECTOR } from './sparse-vector.js';

let nextId = 1;
function doc(overrides: Partial<RankedDoc> = {}): RankedDoc {
  const id = nextId++;
  return { id, topicId: null, categoryId: 1, questionType: 'information', tagIds: [], tier: Tier.Answered, titleKey: `title ${id}`, vector: EMPTY_VECTOR, ...overrides };
}
const scored = (d: RankedDoc, score: number, content = 0.3): Scored => ({ doc: d, score, content, topic: 0 });
const context = (source: RankedDoc, useTopics = true) => ({ source, limit: 13, useTopics, similarity: () => 0 });

describe('selectRelated', () => {
  it('takes at most three of the article\'s own topic and two of any other while other topics are close', () => {
    const source = doc({ topicId: 1 });
    const own = Array.from({ length: 8 }, (_, i) => scored(doc({ topicId: 1 }), 2 - i * 0.01));
    const other = Array.from({ length: 5 }, (_, i) => scored(doc({ topicId: 2 }), 1.5 - i * 0.01));
    const third = Array.from({ length: 5 }, (_, i) => scored(doc({ topicId: 3 + i }), 1 - i * 0.01));
    const chosen = selectRelated([...own, ...other, ...third], context(source)).map((s) => s.scored.doc);
    const first10 = chosen.slice(0, 10);
    assert.equal(first10.filter((d) => d.topicId === 1).length, SAME_TOPIC_CAP);
    assert.equal(first10.filter((d) => d.topicId === 2).length, 2);
    assert.equal(chosen.length, 13, 'capped candidates fill the list when nothing else is left');
  });

  it('applies no topic cap when topics are hidden', () => {
    const source = doc({ topicId: 1 });
    const own = Array.from({ length: 6 }, (_, i) => scored(doc({ topicId: 1 }), 2 - i * 0.01));
    const chosen = selectRelated([...own, scored(doc({ topicId: 2 }), 0.5)], context(source, false));
    assert.deepEqual(chosen.slice(0, 6).map((s) => s.scored.doc.topicId), [1, 1, 1, 1, 1, 1]);
  });

  it('keeps one of near-duplicates: same question or the same text', () => {
    const source = doc({ titleKey: 'diseas kidnei polycyst' });
    const sameQuestion = scored(doc({ titleKey: 'diseas kidnei polycyst' }), 2);
    const a = doc({ titleKey: 'x' });
    const aAgain = doc({ titleKey: 'x' });
    const sameText = scored(doc(), 1.8, 0.95);
    const chosen = selectRelated([sameQuestion, scored(a, 1.5), scored(aAgain, 1.4), sameText], context(source));
    assert.deepEqual(chosen.map((s) => s.scored.doc.id), [a.id]);
  });

  it('shows link-out pages, weak matches and drafts only after every answered match', () => {
    const source = doc();
    const draft = scored(doc({ tier: Tier.Draft }), 3);
    const linkOut = scored(doc({ tier: Tier.LinkOut }), 2);
    const weak = scored(doc(), 0.05);
    const good = scored(doc(), 0.5);
    const chosen = selectRelated([draft, linkOut, weak, good], context(source));
    assert.deepEqual(chosen.map((s) => [s.scored.doc.id, s.fallback]), [
      [good.doc.id, undefined], [linkOut.doc.id, 'link-out'], [weak.doc.id, 'weak'], [draft.doc.id, 'draft'],
    ]);
  });
});
