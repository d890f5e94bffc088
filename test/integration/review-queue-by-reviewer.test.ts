import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminApiPeople, type AdminApiCall } from '../../src/testing/admin-api-client.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

interface QueueItem { title: string; topicName: string | null; reviewerName: string | null; status: string }

describe('the review queue by topic and by reviewer (GET /api/admin/review-queue, demo site with its sample sign-offs)', () => {
  let site: RunningSite;
  let api: AdminApiCall<'editor'>;
  const queue = async (query: string) => {
    const answer = await api('GET', `/review-queue?within=400${query}`, 'editor');
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    return answer.json.items as QueueItem[];
  };

  before(async () => {
    site = await startDemoSite({ admin: {}, governance: {} });
    api = await adminApiPeople(site, ['editor'] as const);
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
