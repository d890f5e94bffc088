import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elementWith, textOf } from '../../views/html-probe.js';
import { makeContext } from './admin-fixtures.js';
import { renderDashboardPage } from './dashboard-page.js';

const empty = { myDrafts: [], waitingForReview: [], recentlyPublished: [], recentlyChanged: [], canCreate: true };

describe('the dashboard\'s review queue and held schedules', () => {
  it('counts the queue, names the busiest topics with links, and links each held publication and the scheduled list', () => {
    const html = renderDashboardPage({
      ...makeContext('editor'), ...empty,
      reviewQueue: { overdue: 4, dueSoon: 2, neverReviewed: 1, readerFeedback: 3, byTopic: [{ topic: 'Gout', count: 3 }, { topic: 'Asthma', count: 2 }], byReviewer: [{ reviewer: 'Dr Sample Reviewer (sample)', count: 4 }], withinDays: 30 },
      heldSchedules: [{ articleId: 9, title: 'Sample: sore feet', reason: 'held: its clinical sign-off was voided' }],
    });
    const queue = textOf(elementWith(html, 'section', 'data-review-queue') ?? '').replace(/\s+/g, ' ');
    assert.match(queue, /Overdue for review ?4/);
    assert.match(queue, /Due within 30 days ?2/);
    assert.match(queue, /Never reviewed ?1/);
    assert.match(queue, /Sent back by reader feedback ?3/);
    assert.match(queue, /Gout \(3\), Asthma \(2\)/);
    assert.match(queue, /by the reviewer who signed them off last: Dr Sample Reviewer \(sample\) \(4\)/);
    assert.match(html, /href="[^"]*\/admin\/articles\?topic=Gout"/);
    const held = elementWith(html, 'section', 'data-held-schedules') ?? assert.fail('no held section');
    assert.match(textOf(held), /Held scheduled publications: 1/);
    assert.match(held, /href="[^"]*\/admin\/articles\/9"[^>]*>Sample: sore feet<\/a>: held: its clinical sign-off was voided/);
    assert.match(held, /href="[^"]*\/admin\/articles\?status=scheduled"/);
  });

  it('shows neither to whoever may not read the queue, nor an empty held list', () => {
    const html = renderDashboardPage({ ...makeContext('contributor'), ...empty, reviewQueue: null, heldSchedules: [] });
    assert.equal(elementWith(html, 'section', 'data-review-queue'), null);
    assert.equal(elementWith(html, 'section', 'data-held-schedules'), null);
  });
});
