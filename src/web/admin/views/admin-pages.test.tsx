import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Role } from '../../../accounts/roles.js';
import { count, elementWith, textOf } from '../../views/html-probe.js';
import { makeSite } from '../../views/fixtures.js';
import { renderResetPasswordPage, renderSetupPage, renderSignedOutPage, renderSignInPage, SIGN_IN_FAILED } from './account-pages.js';
import { makeContext, makeEditor, makeFields, makeRow, HOSTILE } from './admin-fixtures.js';
import { renderArticleListPage } from './article-list-page.js';
import { renderAuditPage } from './audit-page.js';
import { renderConflictPage } from './conflict-page.js';
import { renderDashboardPage } from './dashboard-page.js';
import { renderEditorPage } from './editor-page.js';
import { renderAdminMessagePage } from './message-page.js';
import { renderRevisionDiffPage, renderRevisionsPage } from './revisions-pages.js';
import { renderTaxonomyPage } from './taxonomy-page.js';
import { renderTokensPage } from './tokens-page.js';
import { renderUsersPage } from './users-page.js';
import type { FieldDiff } from './view-models.js';

const ctx = makeContext('admin');
const publicCtx = { site: makeSite(), csrfToken: 'csrf-123' };
const diffs: FieldDiff[] = [
  { field: 'title', label: 'Title', changed: true, before: 'Iron deficiency', after: 'Iron deficiency anaemia', parts: [{ value: 'Iron deficiency' }, { value: ' anaemia', added: true }] },
  { field: 'summary', label: 'Summary', changed: true, before: 'Old words', after: 'New words', parts: [{ value: 'Old', removed: true }, { value: 'New', added: true }, { value: ' words' }] },
  { field: 'author', label: 'Author', changed: false, before: 'Bo', after: 'Bo', parts: [{ value: 'Bo' }] },
];
const revisions = [1, 2, 3].reverse().map((number) => ({ number, kind: 'save' as const, by: 'Ana', at: '2026-12-05T14:02:00Z', note: null }));
const paging = { total: 45, page: 2, pageCount: 3 };
const SOURCE_ROWS = [
  { title: 'Sample guideline (fictional)', publisher: 'Sample body', url: 'https://example.org/g', accessed: '2026-11-02', doi: '', pmid: '', sections: ['symptoms', 'old-heading'] },
  { title: 'Sample trial (fictional)', publisher: '', url: '', accessed: '', doi: 'bmj', pmid: '31452104', sections: [] },
];

