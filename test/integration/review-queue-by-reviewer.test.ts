import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

interface QueueItem { title: string; topicName: string | null; reviewerName: string | null; status: string }

describe('the review queue by topic and by reviewer (GET /api/admin/review-queue, demo site with its sample sign-offs)', () => {
  let site: RunningSite;
  let token = '';
  const queue = async (query: string) => {
    const response = await site.app.inject({ method: 'GET', url: `/api/admin/review-queue?within=400${query}`, headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.statusCode, 200, response.body);
    return (JSON.parse(response.body) as { items: QueueItem[] }).items;
  };

  before(async () => {
    site = await startDemoSite({ admin: {}, governance: {} });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const user = await addUser(context, CLI, { email: 'editor@example.org', role: 'editor', password: 'sample-Pw-queue-2026', name: 'Sample editor' });
    token = (await createToken(context, CLI, { user: user.id, name: 'tests' })).token;
  });
  after(async () => site?.close());

  it('each entry names the reviewer who signed the page off last; ?reviewer= and ?topic= narrow the list (case ignored)', async () => {
    const all = await queue('');
    const reviewed = all.filter((item) => item.reviewerName !== null);
    assert.ok(reviewed.length > 0, 'the sample reviewers\' sign-offs fall due within 400 days');
    const reviewer = reviewed[0]!.reviewerName!;
    assert.match(reviewer, /\(sample\)/, 'the demo\'s reviewers are marked sample');

    const theirs = await queue(`&reviewer=${encodeURIComponent(reviewer.toUpperCase())}`);
    assert.deepEqual(theirs.map((item) => item.title).sort(), all.filter((item) => item.reviewerName === reviewer).map((item) => item.title).sort());
    assert.ok(theirs.length < all.length, 'never-reviewed pages are not theirs');

    const topic = all.find((item) => item.topicName !== null)!.topicName!;
    const ofTopic = await queue(`&topic=${encodeURIComponent(topic)}`);
    assert.ok(ofTopic.length > 0 && ofTopic.every((item) => item.topicName === topic));
    assert.deepEqual(await queue('&reviewer=Nobody%20at%20all'), []);
  });
});
