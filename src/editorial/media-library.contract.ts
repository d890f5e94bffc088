import assert from 'node:assert/strict';
import { type ContractTest, type SkipList, contractSuite } from '../testing/contract-suite.js';
import type { MediaLibrary, NewMedia } from './media-library.js';

/** What the contract needs of a site, named here so the editorial folder depends on no adapter. */
export interface MediaContractSite {
  media: MediaLibrary;
  maintenance: { close(): Promise<void> };
}

const image = (n: number, overrides: Partial<NewMedia> = {}): NewMedia => ({
  hash: n.toString(16).padStart(32, '0'), originalName: `diagram-${n}.png`, alt: `Sample diagram ${n}`,
  width: 1600, height: 900, mime: 'image/png', ext: 'png', createdBy: null, createdAt: `2026-06-0${n}T10:00:00.000Z`, ...overrides,
});

/** What every MediaLibrary must do; each test gets a fresh, empty site on the real database. */
export function mediaLibraryContract(name: string, openSite: () => Promise<MediaContractSite>, skip: SkipList = {}): void {
  contractSuite(`MediaLibrary contract: ${name}`, openSite, skip, (test: ContractTest<MediaContractSite>) => {
    test('adds an image and finds it by hash, every field kept', async (site) => {
      const { record, added } = await site.media.add(image(1, { createdBy: null }));
      assert.equal(added, true);
      assert.ok(record.id > 0);
      assert.deepEqual(await site.media.findByHash(image(1).hash), { ...image(1), id: record.id });
      assert.equal(await site.media.findByHash(image(2).hash), null);
    });

    test('keeps one record per hash: the same bytes again give the first record back', async (site) => {
      const first = await site.media.add(image(1));
      const again = await site.media.add(image(1, { originalName: 'copy.png', alt: 'Another alt text', createdAt: '2026-06-09T00:00:00.000Z' }));
      assert.equal(again.added, false);
      assert.deepEqual(again.record, first.record);
      assert.equal((await site.media.list({ limit: 10, offset: 0 })).total, 1);
    });

    test('lists newest first, a page at a time, with the total', async (site) => {
      for (const n of [1, 3, 2]) await site.media.add(image(n));
      const first = await site.media.list({ limit: 2, offset: 0 });
      assert.equal(first.total, 3);
      assert.deepEqual(first.items.map((item) => item.originalName), ['diagram-3.png', 'diagram-2.png']);
      const second = await site.media.list({ limit: 2, offset: 2 });
      assert.deepEqual(second.items.map((item) => item.originalName), ['diagram-1.png']);
      assert.deepEqual((await site.media.list({ limit: 2, offset: 4 })).items, []);
    });
  });
}