function pages(): [string, string][] {
  return [
    ['sign-in', renderSignInPage({ ...publicCtx, failed: true, email: 'x@y.org' })],
    ['sign-in throttled', renderSignInPage({ ...publicCtx, retryAfterSeconds: 120 })],
    ['setup', renderSetupPage({ ...publicCtx, token: 't', expiresAt: '2026-12-06T00:00:00Z', errors: { email: 'Enter an email address', confirm: 'The passwords differ' } })],
    ['reset', renderResetPasswordPage({ ...publicCtx, token: 't', expiresAt: '2026-12-06T00:00:00Z', email: 'a@b.org', errors: { password: 'Too short' } })],
    ['signed out', renderSignedOutPage(publicCtx)],
    ['dashboard', renderDashboardPage({ ...ctx, myDrafts: [makeRow(1, { title: HOSTILE })], waitingForReview: [makeRow(2, { state: 'in-review' })], recentlyPublished: [], recentlyChanged: [makeRow(3, { state: 'published-changed' })], canCreate: true })],
    ['dashboard with the review queue and held schedules', renderDashboardPage({ ...ctx, myDrafts: [], waitingForReview: [], recentlyPublished: [], recentlyChanged: [], canCreate: false,
      reviewQueue: { overdue: 2, dueSoon: 1, neverReviewed: 0, readerFeedback: 1, byTopic: [{ topic: HOSTILE, count: 2 }], byReviewer: [{ reviewer: HOSTILE, count: 2 }], withinDays: 30 },
      heldSchedules: [{ articleId: 4, title: HOSTILE, reason: 'held: its clinical sign-off was voided' }] })],
    ['articles', renderArticleListPage({ ...ctx, ...paging, filters: { q: 'iron', status: 'draft' }, options: { status: [{ value: 'draft', label: 'Draft' }], category: [], questionType: [] }, rows: [makeRow(1, { title: HOSTILE }), makeRow(2, { readingGrade: 11.4 }), makeRow(3, { readingGrade: null })], canCreate: true, readingTarget: 8 })],
    ['articles empty', renderArticleListPage({ ...ctx, total: 0, page: 1, pageCount: 0, filters: {}, options: { status: [], category: [], questionType: [] }, rows: [], canCreate: false, readingTarget: 8 })],
    ['editor', renderEditorPage(makeEditor({ fields: makeFields({ title: HOSTILE }), errors: { title: 'Enter a title', 'sourceUrl-0': 'Enter a web address starting with https://' }, lockedBy: { name: 'Bo', lastSeenSecondsAgo: 20 } }))],
    ['editor sources', renderEditorPage(makeEditor({ fields: makeFields({ bodyMarkdown: '## Symptoms\n\nText.\n\n## Causes\n\nText.', sources: SOURCE_ROWS }), errors: { 'sourceDoi-1': 'Source 2: doi: "bmj" is not a DOI' } }))],
    ['editor new', renderEditorPage(makeEditor({ articleId: null, baseRevision: 0, lastSaved: null, previewLinks: null }))],
    ['editor read-only', renderEditorPage(makeEditor({ readOnlyReason: 'Bo is editing this article.', takenOverBy: 'Bo' }))],
    ['conflict', renderConflictPage({ ...ctx, articleId: 12, articleTitle: HOSTILE, baseRevision: 10, currentRevision: 12, currentBy: 'Bo', currentAt: '2026-12-05T14:02:00Z', theirs: makeFields(), mine: makeFields({ title: 'Mine' }), diffs, topics: [], categories: [], questionTypes: [], permissions: makeEditor().permissions })],
    ['revisions', renderRevisionsPage({ ...ctx, articleId: 12, articleTitle: HOSTILE, revisions, canRestore: true })],
    ['revision diff', renderRevisionDiffPage({ ...ctx, articleId: 12, articleTitle: 'A', from: revisions[2]!, to: revisions[0]!, diffs })],
    ['users', renderUsersPage({ ...ctx, users: [{ id: 7, name: 'Ana', email: 'a@b.org', role: 'admin', disabled: false, lastSignedInAt: null }, { id: 8, name: HOSTILE, email: 'c@d.org', role: 'contributor', disabled: false, lastSignedInAt: '2026-12-01T10:00:00Z' }], resetLink: { userId: 8, url: 'https://health.example/sub/admin/reset-password?token=abc', expiresAt: '2026-12-06T00:00:00Z' }, errors: { email: 'Enter an email address' } })],
    ['tokens', renderTokensPage({ ...ctx, tokens: [{ id: 1, name: HOSTILE, userName: 'Ana', createdAt: '2026-12-01T10:00:00Z', lastUsedAt: null }], userOptions: [{ value: '7', label: 'Ana' }], created: { name: 'import', secret: 'hp_secret' }, errors: { name: 'Enter a name' } })],
    ['audit', renderAuditPage({ ...ctx, ...paging, filters: { action: 'user.created' }, userOptions: [], rows: [{ id: 1, at: '2026-12-01T10:00:00Z', action: 'user.created', actor: HOSTILE, subject: 'user:3', detail: null, clientIp: null }], errors: { from: 'Enter a real date' } })],
    ['taxonomy', renderTaxonomyPage({ ...ctx, q: '', topics: [{ id: 1, name: HOSTILE, parentPath: [], articleCount: 3, slug: 'hostile' }], topicsTotal: 1, tags: [{ id: 4, name: 'Self care', parentPath: [], articleCount: 2, slug: 'self-care' }], tagsTotal: 1, categories: [{ id: 2, name: 'Pregnancy', parentPath: ["Women's health"], articleCount: 1, slug: 'womens-health/pregnancy' }], page: 1, pageCount: 1, parentOptions: [{ value: '2', label: "Women's health / Pregnancy" }], errors: { 'rename-topic-1': 'That name is taken', 'slug-category-2': 'That address is taken' }, typed: { 'rename-topic-1': 'Typed name', 'slug-category-2': 'Typed slug' } })],
    ['403', renderAdminMessagePage({ ...ctx, status: 403, reason: 'contributors may act only on their own articles' })],
    ['404', renderAdminMessagePage({ ...ctx, status: 404 })],
  ];
}

