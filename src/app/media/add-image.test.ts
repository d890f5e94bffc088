import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { Actor } from '../../accounts/roles.js';
import type { Site } from '../site.js';
import { MediaFiles } from '../../media/media-files.js';
import { openPostgresSite } from '../../store/postgres/open-postgres-site.js';
import { openSqliteSite } from '../../store/sqlite/open-sqlite-site.js';
import { FIXED_NOW } from '../../testing/factories.js';
import { dropSchemas, postgresReachable, TEST_PG_URL } from '../../testing/postgres.js';
import { samplePng } from '../../testing/sample-image.js';
import { addImage } from './add-image.js';
import { listImages } from './list-images.js';
import type { MediaPorts } from './media-ports.js';

const pgSchema = `hp_media_${process.pid}`;
const pgSkip = (await postgresReachable()) ? false : `no PostgreSQL at ${TEST_PG_URL}`;
const databases: Array<[string, false | string, () => Promise<{ site: Site; close: () => Promise<void> }>]> = [
  ['SQLite', false, async () => {
    const { site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-media-')), 'site.db'));
    return { site, close: () => site.maintenance.close() };
  }],
  ['PostgreSQL', pgSkip, async () => {
    const { site } = await openPostgresSite({ connectionString: TEST_PG_URL, schema: pgSchema });
    return { site, close: async () => { await site.maintenance.close(); await dropSchemas([pgSchema]); } };
  }],
];

for (const [name, skip, open] of databases) {
  describe(`the media store's use cases (${name})`, { skip }, () => {
    let opened: { site: Site; close: () => Promise<void> };
    let ports: MediaPorts;
    let author: Actor;
    let reviewer: Actor;
    before(async () => {
      opened = await open();
      ports = { library: opened.site.media, files: new MediaFiles(mkdtempSync(join(tmpdir(), 'hp-media-files-'))), clock: () => new Date(FIXED_NOW) };
      const user = async (email: string, role: Actor['role']) =>
        ({ userId: (await opened.site.accounts.users.create({ email, name: 'Sample user', role, passwordHash: null, now: FIXED_NOW }))!.id, role });
      author = await user('author@example.org', 'contributor');
      reviewer = await user('reviewer@example.org', 'reviewer');
    });
    after(() => opened.close());

    it('stores an image, its full size and its renditions on disk, and gives the Markdown to paste', async () => {
      const added = await addImage(ports, author, { bytes: await samplePng(), originalName: 'steps.png', alt: '  Four   steps, as boxes ' });
      assert.equal(added.added, true);
      assert.match(added.markdown, /^!\[Four steps, as boxes\]\(\/media\/[0-9a-f]{32}-1600x900\.png\)$/);
      assert.deepEqual(added.urls.map((url) => url.replace(/[0-9a-f]{32}/, 'H')), ['/media/H-1600x900.png', '/media/H-480.webp', '/media/H-800.webp', '/media/H-1200.webp']);
      for (const url of added.urls) assert.ok(existsSync(ports.files.pathOf(url)!), url);
      const rendition = await sharp(ports.files.pathOf(added.urls[1]!)!).metadata();
      assert.deepEqual([rendition.format, rendition.width, rendition.height], ['webp', 480, 270]);
      assert.deepEqual({ ...added.record, id: 0 }, {
        id: 0, hash: added.record.hash, originalName: 'steps.png', alt: 'Four steps, as boxes', width: 1600, height: 900,
        mime: 'image/png', ext: 'png', createdBy: author.userId, createdAt: FIXED_NOW,
      });
    });

    it('keeps one copy of the same bytes, and each upload writes its own alt text in its Markdown', async () => {
      const bytes = await samplePng(640, 480, '#8a2be2');
      const first = await addImage(ports, author, { bytes, originalName: 'a.png', alt: 'First description' });
      const files = readdirSync(ports.files.dir).length;
      const second = await addImage(ports, author, { bytes, originalName: 'b.png', alt: 'Second description' });
      assert.equal(second.added, false);
      assert.equal(second.record.id, first.record.id);
      assert.match(second.markdown, /^!\[Second description\]/);
      assert.equal(readdirSync(ports.files.dir).length, files, 'no file written twice');
    });

    it('never upscales: a small image has its full size only', async () => {
      const added = await addImage(ports, author, { bytes: await samplePng(300, 200, '#006400'), originalName: 'small.png', alt: 'A small sample' });
      assert.equal(added.urls.length, 1);
    });

    it('refuses an upload without alt text, naming the field', async () => {
      await assert.rejects(addImage(ports, author, { bytes: await samplePng(), originalName: 'x.png', alt: '   ' }), (error: Error & { code?: string; details?: string[] }) => {
        assert.equal(error.code, 'INVALID');
        assert.match(error.details![0]!, /^alt: is required/);
        return true;
      });
    });

    it('refuses what is not an image of an accepted format, by its bytes', async () => {
      await assert.rejects(addImage(ports, author, { bytes: Buffer.from('%PDF-1.4 not an image'), originalName: 'fake.png', alt: 'A file' }), /file: is not an image the media store takes; upload JPEG, PNG, WEBP, GIF, AVIF/);
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
      await assert.rejects(addImage(ports, author, { bytes: svg, originalName: 'x.svg', alt: 'A square' }), /\(it is SVG\)/);
    });

    it('lets only those who may upload list images, newest first with their Markdown', async () => {
      const list = await listImages(ports, author, { limit: 2, offset: 0 });
      assert.equal(list.total, 3);
      assert.equal(list.items.length, 2);
      assert.match(list.items[0]!.markdown, /^!\[/);
      await assert.rejects(listImages(ports, reviewer, { limit: 2, offset: 0 }), { code: 'FORBIDDEN' });
      await assert.rejects(addImage(ports, reviewer, { bytes: await samplePng(), originalName: 'x.png', alt: 'Alt' }), { code: 'FORBIDDEN', details: ['media.upload'] });
    });
  });
}
