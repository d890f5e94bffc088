import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addImage, type AddedImage } from '../../src/app/media/add-image.js';
import type { MediaPorts } from '../../src/app/media/media-ports.js';
import type { Site } from '../../src/app/site.js';
import { buildSite, type BuildSiteOptions } from '../../src/export/build-site.js';
import { MediaFiles } from '../../src/media/media-files.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';
import { samplePng } from '../../src/testing/sample-image.js';

const config = (baseUrl: string) => ({ baseUrl, excerptLength: 50, siteName: 'Healthpress', searchPerMinute: 100_000 });

describe('healthpress build writes the media files its pages show', () => {
  let site: Site;
  let media: MediaPorts;
  let shown: AddedImage;
  let unused: AddedImage;
  const options = (outDir: string, baseUrl = 'http://example.test'): BuildSiteOptions =>
    ({ catalogue: site.catalogue, changes: site.changes, config: config(baseUrl), outDir, mediaDir: media.files.dir });

  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-media-export-')), 'site.db')));
    media = { library: site.media, files: new MediaFiles(mkdtempSync(join(tmpdir(), 'hp-media-export-files-'))), clock: () => new Date('2026-06-01T00:00:00Z') };
    shown = await addImage(media, null, { bytes: await samplePng(1000, 500), originalName: 'shown.png', alt: 'Sample chart of two bars' });
    unused = await addImage(media, null, { bytes: await samplePng(700, 700, '#444444'), originalName: 'unused.png', alt: 'Never shown' });
    await writeInputs(site.ingest, [articleInput({ slug: 'sample-with-image', status: 'published', bodyMarkdown: `Some text.\n\n${shown.markdown}\n\nMore text.` })], '2026-06-01T00:00:00.000Z');
  });
  after(() => site?.maintenance.close());

  it('writes every size of a shown image under its own URL, byte for byte, and no other image', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'hp-media-export-out-')), 'out');
    const summary = await buildSite(options(outDir));
    assert.deepEqual(summary.brokenLinks, []);
    const page = readFileSync(join(outDir, 'articles/sample-with-image/index.html'), 'utf8');
    assert.match(page, /<img src="\/media\/[0-9a-f]{32}-800\.webp" srcset="[^"]+ 480w, [^"]+ 800w, [^"]+ 1000w"/);
    assert.deepEqual(shown.urls.map((url) => url.replace(/[0-9a-f]{32}/, 'H')), ['/media/H-1000x500.png', '/media/H-480.webp', '/media/H-800.webp']);
    for (const url of shown.urls) {
      assert.ok(existsSync(join(outDir, url)), `${url} is written`);
      assert.deepEqual(readFileSync(join(outDir, url)), readFileSync(media.files.pathOf(url)!), `${url} is the stored file`);
    }
    for (const url of unused.urls) assert.equal(existsSync(join(outDir, url)), false, `${url} is shown by no page`);
  });

  it('puts the images under the base path of a site served from a subdirectory', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'hp-media-export-sub-')), 'out');
    const summary = await buildSite(options(outDir, 'http://example.test/health'));
    assert.deepEqual(summary.brokenLinks, []);
    const page = readFileSync(join(outDir, 'articles/sample-with-image/index.html'), 'utf8');
    assert.match(page, /<img src="\/health\/media\/[0-9a-f]{32}-800\.webp" srcset="\/health\/media\/[^"]+ 480w, \/health\/media\//);
    for (const url of shown.urls) assert.ok(existsSync(join(outDir, url)), `${url} is written`);
  });
});