type El = ReturnType<typeof DomUtils.findAll>[number];
const all = (html: string): El[] => DomUtils.findAll(() => true, parseDocument(html).children);

describe('every admin page', () => {
  for (const [name, html] of pages()) {
    describe(name, () => {
      const elements = all(html);
      it('is a noindex document with a skip link and one main landmark', () => {
        assert.ok(html.startsWith('<!doctype html><html lang="en">'));
        assert.ok(html.includes('<meta name="robots" content="noindex"/>'));
        assert.ok(html.includes('<a class="skip-link" href="#main">'));
        assert.equal(count(html, /<main id="main"/), 1);
      });
      it('runs no inline script and no on* handler', () => {
        for (const el of elements) {
          if (el.name === 'script') assert.ok(el.attribs.src, 'a script without src');
          for (const attribute of Object.keys(el.attribs)) assert.ok(!/^on/i.test(attribute), `${el.name} has ${attribute}`);
        }
      });
      it('carries the CSRF field in every POST form', () => {
        for (const form of elements.filter((el) => el.name === 'form' && el.attribs.method === 'post')) {
          const csrf = DomUtils.findAll((el) => el.name === 'input' && el.attribs.name === '_csrf', form.children);
          assert.equal(csrf.length, 1, `form ${form.attribs.action}`);
          assert.equal(csrf[0]!.attribs.value, 'csrf-123');
        }
      });
      it('labels every visible control', () => {
        const ids = new Set(elements.filter((el) => el.name === 'label').map((el) => el.attribs.for));
        for (const control of elements.filter((el) => ['input', 'select', 'textarea'].includes(el.name) && el.attribs.type !== 'hidden')) {
          assert.ok(control.attribs.id && ids.has(control.attribs.id), `${control.name} name=${control.attribs.name} id=${control.attribs.id} has no label`);
        }
      });
      it('links each error summary entry to an invalid field described by its error', () => {
        for (const link of elements.filter((el) => el.name === 'a' && el.parent && (el.parent.parent as El | null)?.attribs?.class === 'error-summary__list')) {
          const id = link.attribs.href!.slice(1);
          const target = elements.find((el) => el.attribs.id === id);
          assert.ok(target, `no element #${id}`);
          if (target.name !== 'fieldset') {
            assert.equal(target.attribs['aria-invalid'], 'true');
            assert.ok(target.attribs['aria-describedby']!.split(' ').includes(`${id}-error`));
          }
        }
      });
      it('has one h1 and never skips a heading level', () => {
        // The preview pane holds the reader's own article view, with its own h1: checked by the reader's tests.
        const outline = html.replace(/<div class="preview__pane"[^>]*>[\s\S]*?<\/article><\/div>/, '');
        const levels = [...outline.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
        assert.equal(levels.filter((level) => level === 1).length, 1, name);
        levels.reduce((previous, level) => { assert.ok(level <= previous + 1, `h${previous} then h${level}`); return level; });
      });
      it('escapes hostile text', () => {
        assert.ok(!html.includes(HOSTILE));
      });
      it('gives every table header cell a scope and every table a caption', () => {
        for (const table of elements.filter((el) => el.name === 'table')) {
          assert.equal(DomUtils.findAll((el) => el.name === 'caption', table.children).length, 1);
          for (const th of DomUtils.findAll((el) => el.name === 'th', table.children)) assert.ok(th.attribs.scope, 'th without scope');
        }
      });
    });
  }
});

describe('admin specifics', () => {
  it('shows nav items by role', () => {
    const nav = (role: Role) => textOf(elementWith(renderDashboardPage({ ...makeContext(role), myDrafts: [], waitingForReview: [], recentlyPublished: [], recentlyChanged: [], canCreate: true }), 'nav', 'aria-label="Newsroom"') ?? '');
    assert.ok(!/Users|Tokens|Audit|Topics/.test(nav('contributor')));
    assert.ok(nav('editor').includes('Topics & categories') && !nav('editor').includes('Users'));
    for (const item of ['Dashboard', 'Articles', 'Topics & categories', 'Users', 'Tokens', 'Audit log']) assert.ok(nav('admin').includes(item), item);
  });
  it('signs in with one message for unknown user and wrong password, and a retry time when throttled', () => {
    assert.ok(renderSignInPage({ ...publicCtx, failed: true }).includes(SIGN_IN_FAILED));
    assert.ok(textOf(renderSignInPage({ ...publicCtx, retryAfterSeconds: 120 })).includes('Try again in 2 minutes'));
  });
  it('the editor carries its data for admin.js, the buttons it may use and at least three source rows', () => {
    const html = renderEditorPage(makeEditor({ permissions: { save: true, submit: true, publish: false, unpublish: false, sharePreview: false, delete: false } }));
    assert.ok(html.includes('data-api-url="/sub/api/admin/articles/12"') && html.includes('data-lock-url="/sub/api/admin/articles/12/lock"') && html.includes('data-preview-url="/sub/admin/articles/12/preview"'));
    assert.ok(html.includes('<meta name="csrf-token" content="csrf-123"/>'));
    assert.ok(html.includes('<script src="/sub/assets/admin.js?v=abc123" defer></script>'));
    assert.ok(html.includes('name="baseRevision" value="11"') && html.includes('name="slugEdited" value="false"'));
    assert.ok(html.includes('value="submit"') && !html.includes('value="publish"') && !html.includes('value="unpublish"'));
    assert.ok(count(html, /data-editor-source-row/) >= 3);
    assert.ok(html.includes('aria-live="polite"') && html.includes('Saved at'));
  });
  it('the read-only editor disables its fields and loads no script', () => {
    const html = renderEditorPage(makeEditor({ readOnlyReason: 'Bo is editing this article.' }));
    assert.ok(html.includes('<fieldset class="editor__fieldset" disabled'));
    assert.ok(!html.includes('admin.js') && html.includes('Bo is editing this article.'));
  });
  it('the lock banner offers read-only and take over', () => {
    const text = textOf(renderEditorPage(makeEditor({ lockedBy: { name: 'Bo', lastSeenSecondsAgo: 20 } })));
    assert.ok(text.includes('Bo is editing this article (last seen 20 s ago)') && text.includes('Open read-only') && text.includes('Take over'));
  });
  it('the conflict view marks differences with ins/del and hidden words, and posts on top of the current revision', () => {
    const html = pages().find(([name]) => name === 'conflict')![1];
    assert.match(html, /<ins><span class="visually-hidden">\[added: <\/span> anaemia<span class="visually-hidden">\]<\/span><\/ins>/);
    assert.match(html, /<del><span class="visually-hidden">\[removed: <\/span>Old<span class="visually-hidden">\]<\/span><\/del>/);
    assert.equal(count(html, /name="baseRevision" value="12"/), 2);
    assert.ok(html.includes('id="mine-copy"') && html.includes('Unchanged fields (1)'));
  });
});
