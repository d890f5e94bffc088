import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { markdownToPlainText, renderMarkdown } from '../content/markdown.js';
import type { LoadedFile } from './loader.js';
import { parseTextPage, textPageLoader } from './text-page.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/text/pages');
const SAMPLE = path.join(process.cwd(), '../shared/samples/legacy-article-page.txt');

function blocks(markdown: string): string[] {
  return markdown.split('\n\n');
}

async function loadAll(target: string): Promise<{ total: number; files: LoadedFile[] }> {
  const source = await textPageLoader.open(target, {});
  const files: LoadedFile[] = [];
  for await (const file of source.files) files.push(file);
  return { total: source.total, files };
}

describe('parseTextPage: title', () => {
  it('takes the first non-empty line and drops its repeat', () => {
    const page = parseTextPage('\n\n  Sore throat  \n\nSore throat\n\nIt usually clears up in a week.');
    assert.equal(page.title, 'Sore throat');
    assert.equal(page.bodyMarkdown, 'It usually clears up in a week.');
  });

  it('keeps a second line that only resembles the title', () => {
    const page = parseTextPage('Sore throat\n\nSore throat remedies are many.\n');
    assert.equal(page.bodyMarkdown, 'Sore throat remedies are many.');
  });

  it('drops the repeat despite case and spacing differences, but only once', () => {
    const page = parseTextPage('Sore throat\nSORE  throat\n\nSore throat\n\nBody.');
    assert.deepEqual(blocks(page.bodyMarkdown), ['Sore throat', 'Body.']);
  });

  it('handles CRLF, CR and a byte-order mark', () => {
    const page = parseTextPage('\uFEFFTitle\r\n\r\nFirst paragraph.\r\rSecond.');
    assert.equal(page.title, 'Title');
    assert.deepEqual(blocks(page.bodyMarkdown), ['First paragraph.', 'Second.']);
  });

  it('throws when nothing or only chrome is left', () => {
    assert.throws(() => parseTextPage(''), /no text/);
    assert.throws(() => parseTextPage(' \n\t\n'), /no text/);
    assert.throws(() => parseTextPage('<<: Previous\n>>: Next\n'), /no text/);
    assert.throws(() => parseTextPage('Only a title\n\nOnly a title\n'), /no body text/);
    assert.throws(() => parseTextPage('Title\n\n>>: Next\n\nRecommend\n\nOther...\n'), /no body text/);
  });
});

describe('parseTextPage: numbered lines', () => {
  it('turns short numbered lines into headings that keep their number', () => {
    const page = parseTextPage('T\n\n1. Rest the joint\n\n2) Cold packs\n\n12.Gentle stretching\n\nText.');
    assert.deepEqual(blocks(page.bodyMarkdown), [
      '## 1. Rest the joint', '## 2) Cold packs', '## 12. Gentle stretching', 'Text.',
    ]);
  });

  it('keeps a question or a closing colon in a heading', () => {
    const page = parseTextPage('T\n\n3. When should you see a doctor?\n\n4. What to pack:\n\nText.');
    assert.deepEqual(blocks(page.bodyMarkdown).slice(0, 2), ['## 3. When should you see a doctor?', '## 4. What to pack:']);
  });

  it('keeps long or sentence-like numbered lines as paragraphs with their number', () => {
    const long = '4. Lumbar trouble is more common with age, and compression of the nerves grows with it.';
    const sixtyOne = `5. ${'x'.repeat(61)}`;
    const sentences = '6. Rest. Then ice.';
    const page = parseTextPage(`T\n\n${long}\n\n${sixtyOne}\n\n${sentences}\n\n7. Stop!\n\n8. A heading of sixty`);
    assert.deepEqual(blocks(page.bodyMarkdown), [
      `4\\. ${long.slice(3)}`, `5\\. ${'x'.repeat(61)}`, '6\\. Rest. Then ice.', '7\\. Stop!', '## 8. A heading of sixty',
    ]);
  });

  it('renders a long numbered paragraph as text, not as a list restarting at 1', () => {
    const html = renderMarkdown(parseTextPage('T\n\n4. A long numbered item that is a whole sentence of text, not a heading at all.').bodyMarkdown);
    assert.match(html, /^<p>4\. A long numbered item/);
    assert.doesNotMatch(html, /<ol|<li/);
  });

  it('does not mistake decimals for numbering', () => {
    assert.equal(parseTextPage('T\n\n1.5 mg twice a day').bodyMarkdown, '1.5 mg twice a day');
  });
});

