import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { FIXED_NOW, articleInput, writeInputs } from '../../src/testing/factories.js';

const SLUG = 'causes-of-back-pain-after-a-miscarriage';
const ARTICLE = `/articles/${SLUG}`;
const FEEDBACK = `${ARTICLE}/feedback`;
const USER_AGENT = 'FeedbackTestBrowser/9.9 (unique-agent-marker)';
const FORM = { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': USER_AGENT };

/** A real HTTP post to the running server, redirects not followed. */
async function post(site: RunningSite, path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${site.origin}${path}`, { method: 'POST', body, headers: { ...FORM, ...headers }, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Every stored feedback row, read straight from the SQLite file. */
function storedRows(site: RunningSite): Record<string, unknown>[] {
  const db = new SQLite(site.dbPath, { readonly: true });
  try {
    return db.prepare('select * from article_feedback order by id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

describe('reader feedback over HTTP (demo site, SQLite file)', () => {
  let site: RunningSite;
  let editorToken = '';
  let contributorToken = '';
  let articleId = 0;

  before(async () => {
    site = await startDemoSite({ admin: { feedbackThreshold: { minAnswers: 3, noShare: 0.5 } }, feedback: { perHour: 1000 } });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const editor = await addUser(context, CLI, { email: 'editor@example.org', role: 'editor', password: 'tulip-kettle-orbit-9', name: 'Sample editor' });
    const contributor = await addUser(context, CLI, { email: 'contributor@example.org', role: 'contributor', password: 'tulip-kettle-orbit-9' });
    editorToken = (await createToken(context, CLI, { user: editor.id })).token;
    contributorToken = (await createToken(context, CLI, { user: contributor.id })).token;
    articleId = (await site.ports.catalogue.findArticleBySlug(SLUG))!.id;
  });
  after(async () => site?.close());

  it('shows the form on the article page, which stays one cacheable page without cookies', async () => {
    const page = await fetch(`${site.origin}${ARTICLE}`);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.match(html, new RegExp(`<form class="feedback__form" method="post" action="${FEEDBACK}"`));
    assert.match(html, /<legend class="feedback__legend"><h2 id="feedback-heading"[^>]*>Is this page helpful\?<\/h2><\/legend>/);
    assert.match(html, /<textarea[^>]*maxlength="500"/);
    assert.doesNotMatch(html, /_csrf|name="token"/, 'nothing per reader in the form');
    assert.equal(page.headers.get('set-cookie'), null);
    assert.match(String(page.headers.get('cache-control')), /^public/);
  });

  it('takes "Yes" from a plain form post: 303 to a thank-you page, no cookie, and the content version (the page cache) unchanged', async () => {
    const version = await site.contentVersion();
    const answered = await post(site, FEEDBACK, form({ helpful: 'yes' }));
    assert.equal(answered.status, 303);
    assert.equal(answered.headers.get('location'), `${FEEDBACK}/thanks`);
    assert.equal(answered.headers.get('set-cookie'), null);
    assert.equal(answered.headers.get('cache-control'), 'no-store');
    const thanks = await fetch(`${site.origin}${FEEDBACK}/thanks`);
    const html = await thanks.text();
    assert.equal(thanks.status, 200);
    assert.match(html, /Thank you for your feedback/);
    assert.match(html, new RegExp(`href="${ARTICLE}"`));
    assert.equal(thanks.headers.get('set-cookie'), null);
    assert.equal(await site.contentVersion(), version, 'feedback is not content: cached pages stay');
  });

  it('takes "No" with a comment, and answers feedback.js with JSON', async () => {
    const answered = await post(site, FEEDBACK, form({ helpful: 'no', comment: '  The table of <b>doses</b> is cut off on my phone.  ' }), { accept: 'application/json' });
    assert.equal(answered.status, 201);
    assert.deepEqual(JSON.parse(answered.text), { ok: true, message: 'Thank you for your feedback.' });
    assert.equal(answered.headers.get('set-cookie'), null);
    const rows = storedRows(site);
    assert.deepEqual(rows.at(-1), { id: rows.at(-1)!.id, article_id: articleId, helpful: 0, comment: 'The table of <b>doses</b> is cut off on my phone.', day: new Date().toISOString().slice(0, 10) });
  });

  it('stores nothing that identifies the reader: no address, no user agent, no time of day', async () => {
    await post(site, FEEDBACK, form({ helpful: 'no', comment: 'Marker comment.' }), { 'x-forwarded-for': '203.0.113.9', referer: `${site.origin}${ARTICLE}` });
    const rows = storedRows(site);
    assert.ok(rows.length >= 3);
    assert.deepEqual(Object.keys(rows[0]!).sort(), ['article_id', 'comment', 'day', 'helpful', 'id']);
    const everything = JSON.stringify(rows);
    for (const identifying of ['127.0.0.1', '203.0.113.9', 'unique-agent-marker', site.origin]) {
      assert.ok(!everything.includes(identifying), `${identifying} is not stored`);
    }
    assert.ok(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(String(row.day))), 'the day only, no time');
  });

  it('refuses bad input with a clear 400 or 422 and stores nothing', async () => {
    const before = storedRows(site).length;
    const missing = await post(site, FEEDBACK, form({ comment: 'No answer chosen.' }));
    assert.equal(missing.status, 400);
    assert.match(missing.text, /Please choose “Yes” or “No”/);
    assert.match(missing.text, new RegExp(`href="${ARTICLE}#feedback"`), 'the way back to the form');
    const wrongValue = await post(site, FEEDBACK, form({ helpful: 'maybe' }), { accept: 'application/json' });
    assert.equal(wrongValue.status, 400);
    assert.equal(JSON.parse(wrongValue.text).error.code, 'BAD_REQUEST');
    const twice = await post(site, FEEDBACK, 'helpful=yes&helpful=no');
    assert.equal(twice.status, 400);
    const tooLong = await post(site, FEEDBACK, form({ helpful: 'no', comment: 'x'.repeat(501) }));
    assert.equal(tooLong.status, 422);
    assert.match(tooLong.text, /at most 500 characters \(got 501\)/);
    assert.doesNotMatch(tooLong.text, /xxxxxxxxxx/, 'the comment is not echoed');
    const tooLongJson = await post(site, FEEDBACK, form({ helpful: 'no', comment: 'x'.repeat(501) }), { accept: 'application/json' });
    assert.deepEqual(JSON.parse(tooLongJson.text).error.details, ['comment: at most 500 characters (got 501)']);
    const huge = await post(site, FEEDBACK, form({ helpful: 'no', comment: 'y'.repeat(20_000) }));
    assert.equal(huge.status, 400, 'past the body limit');
    assert.match(huge.text, /We could not read your feedback/);
    const wrongType = await post(site, FEEDBACK, 'helpful=yes', { 'content-type': 'text/plain' });
    assert.ok([400, 415].includes(wrongType.status), `a text body: ${wrongType.status}`);
    assert.equal(storedRows(site).length, before);
  });

  it('takes no feedback for a page that is not published (404), nor from another site (403)', async () => {
    await writeInputs(site.ports.ingest, [articleInput({ slug: 'sample-feedback-draft', title: 'Sample: a draft', status: 'draft' })], FIXED_NOW);
    const before = storedRows(site).length;
    assert.equal((await post(site, '/articles/sample-feedback-draft/feedback', form({ helpful: 'no' }))).status, 404);
    assert.equal((await post(site, '/articles/no-such-page/feedback', form({ helpful: 'no' }))).status, 404);
    assert.equal((await fetch(`${site.origin}/articles/no-such-page/feedback/thanks`)).status, 404);
    const crossSite = await post(site, FEEDBACK, form({ helpful: 'no' }), { origin: 'https://elsewhere.example' });
    assert.equal(crossSite.status, 403);
    assert.match(crossSite.text, /Feedback is taken only from the pages of this site/);
    const fetchMetadata = await post(site, FEEDBACK, form({ helpful: 'no' }), { 'sec-fetch-site': 'cross-site' });
    assert.equal(fetchMetadata.status, 403);
    const sameOrigin = await post(site, FEEDBACK, form({ helpful: 'yes' }), { origin: site.origin, 'sec-fetch-site': 'same-origin' });
    assert.equal(sameOrigin.status, 303, 'our own page posting is fine');
    assert.equal(storedRows(site).length, before + 1);
  });

  it('shows editors the counts and comments (Admin API and page), refuses contributors, and queues the article once readers mostly say "No"', async () => {
    const api = async (path: string, token: string) => {
      const response = await fetch(`${site.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, json: (await response.json()) as Record<string, any> };
    };
    const feedback = await api(`/api/admin/articles/${articleId}/feedback`, editorToken);
    assert.equal(feedback.status, 200);
    assert.equal(feedback.json.slug, SLUG);
    assert.equal(feedback.json.answers, feedback.json.yes + feedback.json.no);
    assert.ok(feedback.json.no >= 2);
    assert.equal(feedback.json.comments[0].comment, 'Marker comment.');
    assert.equal((await api(`/api/admin/articles/${articleId}/feedback`, contributorToken)).status, 403);
    assert.equal((await api('/api/admin/articles/999999/feedback', editorToken)).status, 404);

    const page = await fetch(`${site.origin}/admin/articles/${articleId}/feedback`, { headers: { authorization: `Bearer ${editorToken}` } });
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.match(html, /Reader feedback on “/);
    assert.match(html, /The table of &lt;b>doses&lt;\/b> is cut off on my phone\./, 'a comment is text, never HTML');
    const editorPage = await (await fetch(`${site.origin}/admin/articles/${articleId}`, { headers: { authorization: `Bearer ${editorToken}` } })).text();
    assert.match(editorPage, new RegExp(`href="/admin/articles/${articleId}/feedback">\\s*Reader feedback \\(\\d+ yes, \\d+ no\\)`));
    const dashboard = await (await fetch(`${site.origin}/admin`, { headers: { authorization: `Bearer ${editorToken}` } })).text();
    assert.match(dashboard, /<h2 id="reader-feedback-title">Reader feedback<\/h2>/);
    assert.match(dashboard, /\d+ answers on 1 article: \d+ yes, \d+ no/);

    // Threshold here: 3 answers, half of them "No".
    for (let i = 0; i < 4; i++) await post(site, FEEDBACK, form({ helpful: 'no' }));
    const queue = await api('/api/admin/review-queue', editorToken);
    assert.equal(queue.status, 200);
    const entry = queue.json.items.find((item: { articleId: number }) => item.articleId === articleId);
    assert.ok(entry, 'the article is in the review queue');
    assert.ok(entry.reasons.includes('reader-feedback'));
    assert.ok(entry.feedback.comments.some((c: { comment: string }) => c.comment === 'Marker comment.'), 'with the comments attached');
    assert.ok(queue.json.counts.readerFeedback >= 1);
  });
});

