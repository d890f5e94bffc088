import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageAltWarnings, markdownImages, renderMarkdown } from './markdown.js';
import { mediaMarkdown, mediaReferenceUrl, parseMediaReference, renditionWidths } from './media-image.js';

const HASH = '0123456789abcdef0123456789abcdef';

describe('media references', () => {
  it('round-trips an image through its reference URL', () => {
    const image = { hash: HASH, width: 1600, height: 900, ext: 'png' as const };
    assert.equal(mediaReferenceUrl(image), `/media/${HASH}-1600x900.png`);
    assert.deepEqual(parseMediaReference(mediaReferenceUrl(image)), image);
  });

  it('refuses anything else as a reference', () => {
    for (const url of [`/media/${HASH}-800.webp`, `/media/${HASH}-0x10.png`, `/media/${HASH}-10x10.svg`, `https://example.org/media/${HASH}-10x10.png`, `/media/${HASH.slice(1)}-10x10.png`]) {
      assert.equal(parseMediaReference(url), null, url);
    }
  });

  it('resizes only to widths below the image (never upscaled)', () => {
    assert.deepEqual(renditionWidths(2000), [480, 800, 1200]);
    assert.deepEqual(renditionWidths(800), [480]);
    assert.deepEqual(renditionWidths(300), []);
  });

  it('writes Markdown whose alt text keeps its brackets', () => {
    assert.equal(mediaMarkdown({ hash: HASH, width: 10, height: 5, ext: 'jpg' }, 'A [labelled] chart'), `![A \\[labelled\\] chart](/media/${HASH}-10x5.jpg)`);
  });
});

describe('renderMarkdown: media images', () => {
  it('renders a media reference as a responsive, lazy <img> with its size and alt text', () => {
    const html = renderMarkdown(`Before.\n\n![Four steps of hand washing](/media/${HASH}-1600x900.png)`);
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    assert.match(img, new RegExp(`src="/media/${HASH}-1200.webp"`));
    assert.match(img, new RegExp(`srcset="/media/${HASH}-480.webp 480w, /media/${HASH}-800.webp 800w, /media/${HASH}-1200.webp 1200w, /media/${HASH}-1600x900.png 1600w"`));
    assert.match(img, /sizes="\(min-width: 46rem\) 42rem, 100vw"/);
    assert.match(img, /width="1600"/);
    assert.match(img, /height="900"/);
    assert.match(img, /alt="Four steps of hand washing"/);
    assert.match(img, /loading="lazy"/);
    assert.match(img, /decoding="async"/);
  });

  it('serves a small image at its own size only', () => {
    const html = renderMarkdown(`![Icon](/media/${HASH}-300x200.gif)`);
    assert.match(html, new RegExp(`<img src="/media/${HASH}-300x200.gif" srcset="/media/${HASH}-300x200.gif 300w"`));
  });

  it('shows any other image as its alt text, never as an <img> (no third-party fetches)', () => {
    const html = renderMarkdown('![A tracking pixel](https://example.org/pixel.png) and ![x](/media/not-ours.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /A tracking pixel/);
  });

  it('escapes the alt text', () => {
    const html = renderMarkdown(`![a "quoted" <b>word</b>](/media/${HASH}-100x100.png)`);
    assert.match(html, /alt="a &quot;quoted&quot; &lt;b&gt;word&lt;\/b&gt;"/);
  });
});

describe('images without alt text', () => {
  it('are listed by line as warnings, and the body still renders', () => {
    const body = `Intro.\n\n![](/media/${HASH}-100x100.png)\n\n![Has alt](/media/${HASH}-100x100.png)`;
    assert.deepEqual(markdownImages(body).map((image) => [image.alt, image.line]), [['', 3], ['Has alt', 5]]);
    const warnings = imageAltWarnings(body);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^line 3: the image \/media\/.* has no alt text/);
    assert.match(renderMarkdown(body), /<img [^>]*alt=""/);
  });
});
