import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownProseBlocks, markdownToPlainText, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders paragraphs, headings and lists', () => {
    const html = renderMarkdown('## Causes\n\n- strain\n- cold\n\nRest **well**.');
    assert.match(html, /<h2>Causes<\/h2>/);
    assert.match(html, /<li>strain<\/li>/);
    assert.match(html, /<strong>well<\/strong>/);
  });

  it('turns an h1 into an h2, as the title is the page heading', () => {
    assert.match(renderMarkdown('# Big'), /<h2>Big<\/h2>/);
  });

  const hostile: [string, RegExp][] = [
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /<img|<[^>]*\sonerror/i],
    ['<a href="#" onclick="alert(1)">x</a>', /<[^>]*\sonclick/i],
    ['[click](javascript:alert(1))', /href="javascript:/i],
    ['[click](JAVASCRIPT:alert(1))', /href="javascript:/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<div style="x" onmouseover="steal()">hi</div>', /<div|<[^>]*\sonmouseover/i],
    ['![x](javascript:alert(1))', /src="javascript:/i],
  ];
  // Raw HTML is shown as text (escaped), never as markup: no real tag or on* attribute survives.
  for (const [source, forbidden] of hostile) {
    it(`neutralises ${source}`, () => {
      assert.doesNotMatch(renderMarkdown(source), forbidden);
    });
  }

  it('keeps http links and marks external ones noopener', () => {
    const html = renderMarkdown('[NHS](https://www.nhs.uk/)');
    assert.match(html, /href="https:\/\/www\.nhs\.uk\/"/);
    assert.match(html, /rel="noopener noreferrer"/);
  });
});

describe('markdownToPlainText', () => {
  it('drops markup and decodes entities', () => {
    assert.equal(markdownToPlainText('## Causes\n\nRest &amp; *fluids* help.\n\n- one\n- two'), 'Causes Rest & fluids help. one two');
  });
  it('is empty for an empty body', () => {
    assert.equal(markdownToPlainText(''), '');
  });
});

describe('markdownProseBlocks', () => {
  it('gives each heading, paragraph, list item and table cell as a block of text, without code or image text', () => {
    const source = [
      '# Causes', '', 'Rest **well**, see [a GP](https://example.org)\nsoon. Use `ice` ![a pack of ice](ice.png) packs.', '',
      '1. strain', '2. cold', '   - wind', '', '```', 'not prose', '```', '', '> Quoted advice.', '', '| A | B |', '| - | - |', '| c | d |',
    ].join('\n');
    assert.deepEqual(markdownProseBlocks(source), [
      { kind: 'heading', text: 'Causes' },
      { kind: 'paragraph', text: 'Rest well, see a GP soon. Use packs.' },
      { kind: 'list-item', text: 'strain' },
      { kind: 'list-item', text: 'cold' },
      { kind: 'list-item', text: 'wind' },
      { kind: 'paragraph', text: 'Quoted advice.' },
      { kind: 'table-cell', text: 'A' }, { kind: 'table-cell', text: 'B' }, { kind: 'table-cell', text: 'c' }, { kind: 'table-cell', text: 'd' },
    ]);
    assert.deepEqual(markdownProseBlocks(''), []);
  });
});
