import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MediaFiles } from '../../media/media-files.js';
import { openSqliteSite } from '../../store/sqlite/open-sqlite-site.js';
import { samplePng } from '../../testing/sample-image.js';
import { importContent } from '../import-content.js';
import type { Site } from '../site.js';
import type { MediaPorts } from './media-ports.js';

const article = (slug: string, body: string) => `---\ntitle: Sample ${slug}\nslug: ${slug}\ncategory: [Samples]\nstatus: published\nsample: true\n---\n${body}\n`;

describe('the Markdown importer copies the images a body shows into the media store', () => {
  let site: Site;
  let media: MediaPorts;
  let root: string;
  before(async () => {
    ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-import-images-')), 'site.db')));
    media = { library: site.media, files: new MediaFiles(mkdtempSync(join(tmpdir(), 'hp-import-images-files-'))), clock: () => new Date('2026-06-01T00:00:00Z') };
    root = mkdtempSync(join(tmpdir(), 'hp-import-images-src-'));
    mkdirSync(join(root, 'guides', 'images'), { recursive: true });
    writeFileSync(join(root, 'guides', 'images', 'chart.png'), await samplePng(900, 600));
    writeFileSync(join(root, 'guides', 'images', 'plain.png'), await samplePng(200, 100, '#555555'));
    writeFileSync(join(root, 'guides', 'notes.txt'), 'not an image');
    writeFileSync(join(root, 'guides', 'with-images.md'), article('with-images', [
      'Intro.', '', '![Sample chart: two boxes](images/chart.png)', '', 'Again: ![Sample chart: two boxes](images/chart.png)', '', '![](images/plain.png)', '',
      '![An outside image](https://example.org/x.png)',
    ].join('\n')));
    writeFileSync(join(root, 'guides', 'missing-image.md'), article('missing-image', 'Text.\n\n![Sample](images/gone.png)'));
    writeFileSync(join(root, 'guides', 'not-an-image.md'), article('not-an-image', 'Text.\n\n![Sample](notes.txt)'));
    writeFileSync(join(root, 'outside.md'), article('outside', 'Text.\n\n![Sample](../../etc/hostname)'));
  });
  after(() => site.maintenance.close());

  it('rewrites local images to their media URLs, keeps alt text, reports a missing one and fails files whose images cannot be read', async () => {
    const report = await importContent(site, { kind: 'markdown', path: root, media });
    assert.equal(report.imported, 1, JSON.stringify(report));
    assert.deepEqual(report.warnings, [{ file: 'guides/with-images.md', message: 'body line 7: the image images/plain.png has no alt text' }]);
    assert.deepEqual(report.failed.map((failure) => [failure.file, failure.reason]).sort(), [
      ['guides/missing-image.md', 'body line 3: the image images/gone.png: no such file'],
      ['guides/not-an-image.md', 'body line 3: the image notes.txt: is not an image the media store takes; upload JPEG, PNG, WEBP, GIF, AVIF'],
      ['outside.md', 'body line 3: the image ../../etc/hostname is outside the folder being imported'],
    ]);

    const page = await site.catalogue.findArticleBySlug('with-images');
    assert.ok(page);
    assert.equal((page.bodyHtml.match(/<img /g) ?? []).length, 3);
    assert.match(page.bodyHtml, /<img src="\/media\/[0-9a-f]{32}-800\.webp" srcset="[^"]*" sizes="[^"]*" width="900" height="600" alt="Sample chart: two boxes" loading="lazy" decoding="async" \/>/);
    assert.match(page.bodyHtml, /<img src="\/media\/[0-9a-f]{32}-200x100\.png" [^>]*alt=""/);
    assert.match(page.bodyHtml, /An outside image/, 'an image elsewhere on the web stays its alt text');
    const { total, items } = await media.library.list({ limit: 10, offset: 0 });
    assert.equal(total, 2, 'the image shown twice is stored once');
    assert.deepEqual(items.map((item) => item.alt).sort(), ['', 'Sample chart: two boxes']);
    for (const item of items) assert.ok(existsSync(join(media.files.dir, `${item.hash}-${item.width}x${item.height}.${item.ext}`)));
  });

  it('leaves bodies as they are when no media store is given', async () => {
    const report = await importContent(site, { kind: 'markdown', path: join(root, 'guides', 'missing-image.md') });
    assert.equal(report.imported, 1, JSON.stringify(report));
  });
});
