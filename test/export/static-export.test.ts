import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Site } from '../../src/app/site.js';
import { buildSite, type BuildSiteOptions, staticExportSite } from '../../src/export/build-site.js';
import { MANIFEST_FILE } from '../../src/export/build-manifest.js';
import { runImport } from '../../src/importers/import-runner.js';
import { markdownDirLoader } from '../../src/importers/markdown-dir.js';
import { demoContentDir } from '../../src/project-files.js';
import { RelatedService } from '../../src/related/related-service.js';
import { SearchService } from '../../src/search/search-service.js';
import { openSqliteSite } from '../../src/store/sqlite/open-sqlite-site.js';
import { articleInput, writeInputs } from '../../src/testing/factories.js';
import { buildApp } from '../../src/web/app.js';

const config = (baseUrl: string) => ({ baseUrl, excerptLength: 50, siteName: 'Healthpress', searchPerMinute: 100_000 });

/** Every file under `dir`, relative, '/'-separated. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** What a plain static server answers for a link: the file, or the folder's index.html. */
function fileForLink(outDir: string, href: string, basePath: string): string | null {
  const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!).slice(basePath.length);
  for (const candidate of [join(outDir, path), join(outDir, path, 'index.html')]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('healthpress build (static export of the demo site)', () => {
  let site: Site;
  let search: SearchService;
  let dbPath: string;
  let contentDir: string;
  const outDir = join(mkdtempSync(join(tmpdir(), 'hp-export-')), 'out');
  const options = (): BuildSiteOptions => ({ catalogue: site.catalogue, changes: site.changes, search, config: config('http://example.test'), outDir, searchApi: 'https://api.example.test' });

  before(async () => {
    dbPath = join(mkdtempSync(join(tmpdir(), 'hp-export-db-')), 'site.db');
    ({ site } = await openSqliteSite(dbPath).then((opened) => ({ site: opened.site, search: (search = new SearchService(opened.site.search)) })));
    // A copy of the demo content, so the incremental test can edit one article's file.
    contentDir = mkdtempSync(join(tmpdir(), 'hp-export-content-'));
    cpSync(demoContentDir, contentDir, { recursive: true });
    const report = await runImport(site, markdownDirLoader, contentDir);
    assert.equal(report.failed.length, 0);
    // 25 more in one category and tag, so listings have a page 2.
    await writeInputs(site.ingest, Array.from({ length: 25 }, () => articleInput({ categoryPath: ['Paged category'], tags: ['paged'] })), '2026-03-01T00:00:00.000Z');
    await new RelatedService(site.related).refreshPending();
  });
  after(async () => {
    await site?.maintenance.close();
  });

  it('writes every page type, with no broken internal link', async () => {
    const summary = await buildSite(options());
    assert.deepEqual(summary.brokenLinks, []);
    assert.equal(summary.written, summary.files);
    for (const file of [
      'index.html',
      '404.html',
      'robots.txt',
      'feed.xml',
      'sitemap.xml',
      'search/index.html',
      'assets/site.css',
      'articles/causes-of-back-pain-after-a-miscarriage/index.html',
      'topics/miscarriage/index.html',
      'categories/womens-health/index.html',
      'categories/womens-health/pregnancy/index.html',
      'categories/paged-category/page/2/index.html',
      'tags/paged/page/2/index.html',
      'health-a-z/index.html',
      'health-a-z/m/index.html',
      MANIFEST_FILE,
    ]) {
      assert.ok(existsSync(join(outDir, file)), file);
    }
    assert.ok(listFiles(join(outDir, 'tags')).length > 5, 'tag pages');
    assert.match(readFileSync(join(outDir, 'categories/paged-category/index.html'), 'utf8'), /href="\/categories\/paged-category\/page\/2"/);
    assert.match(readFileSync(join(outDir, 'search/index.html'), 'utf8'), /action="https:\/\/api\.example\.test\/search"/);
  });

  it('writes the bytes the server answers for the same URL, for a sample of every type', async () => {
    // The server as deployed for this export: same options, the real store, over HTTP.
    const app = await buildApp({ catalogue: site.catalogue, search, config: config('http://example.test'), staticExport: staticExportSite(options()) });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    try {
      const samples: [string, string][] = [
        ['/', 'index.html'],
        ['/articles/causes-of-back-pain-after-a-miscarriage', 'articles/causes-of-back-pain-after-a-miscarriage/index.html'],
        ['/articles/what-is-a-miscarriage', 'articles/what-is-a-miscarriage/index.html'],
        ['/topics/miscarriage', 'topics/miscarriage/index.html'],
        ['/categories/womens-health/pregnancy', 'categories/womens-health/pregnancy/index.html'],
        ['/categories/paged-category/page/2', 'categories/paged-category/page/2/index.html'],
        ['/tags/paged', 'tags/paged/index.html'],
        ['/tags/paged/page/2', 'tags/paged/page/2/index.html'],
        ['/health-a-z', 'health-a-z/index.html'],
        ['/health-a-z/m', 'health-a-z/m/index.html'],
        ['/sitemap.xml', 'sitemap.xml'],
        ['/feed.xml', 'feed.xml'],
        ['/robots.txt', 'robots.txt'],
        ['/search', 'search/index.html'],
        ['/assets/site.css', 'assets/site.css'],
        ['/no/such/page', '404.html'],
      ];
      for (const [path, file] of samples) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        const served = Buffer.from(await response.arrayBuffer());
        assert.ok(served.equals(readFileSync(join(outDir, file))), `${path} == ${file}`);
      }
      // The server answers the static page URLs and the query form with the same page.
      const byQuery = await (await fetch(`http://127.0.0.1:${port}/categories/paged-category?page=2`)).text();
      assert.equal(byQuery, readFileSync(join(outDir, 'categories/paged-category/page/2/index.html'), 'utf8'));
      assert.equal((await fetch(`http://127.0.0.1:${port}/tags/paged/page/1`)).status, 404, 'page 1 has one URL');
    } finally {
      await app.close();
    }
  });

  it('has every internal link of every page reachable from the home page resolve to a file', () => {
    const queue = ['/'];
    const seen = new Set(queue);
    const missing: string[] = [];
    while (queue.length) {
      const href = queue.shift()!;
      const file = fileForLink(outDir, href, '');
      if (!file) {
        missing.push(href);
        continue;
      }
      if (!file.endsWith('.html')) continue;
      for (const link of hrefs(readFileSync(file, 'utf8'))) {
        if (!link.startsWith('/') || link.startsWith('//')) continue;
        const key = link.split('#')[0]!.split('?')[0]!;
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        queue.push(key);
      }
    }
    assert.deepEqual(missing, []);
    assert.ok(seen.size > 100, `crawled ${seen.size} links`);
  });

  it('rewrites only files whose bytes change, and deletes the pages of a removed article', async () => {
    const before = new Map(listFiles(outDir).map((file) => [file, readFileSync(join(outDir, file))]));
    const again = await buildSite(options());
    assert.equal(again.written, 0, 'nothing changed, nothing written');
    assert.equal(again.unchanged, again.files);

    const mtimes = new Map([...before.keys()].map((file) => [file, statSync(join(outDir, file)).mtimeMs]));
    const readFiles = () => new Map(listFiles(outDir).filter((f) => f !== MANIFEST_FILE).map((f) => [f, readFileSync(join(outDir, f))]));
    const edit = (name: string, change: (text: string) => string) => writeFileSync(join(contentDir, name), change(readFileSync(join(contentDir, name), 'utf8')));

    // A change below the lead paragraph shows on the article page, not in listings or feeds.
    edit('what-is-a-miscarriage.md', (text) => `${text.trimEnd()}\n\nA sentence added by the incremental build test.\n`);
    await runImport(site, markdownDirLoader, contentDir);
    const bodyOnly = await buildSite(options());
    let after = readFiles();
    let changed = [...after.keys()].filter((f) => !before.get(f)?.equals(after.get(f)!));
    // (and, at most, a page or two whose recommendations the new words reorder)
    assert.ok(changed.includes('articles/what-is-a-miscarriage/index.html'));
    assert.ok(changed.length <= 3, changed.join(', '));
    assert.equal(bodyOnly.written, changed.length);
    const touched = [...after.keys()].filter((f) => statSync(join(outDir, f)).mtimeMs !== mtimes.get(f));
    assert.deepEqual(touched, changed, 'no other file was written');

    // Unpublishing an article deletes its page and rewrites the pages that showed it.
    edit('tests-after-a-miscarriage.md', (text) => text.replace(/^status: .*$/m, 'status: draft'));
    await runImport(site, markdownDirLoader, contentDir);
    const previous = after;
    const removal = await buildSite(options());
    after = readFiles();
    changed = [...after.keys()].filter((f) => !previous.get(f)?.equals(after.get(f)!));
    assert.equal(removal.written, changed.length, 'written exactly the files whose bytes changed');
    assert.ok(changed.includes('sitemap.xml') && changed.includes('topics/miscarriage/index.html'), changed.join(', '));
    assert.ok(!changed.includes('robots.txt') && !changed.includes('assets/site.css'));
    assert.ok(!existsSync(join(outDir, 'articles/tests-after-a-miscarriage/index.html')), 'removed article deleted');
    assert.ok(!existsSync(join(outDir, 'articles/tests-after-a-miscarriage')), 'and its folder');
    assert.equal(removal.deleted, 1);

    const full = await buildSite({ ...options(), full: true });
    assert.equal(full.written, full.files, '--full writes everything');
  });

  it('from a subdirectory base URL, every root-relative link starts with the subdirectory', async () => {
    const subDir = join(mkdtempSync(join(tmpdir(), 'hp-export-sub-')), 'out');
    const summary = await buildSite({ ...options(), outDir: subDir, config: config('http://x/health/') });
    assert.ok(readFileSync(join(subDir, 'feed.xml'), 'utf8').includes('http://x/health/feed.xml'));
    assert.deepEqual(summary.brokenLinks, []);
    let links = 0;
    for (const file of listFiles(subDir).filter((f) => f.endsWith('.html'))) {
      for (const link of hrefs(readFileSync(join(subDir, file), 'utf8'))) {
        if (!link.startsWith('/') || link.startsWith('//')) continue;
        links++;
        assert.ok(link.startsWith('/health/'), `${file}: ${link}`);
        assert.ok(fileForLink(subDir, link, '/health'), `${file}: ${link} resolves`);
      }
    }
    assert.ok(links > 1000, `${links} links checked`);
  });
});