describe('reader feedback: the rate limit (demo site, 2 answers per hour)', () => {
  let site: RunningSite;
  before(async () => {
    site = await startDemoSite({ feedback: { perHour: 2 } });
  });
  after(async () => site?.close());

  it('answers the answer past the limit with 429 and a friendly page, without a cookie, and stores it not', async () => {
    assert.equal((await post(site, FEEDBACK, form({ helpful: 'yes' }))).status, 303);
    assert.equal((await post(site, FEEDBACK, form({ helpful: 'no' }))).status, 303);
    const limited = await post(site, FEEDBACK, form({ helpful: 'no' }));
    assert.equal(limited.status, 429);
    assert.match(String(limited.headers.get('content-type')), /^text\/html/);
    assert.match(limited.text, /<h1>Too much feedback from your connection<\/h1>/);
    assert.match(limited.text, /Please wait \d+ minutes, then try again\./);
    assert.match(limited.text, new RegExp(`href="${ARTICLE}#feedback"`));
    assert.equal(limited.headers.get('set-cookie'), null);
    const json = await post(site, FEEDBACK, form({ helpful: 'no' }), { accept: 'application/json' });
    assert.equal(json.status, 429);
    assert.equal(JSON.parse(json.text).error.code, 'RATE_LIMITED');
    assert.equal(storedRows(site).length, 2);
    assert.equal((await fetch(`${site.origin}${ARTICLE}`)).status, 200, 'reading is not limited');
  });
});