describe('parseTextPage: paragraphs and escaping', () => {
  it('keeps consecutive lines together as one paragraph', () => {
    const page = parseTextPage('T\n\nLine one\n   Line two\n\nNext paragraph');
    assert.deepEqual(blocks(page.bodyMarkdown), ['Line one\nLine two', 'Next paragraph']);
  });

  const tricky = [
    '*really* important and __bold__',
    'snake_case_name and a [1] reference',
    '<b>not html</b> and <span>',
    'some `code` and ~~struck~~ text',
    'fish &amp; chips, &#169; and Q&A',
    '# not a heading',
    '> not a quote',
    '- not a bullet',
    '+ not a bullet either',
    '* nor this one',
    '=== not an underline',
    '3) not a list item at all because it is long enough to be a sentence, really.',
    'a | b | c',
    'ends with a backslash \\',
    '![not an image](x.png)',
  ];
  for (const line of tricky) {
    it(`renders ${JSON.stringify(line)} as the same text`, () => {
      const body = parseTextPage(`Title\n\n${line}`).bodyMarkdown;
      assert.equal(markdownToPlainText(body), line);
      assert.doesNotMatch(renderMarkdown(body), /<(em|strong|code|s|a|img|h\d|blockquote|ul|ol|table)\b/);
    });
  }

  it('leaves a bare web address as the same text (linkify may link it)', () => {
    const line = 'See https://example.org/advice for more.';
    assert.equal(markdownToPlainText(parseTextPage(`T\n\n${line}`).bodyMarkdown), line);
  });

  it('escapes heading text but keeps the number readable', () => {
    const body = parseTextPage('T\n\n1. Use *cold* packs #\n\nx').bodyMarkdown;
    assert.equal(blocks(body)[0], '## 1. Use \\*cold\\* packs \\#');
    assert.match(renderMarkdown(body), /<h2>1\. Use \*cold\* packs #<\/h2>/);
  });
});

describe('parseTextPage: page chrome', () => {
  it('drops navigation lines, with or without a no-break space', () => {
    const page = parseTextPage('T\n\nBody.\n\n<<:\u00a0 Older post\n\n>>: Newer post\n');
    assert.equal(page.bodyMarkdown, 'Body.');
  });

  it('drops a navigation title that sits on the line after a bare marker', () => {
    const page = parseTextPage('T\n\nBody.\n\n<<:\n\nOlder post\n\n>>:\nNewer post\n\nMore body.');
    assert.deepEqual(blocks(page.bodyMarkdown), ['Body.', 'More body.']);
  });

  it('drops the Recommend block and everything after it', () => {
    const page = parseTextPage('T\n\nBody.\n\nRecommend\n\nOther title\n\nOther excerpt...\n\nAfter it.');
    assert.equal(page.bodyMarkdown, 'Body.');
  });

  it('keeps "Recommend" inside a sentence and as a page title', () => {
    assert.equal(parseTextPage('T\n\nRecommend it to friends.').bodyMarkdown, 'Recommend it to friends.');
    assert.equal(parseTextPage('Recommend\n\nBody.').title, 'Recommend');
  });
});

describe('parseTextPage: the legacy sample page', () => {
  const present = existsSync(SAMPLE);
  it('parses the real sample', { skip: present ? false : `sample not found at ${SAMPLE}` }, () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const page = parseTextPage(text);
    assert.equal(page.title, 'Causes of back pain after miscarriage');
    const body = blocks(page.bodyMarkdown);
    const headings = body.filter((block) => block.startsWith('## '));
    assert.deepEqual(headings.map((heading) => heading.slice(3, 5)), ['1.', '2.', '3.']);
    assert.equal(headings[0], '## 1. Lumbar muscle strain');
    const numbered = body
      .map((block) => /^(?:## )?(\d)\\?\./.exec(block)?.[1])
      .filter((number) => number !== undefined);
    assert.deepEqual(numbered, ['1', '2', '3', '4'], 'numbered items in order');
    const item4 = body.find((block) => block.startsWith('4\\. '));
    assert.ok(item4, 'item 4 stays a paragraph starting "4."');
    assert.match(renderMarkdown(item4), /^<p>4\. Lumbar spine diseases/);

    // Every paragraph of the page body (between the repeated title and the navigation) is kept.
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
    const bodyLines = lines.slice(2, lines.findIndex((line) => line.startsWith('<<:')));
    const plain = body.map((block) => markdownToPlainText(block));
    for (const line of bodyLines) assert.ok(plain.includes(line), `missing: ${line.slice(0, 50)}`);
    assert.equal(plain.length, bodyLines.length);

    assert.doesNotMatch(page.bodyMarkdown, /<<:|>>:|^Recommend$|Varicose veins|Second Degree Cervicitis/m);
    assert.doesNotMatch(page.bodyMarkdown, /5 weeks pregnant\?|Can I have sex 15 days|\.\.\.$/m);
  });
});

describe('textPageLoader', () => {
  it('imports a folder recursively, only .txt files, in a stable order', async () => {
    const { total, files } = await loadAll(FIXTURES);
    assert.equal(total, 4);
    assert.deepEqual(files.map((file) => file.file), [
      'empty.txt', 'knee-pain-after-running.txt', 'navigation-only.txt', 'sleep/trouble-falling-asleep.txt',
    ]);
    assert.equal(files[0]?.error, 'empty file');
    assert.match(files[2]?.error ?? '', /no text on the page/);
    assert.deepEqual(files[3]?.articles[0]?.provenance.id, 'text:sleep/trouble-falling-asleep');
  });

  it('shapes each page as a published, uncategorised import of unknown licence', async () => {
    const { files } = await loadAll(FIXTURES);
    const knee = files[1];
    assert.equal(knee?.error, undefined);
    assert.equal(knee?.articles.length, 1);
    const { bodyMarkdown, ...article } = knee?.articles[0] ?? assert.fail('no article');
    assert.deepEqual(article, {
      title: 'Why your knee hurts after running',
      topic: null,
      categoryPath: ['Imported'],
      tags: [],
      questionType: null,
      status: 'published',
      publishedAt: null,
      updatedAt: null,
      lastReviewedAt: null,
      author: null,
      sources: [],
      provenance: {
        id: 'text:knee-pain-after-running',
        sourceSite: 'Imported text page',
        sourceUrl: null,
        licence: 'Unknown — check before publishing',
      },
      isSample: false,
      hasAnswer: true,
    });
    assert.deepEqual(blocks(bodyMarkdown).filter((block) => block.startsWith('## ')), [
      '## 1. Doing too much too soon', '## 2. Worn-out shoes', '## 3. Weak hip muscles',
    ]);
    assert.match(bodyMarkdown, /^4\\\. Running downhill/m);
    assert.doesNotMatch(bodyMarkdown, /Stretches to try|first pair of running shoes|Recommend|every day\?|he\.\.\./);
  });

  it('imports a single file with its folder as the root', async () => {
    const { total, files } = await loadAll(path.join(FIXTURES, 'sleep/trouble-falling-asleep.txt'));
    assert.equal(total, 1);
    assert.equal(files[0]?.file, 'trouble-falling-asleep.txt');
    assert.equal(files[0]?.articles[0]?.provenance.id, 'text:trouble-falling-asleep');
  });

  it('reports files that are not UTF-8 and still imports the others', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'text-import-'));
    try {
      await writeFile(path.join(folder, 'a-utf16.txt'), Buffer.from([0xff, 0xfe, 0x54, 0x00, 0x69, 0x00]));
      await writeFile(path.join(folder, 'b-latin1.txt'), Buffer.from('Caf\xe9 opening hours\n\nText.', 'latin1'));
      await writeFile(path.join(folder, 'c-good.txt'), '\uFEFFGood page\r\n\r\nIt imports.\r\n');
      const { files } = await loadAll(folder);
      assert.match(files[0]?.error ?? '', /^not valid UTF-8 text \(it looks like UTF-16\)/);
      assert.match(files[1]?.error ?? '', /^not valid UTF-8 text \(perhaps Windows-1252/);
      assert.deepEqual(files.map((file) => file.articles.length), [0, 0, 1]);
      assert.equal(files[2]?.articles[0]?.title, 'Good page');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a path that does not exist, naming it', async () => {
    await assert.rejects(textPageLoader.open('no/such/folder', {}), /cannot read "no\/such\/folder": no such file/);
  });
});
