import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { createResetLink } from '../../src/app/accounts/one-time-links.js';
import { addUser, disableUser } from '../../src/app/accounts/manage-users.js';
import { signIn } from '../../src/app/accounts/sessions.js';
import { registeredRoutes } from '../../src/testing/app-routes.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

const PASSWORD = 'tulip-kettle-orbit-9';
// Routes open to someone not signed in: signing in, the signed-out page, the first-run setup link.
const PUBLIC_ADMIN = new Set(['/admin/sign-in', '/admin/sign-out', '/admin/signed-out', '/admin/setup', '/admin/setup/:token', '/admin/reset/:token', '/admin/reset-password']);

const concrete = (path: string) => path.replace(/:id\b/, '1').replace(/:a\b/, '1').replace(/:b\b/, '2').replace(/:token\b/, 'x');

describe('the newsroom over HTTP: authentication, policy, CSRF, the Admin API (demo site, SQLite file)', () => {
  let site: RunningSite;
  const tokens: Record<'admin' | 'editor' | 'contributor' | 'other', string> = { admin: '', editor: '', contributor: '', other: '' };
  const context = () => ({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' });

  const api = async (method: string, path: string, who: keyof typeof tokens | null, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await site.app.inject({
      method: method as 'GET', url: path,
      headers: { ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return { status: response.statusCode, json: response.body ? (JSON.parse(response.body) as Record<string, any>) : null, headers: response.headers };
  };

  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    for (const role of ['admin', 'editor', 'contributor'] as const) {
      const user = await addUser(context(), CLI, { email: `${role}@example.org`, role, password: PASSWORD, name: `Sample ${role}` });
      tokens[role] = (await createToken(context(), CLI, { user: user.id, name: 'tests' })).token;
    }
    const other = await addUser(context(), CLI, { email: 'other@example.org', role: 'contributor', password: PASSWORD });
    tokens.other = (await createToken(context(), CLI, { user: other.id })).token;
  });
  after(async () => site?.close());

  it('refuses every admin route to an anonymous request: 401 for the API, a redirect to sign-in for pages', async () => {
    const routes = registeredRoutes(site.app).filter((r) => r.path.startsWith('/admin') || r.path.startsWith('/api/admin'));
    assert.ok(routes.length >= 12, `found only ${routes.length} admin routes`);
    for (const route of routes) {
      if (PUBLIC_ADMIN.has(route.path)) continue;
      const response = await site.app.inject({ method: route.method as 'GET', url: concrete(route.path) });
      const label = `${route.method} ${route.path}`;
      if (route.path.startsWith('/api/admin')) {
        assert.equal(response.statusCode, 401, label);
        assert.equal(JSON.parse(response.body).error.code, 'UNAUTHENTICATED', label);
      } else if (route.method === 'GET') {
        assert.equal(response.statusCode, 303, label);
        assert.match(String(response.headers.location), /^\/admin\/sign-in\?next=/, label);
      } else {
        // A form post without a session is refused before anything runs: no CSRF token, no principal.
        assert.ok([401, 403].includes(response.statusCode), `${label}: ${response.statusCode}`);
      }
      assert.equal(response.headers['cache-control'], 'no-store', label);
    }
  });

  it('runs a draft from a contributor to readers: create, save, conflict, policy refusals, publish', async () => {
    const created = await api('POST', '/api/admin/articles', 'contributor', { title: 'Sample: caring for a sprained ankle', body: 'Rest the ankle and keep it raised.', tags: ['sample'] });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const { id, slug, revision } = created.json!;
    assert.equal(created.json!.status, 'draft');
    assert.equal((await site.app.inject(`/articles/${slug}`)).statusCode, 404, 'a draft is not for readers');

    const saved = await api('PUT', `/api/admin/articles/${id}`, 'contributor', { baseRevision: revision, body: 'Rest the ankle, keep it raised, and use a cold pack.' });
    assert.equal(saved.status, 200, JSON.stringify(saved.json));
    assert.ok(saved.json!.revision > revision);

    const stale = await api('PUT', `/api/admin/articles/${id}`, 'editor', { baseRevision: revision, body: 'Something else entirely.' });
    assert.equal(stale.status, 409);
    assert.equal(stale.json!.error.code, 'EDIT_CONFLICT');
    assert.equal(stale.json!.current.revision, saved.json!.revision);
    assert.equal(stale.json!.current.fields.bodyMarkdown, 'Rest the ankle, keep it raised, and use a cold pack.');
    assert.equal(stale.json!.yours.fields.bodyMarkdown, 'Something else entirely.', 'the refused text comes back: nothing typed is lost');

    const publishByContributor = await api('POST', `/api/admin/articles/${id}/publish`, 'contributor', {});
    assert.equal(publishByContributor.status, 403);
    assert.equal(publishByContributor.json!.error.code, 'FORBIDDEN');
    assert.match(publishByContributor.json!.error.message, /article\.publish/);
    const byGuessingIds = await api('PUT', `/api/admin/articles/${id}`, 'other', { baseRevision: saved.json!.revision, title: 'Taken over' });
    assert.equal(byGuessingIds.status, 403, 'another contributor cannot edit it');

    assert.equal((await api('POST', `/api/admin/articles/${id}/submit`, 'contributor', {})).status, 200);
    const published = await api('POST', `/api/admin/articles/${id}/publish`, 'editor', {});
    assert.equal(published.status, 200, JSON.stringify(published.json));
    const page = await site.app.inject(`/articles/${slug}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /use a cold pack/);

    const revisions = await api('GET', `/api/admin/articles/${id}/revisions`, 'editor');
    assert.ok(revisions.json!.revisions.length >= 3);
    const diff = await api('GET', `/api/admin/articles/${id}/revisions/${revision}/diff/${saved.json!.revision}`, 'editor');
    assert.equal(diff.status, 200);
    assert.ok(diff.json!.changedFields.includes('bodyMarkdown'));
    const listed = await api('GET', '/api/admin/articles?status=published&q=sprained', 'editor');
    assert.equal(listed.json!.total, 1);
  });

  it('answers bad input with 400 (schema) or 422 naming each field', async () => {
    const missing = await api('POST', '/api/admin/articles', 'editor', { title: 'No body' });
    assert.equal(missing.status, 400);
    assert.match(missing.json!.error.message, /body/);
    const badCategory = await api('POST', '/api/admin/articles', 'editor', { title: 'Sample: filed nowhere', body: 'Text.', categoryPath: ['No such category'] });
    assert.equal(badCategory.status, 422);
    assert.equal(badCategory.json!.error.code, 'INVALID');
    assert.ok(badCategory.json!.error.details.some((d: string) => d.startsWith('category')), JSON.stringify(badCategory.json));
  });

  it('signs in with a cookie, and refuses a cookie-authenticated change without its CSRF token', async () => {
    const form = await site.app.inject('/admin/sign-in');
    assert.equal(form.statusCode, 200);
    const csrfCookie = form.cookies.find((c) => c.name === 'hp_csrf')!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const post = (email: string, password: string) =>
      site.app.inject({ method: 'POST', url: '/admin/sign-in', cookies: { hp_csrf: csrfCookie.value }, payload: { email, password, _csrf: csrf } });
    const unknown = await post('nobody@example.org', PASSWORD);
    const wrong = await post('editor@example.org', 'not-the-password-at-all');
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.statusCode, 401);
    const message = (body: string) => /role="alert"[^>]*>[\s\S]*?<\/div>|error-summary[\s\S]*?<\/div>/.exec(body)?.[0].replace(/value="[^"]*"/g, '');
    assert.equal(message(unknown.body), message(wrong.body), 'an unknown user and a wrong password read the same');

    const withoutToken = await site.app.inject({ method: 'POST', url: '/admin/sign-in', payload: { email: 'editor@example.org', password: PASSWORD } });
    assert.equal(withoutToken.statusCode, 403, 'sign-in itself needs the CSRF token (login CSRF)');

    const ok = await post('editor@example.org', PASSWORD);
    assert.equal(ok.statusCode, 303);
    const session = ok.cookies.find((c) => c.name === 'hp_session')!;
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Lax');
    const cookies = { hp_session: session.value, hp_csrf: csrfCookie.value };
    const dashboard = await site.app.inject({ url: '/admin', cookies });
    assert.equal(dashboard.statusCode, 200);
    assert.match(dashboard.headers['x-robots-tag'] as string, /noindex/);

    const draft = await site.app.inject({ method: 'POST', url: '/api/admin/articles', cookies, payload: { title: 'Sample: a cookie draft', body: 'Text.' } });
    assert.equal(draft.statusCode, 403, 'no x-csrf-token header');
    assert.equal(JSON.parse(draft.body).error.code, 'FORBIDDEN');
    const token = /name="csrf-token" content="([^"]+)"/.exec(dashboard.body)?.[1] ?? csrf;
    const withHeader = await site.app.inject({ method: 'POST', url: '/api/admin/articles', cookies, headers: { 'x-csrf-token': token }, payload: { title: 'Sample: a cookie draft', body: 'Text.' } });
    assert.equal(withHeader.statusCode, 201, withHeader.body);
  });

  it('leaves the reader page cache alone on account writes; a publish moves its version', async () => {
    const before = await site.contentVersion();
    const signedIn = await signIn(context(), { email: 'editor@example.org', password: PASSWORD, clientIp: '127.0.0.9' });
    assert.equal(signedIn.ok, true);
    await signIn(context(), { email: 'editor@example.org', password: 'wrong-wrong-wrong', clientIp: '127.0.0.9' });
    assert.equal(await site.contentVersion(), before, 'sessions, sign-in attempts and the audit log are not content');
    const created = await api('POST', '/api/admin/articles', 'editor', { title: 'Sample: version check', body: 'Text.' });
    const saved = await api('PUT', `/api/admin/articles/${created.json!.id}`, 'editor', { baseRevision: created.json!.revision, body: 'More text.', kind: 'autosave' });
    assert.equal(saved.status, 200);
    const afterSave = await site.contentVersion();
    await api('POST', `/api/admin/articles/${created.json!.id}/publish`, 'editor', {});
    assert.notEqual(await site.contentVersion(), afterSave, 'a publication is');
  });

  it('keeps users, tokens and the audit log to admins', async () => {
    const page = (url: string, who: keyof typeof tokens, method = 'GET', payload?: Record<string, string>) =>
      site.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${tokens[who]}` }, ...(payload ? { payload } : {}) });
    for (const url of ['/admin/users', '/admin/tokens', '/admin/audit']) {
      for (const who of ['contributor', 'editor'] as const) {
        const refused = await page(url, who);
        assert.equal(refused.statusCode, 403, `${who} ${url}`);
      }
      assert.equal((await page(url, 'admin')).statusCode, 200, `admin ${url}`);
    }
    assert.equal((await page('/admin/users/1/role', 'contributor', 'POST', { role: 'admin' })).statusCode, 403, 'no promoting oneself');
    const created = await page('/admin/tokens', 'admin', 'POST', { name: 'nightly import', userId: '1' });
    assert.equal(created.statusCode, 200);
    assert.match(created.body, /hp_[A-Za-z0-9_-]{20,}/, 'the new token is shown once');
    const audit = await page('/admin/audit?action=token.created', 'admin');
    assert.match(audit.body, /token\.created|Token created/i);
  });

  it('sets a new password from a one-time reset link, once', async () => {
    const link = await createResetLink(context(), CLI, 'contributor@example.org');
    const page = await site.app.inject(link.path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /contributor@example\.org/);
    const csrfCookie = page.cookies.find((c) => c.name === 'hp_csrf')!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const post = (password: string) => site.app.inject({ method: 'POST', url: '/admin/reset-password', cookies: { hp_csrf: csrfCookie.value },
      payload: { token: link.token, password, confirm: password, _csrf: csrf } });
    assert.equal((await post('password1234')).statusCode, 422, 'a common password is refused, the link kept');
    const done = await post('marble-harbour-lantern-7');
    assert.equal(done.statusCode, 303);
    assert.equal((await signIn(context(), { email: 'contributor@example.org', password: 'marble-harbour-lantern-7', clientIp: '127.0.0.8' })).ok, true);
    assert.equal((await site.app.inject(link.path)).statusCode, 404, 'the link works once');
  });

  it('stops a disabled user\'s token on the next request', async () => {
    assert.equal((await api('GET', '/api/admin/articles', 'other')).status, 200);
    await disableUser(context(), CLI, 'other@example.org');
    const refused = await api('GET', '/api/admin/articles', 'other');
    assert.equal(refused.status, 401);
    assert.equal(refused.json!.error.code, 'UNAUTHENTICATED');
  });
});
