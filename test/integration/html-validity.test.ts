import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type RunningSite, startDemoSite } from '../../src/testing/demo-site.js';

// The npm package vnu-jar carries the checker's jar (a devDependency; its module has no types).
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const javaFound = spawnSync('java', ['-version']).status === 0;
// Demo articles with every block a reader page can carry: care cards of each level, sources, a reviewer's dates.
const ARTICLES = ['/articles/warning-signs-in-pregnancy', '/articles/symptoms-of-a-urinary-tract-infection', '/articles/recovering-physically-after-a-miscarriage'];

// With the demo's governance: a sample reviewer's sign-off and next review date, an image with its srcset.
const SIGNED_OFF_AND_IMAGES = ['/articles/what-is-high-blood-pressure', '/articles/back-pain-in-pregnancy'];
const SITE_PAGES = ['/about', '/editorial-policy', '/privacy', '/contact'];
// The index pages (issue 14: they were 404s) and one category under them.
const INDEXES = ['/categories/', '/categories/womens-health', '/articles/'];

interface VnuMessage { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

/** One page of each kind the reader side serves, found by following the home page's links as a reader would. */
async function readerPages(origin: string): Promise<string[]> {
  const home = await (await fetch(`${origin}/`)).text();
  const links = [...home.matchAll(/href="(\/[^"#?]*)"/g)].map((match) => match[1]!);
  const oneOfEachKind = new Map<string, string>();
  for (const link of links) {
    const kind = link.split('/')[1] ?? '';
    if (!oneOfEachKind.has(kind) && !/\.(css|js|xml|ico|svg|png|json)$/.test(link)) oneOfEachKind.set(kind, link);
  }
  return ['/', ...oneOfEachKind.values(), ...ARTICLES, ...SIGNED_OFF_AND_IMAGES, ...SITE_PAGES, ...INDEXES, '/health-a-z', '/search?q=back+pain+after+a+miscarriage', '/articles/no-such-article'];
}

describe('reader pages are valid HTML by the Nu Html Checker (vnu.jar)', { skip: javaFound ? false : 'java not found (apt-get install default-jre-headless)' }, () => {
  let site: RunningSite;

  before(async () => {
    site = await startDemoSite({ feedback: {}, governance: {} });
  });
  after(async () => {
    await site?.close();
  });

  it('home, topic, category, tag, A–Z, search, articles with care cards, a reviewer and an image, the site pages and the not-found page have no errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'healthpress-vnu-'));
    const paths = [...new Set(await readerPages(site.origin))];
    const files = new Map<string, string>();
    for (const [index, path] of paths.entries()) {
      const response = await fetch(`${site.origin}${path}`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
      const file = join(dir, `page-${index}.html`);
      writeFileSync(file, await response.text());
      files.set(`file:${file}`, path);
    }
    assert.ok(paths.length >= 12, `checked ${paths.join(', ')}`);
    const reviewed = await (await fetch(`${site.origin}/articles/back-pain-in-pregnancy`)).text();
    assert.match(reviewed, /srcset="/, 'the page carries its image');
    assert.match(await (await fetch(`${site.origin}/articles/what-is-high-blood-pressure`)).text(), /Clinically reviewed by/, 'a sample reviewer signed this page off');
    const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...[...files.keys()].map((url) => url.slice('file:'.length))], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${files.get(message.url ?? '') ?? message.url} line ${message.lastLine}: ${message.message} (${message.extract ?? ''})`);
    assert.deepEqual(errors, []);
  });
});
