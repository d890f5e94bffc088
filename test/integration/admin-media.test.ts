import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../../src/app/accounts/api-tokens.js';
import { CLI } from '../../src/app/accounts/context.js';
import { addUser } from '../../src/app/accounts/manage-users.js';
import { signIn } from '../../src/app/accounts/sessions.js';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';
import { samplePng } from '../../src/testing/sample-image.js';

const PASSWORD = 'tulip-kettle-orbit-9';

/** A multipart body with an image file and (unless null) its alt text, as a browser's form sends it. */
function uploadForm(bytes: Buffer, alt: string | null, name = 'diagram.png', extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  if (alt !== null) form.append('alt', alt);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  return form;
}

describe('the media store over HTTP: uploads through the Admin API and the admin page, /media/ files (demo site, SQLite file)', () => {
  let site: RunningSite;
  const tokens = { editor: '', reviewer: '' };
  const context = () => ({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' });
  const post = (who: keyof typeof tokens | null, form: FormData) =>
    fetch(`${site.origin}/api/admin/media`, { method: 'POST', body: form, headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });

  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    for (const role of ['editor', 'reviewer'] as const) {
      const user = await addUser(context(), CLI, { email: `${role}@example.org`, role, password: PASSWORD, name: `Sample ${role}` });
      tokens[role] = (await createToken(context(), CLI, { user: user.id, name: 'tests' })).token;
    }
  });
  after(async () => site?.close());

  it('uploads an image with its alt text: 201 with the Markdown and every URL, each served with a year of immutable caching', async () => {
    const response = await post('editor', uploadForm(await samplePng(1600, 900), 'Sample diagram: three boxes joined by arrows'));
    assert.equal(response.status, 201, await response.clone().text());
    const body = (await response.json()) as { markdown: string; url: string; urls: string[]; widths: number[]; alt: string; width: number; height: number; mime: string };
    assert.match(body.markdown, /^!\[Sample diagram: three boxes joined by arrows\]\(\/media\/[0-9a-f]{32}-1600x900\.png\)$/);
    assert.deepEqual([body.width, body.height, body.mime, body.widths], [1600, 900, 'image/png', [480, 800, 1200]]);
    assert.equal(body.urls.length, 4);
    const rendition = await fetch(`${site.origin}${body.urls.find((url) => url.endsWith('-800.webp'))}`);
    assert.equal(rendition.status, 200);
    assert.equal(rendition.headers.get('content-type'), 'image/webp');
    assert.equal(rendition.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.deepEqual([...new Uint8Array(await rendition.arrayBuffer()).slice(8, 12)], [...Buffer.from('WEBP')]);
    const full = await fetch(`${site.origin}${body.url}`);
    assert.equal(full.headers.get('content-type'), 'image/png');

    const again = await post('editor', uploadForm(await samplePng(1600, 900), 'Same bytes, other words'));
    assert.equal(again.status, 200, 'the same bytes are not stored twice');
    assert.match(((await again.json()) as { markdown: string }).markdown, /^!\[Same bytes, other words\]/);
  });

  it('refuses an upload without alt text, naming the field', async () => {
    for (const alt of [null, '   ']) {
      const response = await post('editor', uploadForm(await samplePng(), alt));
      assert.equal(response.status, 422);
      const { error } = (await response.json()) as { error: { code: string; details: string[] } };
      assert.equal(error.code, 'INVALID');
      assert.ok(error.details.some((detail) => detail.startsWith('alt: is required')), error.details.join('; '));
    }
  });

  it('refuses a file that is not an image, whatever its name says', async () => {
    const response = await post('editor', uploadForm(Buffer.from('%PDF-1.7\n%not an image at all'), 'A document', 'leaflet.png'));
    assert.equal(response.status, 422);
    const { error } = (await response.json()) as { error: { details: string[] } };
    assert.match(error.details[0]!, /^file: is not an image the media store takes; upload JPEG, PNG, WEBP, GIF, AVIF$/);
  });

  it('refuses a file over the size limit, naming the limit', async () => {
    const response = await post('editor', uploadForm(Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'Too big'));
    assert.equal(response.status, 422);
    const { error } = (await response.json()) as { error: { details: string[] } };
    assert.deepEqual(error.details, ['file: is larger than the 10 MB limit']);
  });

  it('answers 404 for a media file it does not have, and for names it never writes', async () => {
    for (const path of [`/media/${'0'.repeat(32)}-800.webp`, '/media/..%2Fsite.db', '/media/x.png']) {
      assert.equal((await fetch(`${site.origin}${path}`)).status, 404, path);
    }
  });

  it('lists images a page at a time, and keeps uploads to those the policy lets upload', async () => {
    const list = await fetch(`${site.origin}/api/admin/media?limit=1&offset=0`, { headers: { authorization: `Bearer ${tokens.editor}` } });
    assert.equal(list.status, 200);
    const body = (await list.json()) as { total: number; limit: number; images: { markdown: string }[] };
    assert.ok(body.total >= 1);
    assert.equal(body.images.length, 1);
    assert.equal((await post('reviewer', uploadForm(await samplePng(), 'Alt'))).status, 403);
    assert.equal((await post(null, uploadForm(await samplePng(), 'Alt'))).status, 401);
  });

  it('uploads through the admin page without JavaScript (CSRF field in the form) and shows the Markdown to paste', async () => {
    const signedIn = await signIn(context(), { email: 'editor@example.org', password: PASSWORD, clientIp: '127.0.0.7' });
    assert.ok(signedIn.ok);
    const page = await site.app.inject({ url: '/admin/media', cookies: { hp_session: signedIn.sessionId } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<label class="field__label" for="f-alt">Alt text<\/label>/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const csrfCookie = page.cookies.find((cookie) => cookie.name === 'hp_csrf')!.value;
    const cookie = `hp_session=${signedIn.sessionId}; hp_csrf=${csrfCookie}`;
    const upload = (form: FormData) => fetch(`${site.origin}/admin/media`, { method: 'POST', body: form, headers: { cookie } });

    const missing = await upload(uploadForm(await samplePng(640, 480, '#aa3300'), null, 'x.png'));
    assert.equal(missing.status, 403, 'no CSRF token, no upload');
    const noAlt = await upload(uploadForm(await samplePng(640, 480, '#aa3300'), '', 'x.png', { _csrf: csrf }));
    assert.equal(noAlt.status, 422);
    assert.match(await noAlt.text(), /<a href="#f-alt">Alt text is required/);
    const ok = await upload(uploadForm(await samplePng(640, 480, '#aa3300'), 'Sample: an orange square', 'x.png', { _csrf: csrf }));
    assert.equal(ok.status, 201);
    assert.match(await ok.text(), /value="!\[Sample: an orange square\]\(\/media\/[0-9a-f]{32}-640x480\.png\)"/);
  });
});

describe('images without alt text in a body: a warning on save, never a refusal (demo site)', () => {
  let site: RunningSite;
  let token = '';
  before(async () => {
    site = await startDemoSite({ admin: { clinicalReview: 'off' } });
    const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
    const user = await addUser(context, CLI, { email: 'writer@example.org', role: 'contributor', password: PASSWORD, name: 'Sample writer' });
    token = (await createToken(context, CLI, { user: user.id, name: 'tests' })).token;
  });
  after(async () => site?.close());

  it('saves, and the Admin API and the editor page name the image without alt text', async () => {
    const request = (method: string, url: string, payload?: unknown) =>
      site.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json' } : {}) }, ...(payload ? { payload: JSON.stringify(payload) } : {}) });
    const body = `Intro.\n\n![](/media/${'a'.repeat(32)}-800x600.png)`;
    const created = await request('POST', '/api/admin/articles', { title: 'Sample: an image without alt text', body });
    assert.equal(created.statusCode, 201, created.body);
    const { id, revision, warnings } = created.json() as { id: number; revision: number; warnings: string[] };
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^line 3: the image \/media\/a+-800x600\.png has no alt text/);
    const saved = await request('PUT', `/api/admin/articles/${id}`, { baseRevision: revision, body: `${body}\n\n![Now described](/media/${'a'.repeat(32)}-800x600.png)` });
    assert.equal(saved.statusCode, 200);
    assert.equal((saved.json() as { warnings: string[] }).warnings.length, 1);
    const read = await request('GET', `/api/admin/articles/${id}`);
    assert.equal((read.json() as { warnings: string[] }).warnings.length, 1);

    const signedIn = await signIn({ stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' }, { email: 'writer@example.org', password: PASSWORD, clientIp: '127.0.0.6' });
    assert.ok(signedIn.ok);
    const editor = await site.app.inject({ url: `/admin/articles/${id}`, cookies: { hp_session: signedIn.sessionId } });
    assert.equal(editor.statusCode, 200);
    assert.match(editor.body, /data-editor-image-warnings[\s\S]*Body line 3: the image/);
    assert.match(editor.body, /<details class="care-card-insert image-insert" data-image-insert data-body="f-bodyMarkdown" data-upload="\/api\/admin\/media" hidden>/);
    assert.match(editor.body, /<label class="field__label" for="f-image-alt">Alt text \(required\)<\/label>/);
    assert.match(editor.body, /<a href="\/admin\/media">upload one on the Images page<\/a>/);
    assert.match(editor.body, /image-insert\.js/);
  });
});

describe('the demo content shows its sample image (demo site)', () => {
  let site: RunningSite;
  before(async () => { site = await startDemoSite(); });
  after(async () => site?.close());

  it('imports the image into the media store and shows it responsive and lazy, every size served', async () => {
    const page = await fetch(`${site.origin}/articles/back-pain-in-pregnancy`);
    const html = await page.text();
    const img = /<img [^>]*>/.exec(html.slice(html.indexOf('article__body')))?.[0] ?? '';
    assert.match(img, /alt="Sample illustration: a simple figure sitting upright on a chair, back against the backrest"/);
    assert.match(img, /width="1200" height="800" /);
    assert.match(img, /loading="lazy" decoding="async"/);
    const urls = [...(/srcset="([^"]+)"/.exec(img)?.[1] ?? '').split(', ').map((candidate) => candidate.split(' ')[0]!)];
    assert.equal(urls.length, 3, img);
    for (const url of urls) assert.equal((await fetch(`${site.origin}${url}`)).status, 200, url);
  });
});
