import assert from 'node:assert/strict';
import type { Article } from '../content/article.js';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import { FIXED_NOW, articleInput, type PreparedArticleIngest, writeInputs } from '../testing/factories.js';
import type { NewPreviewLink, PreviewLinkStore } from './preview-links.js';

/** What the contract needs of a site, named here so the editorial folder depends on no adapter. */
export interface PreviewLinksContractSite {
  previewLinks: PreviewLinkStore;
  ingest: PreparedArticleIngest;
  catalogue: { findArticleBySlug(slug: string): Promise<Article | null> };
  maintenance: { close(): Promise<void> };
}

const EXPIRES = '2026-06-02T12:00:00.000Z';
const BEFORE = '2026-06-01T18:00:00.000Z';

async function articleIds(site: PreviewLinksContractSite, ...slugs: string[]): Promise<number[]> {
  await writeInputs(site.ingest, slugs.map((slug) => articleInput({ title: `Sample ${slug}`, slug, status: 'published' })), FIXED_NOW);
  return await Promise.all(slugs.map(async (slug) => (await site.catalogue.findArticleBySlug(slug))!.id));
}

const link = (articleId: number, tokenHash: string, more: Partial<NewPreviewLink> = {}): NewPreviewLink =>
  ({ articleId, tokenHash, tokenHint: tokenHash.slice(-6), createdByUserId: 3, createdAt: FIXED_NOW, expiresAt: EXPIRES, ...more });

/** What every PreviewLinkStore must do; each test gets a fresh, empty site on the real database. */
export function previewLinksContract(name: string, openSite: () => Promise<PreviewLinksContractSite>, skip: SkipList = {}): void {
  contractSuite(`PreviewLinkStore contract: ${name}`, openSite, skip, (test: ContractTest<PreviewLinksContractSite>) => {
    test('a link is found by its hash until it expires, and listed with its article', async (site) => {
      const [articleId] = await articleIds(site, 'shared-one');
      const created = await site.previewLinks.create(link(articleId!, 'hash-aaaaaa'));
      assert.ok(created.id > 0);
      assert.deepEqual(created, { ...link(articleId!, 'hash-aaaaaa'), id: created.id, revokedAt: null });
      assert.deepEqual(await site.previewLinks.findUsable('hash-aaaaaa', BEFORE), created);
      assert.equal(await site.previewLinks.findUsable('hash-aaaaaa', EXPIRES), null, 'not at the expiry time itself');
      assert.equal(await site.previewLinks.findUsable('unknown', BEFORE), null);
      assert.deepEqual(await site.previewLinks.listActive(articleId!, BEFORE), [created]);
      assert.deepEqual(await site.previewLinks.listActive(articleId!, EXPIRES), [], 'expired links are not listed');
    });

    test('revoking stops a link at once, once, and only for its own article', async (site) => {
      const [first, second] = await articleIds(site, 'shared-a', 'shared-b');
      const created = await site.previewLinks.create(link(first!, 'hash-revoke'));
      assert.equal(await site.previewLinks.revoke(second!, created.id, BEFORE), false, 'another article cannot revoke it');
      assert.ok(await site.previewLinks.findUsable('hash-revoke', BEFORE));
      assert.equal(await site.previewLinks.revoke(first!, created.id, BEFORE), true);
      assert.equal(await site.previewLinks.revoke(first!, created.id, BEFORE), false, 'already revoked');
      assert.equal(await site.previewLinks.findUsable('hash-revoke', BEFORE), null);
      assert.deepEqual(await site.previewLinks.listActive(first!, BEFORE), []);
    });

    test('lists the newest first and keeps articles apart', async (site) => {
      const [first, second] = await articleIds(site, 'shared-x', 'shared-y');
      const older = await site.previewLinks.create(link(first!, 'hash-older', { createdAt: FIXED_NOW }));
      const newer = await site.previewLinks.create(link(first!, 'hash-newer', { createdAt: '2026-06-01T12:30:00.000Z' }));
      await site.previewLinks.create(link(second!, 'hash-other'));
      assert.deepEqual((await site.previewLinks.listActive(first!, BEFORE)).map((l) => l.id), [newer.id, older.id]);
    });

    test('refuses a second link with the same hash (hashes are unique)', async (site) => {
      const [articleId] = await articleIds(site, 'shared-dup');
      await site.previewLinks.create(link(articleId!, 'hash-same'));
      await assert.rejects(site.previewLinks.create(link(articleId!, 'hash-same')));
    });
  });
}
