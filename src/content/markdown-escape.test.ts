import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeBlock, escapeHeadingText, escapeInline } from './markdown-escape.js';
import { markdownToPlainText, renderMarkdown } from './markdown.js';

describe('escaping plain text for Markdown', () => {
  it('escapes characters Markdown would read as syntax inside a line', () => {
    assert.equal(escapeInline('[12] <10 years, HB*2, snake_case ~ok~ `x` a|b \\'),
      '\\[12\\] \\<10 years, HB\\*2, snake\\_case \\~ok\\~ \\`x\\` a\\|b \\\\');
    assert.equal(escapeInline('more > less'), 'more > less', 'a > inside a line is plain text');
  });

  it('escapes block starts that would become headings, quotes, lists or rules', () => {
    assert.equal(escapeBlock('# of cases'), '\\# of cases');
    assert.equal(escapeBlock('> 50 years'), '\\> 50 years');
    assert.equal(escapeBlock('1. Take a pill'), '1\\. Take a pill');
    assert.equal(escapeBlock('2) Rest'), '2\\) Rest');
    assert.equal(escapeBlock('+ more'), '\\+ more');
    assert.equal(escapeBlock('- less'), '\\- less');
    assert.equal(escapeBlock('* star'), '\\* star');
    assert.equal(escapeBlock('---'), '\\---');
    assert.equal(escapeBlock('==='), '\\===');
    assert.equal(escapeBlock('1.5 mg a day'), '1.5 mg a day');
  });

  it('escapes a closing run of # in heading text', () => {
    assert.equal(escapeHeadingText('Use *cold* packs #'), 'Use \\*cold\\* packs \\#');
    assert.equal(escapeHeadingText('Ward #3 rules'), 'Ward #3 rules');
  });

  it('leaves web addresses alone so they stay links', () => {
    assert.equal(escapeInline('See http://example.org/a_b/c*d#x_y.'), 'See http://example.org/a_b/c*d#x_y.');
    assert.equal(escapeInline('Visit www.example.gov/some_page or call.'), 'Visit www.example.gov/some_page or call.');
    assert.match(renderMarkdown(escapeBlock('See https://example.org/a_b/c for more.')), /href="https:\/\/example\.org\/a_b\/c"/);
  });

  it('escapes text that looks like an entity, so the renderer does not decode it', () => {
    assert.equal(escapeInline('Write &amp; or &#38; literally, but AT&T stays'), 'Write \\&amp; or \\&#38; literally, but AT&T stays');
  });

  it('renders every line back to its own words, with no markup', () => {
    const lines = [
      '# Not a heading', '> Not a quote <b>not html</b>', '1. Not a list', '- Not a bullet', '---', '===',
      'Seen in [12] of *cases* and `code` ~x~ 5 > 3', 'Write &amp; and AT&T', 'Heading ##',
    ];
    for (const line of lines) {
      assert.equal(markdownToPlainText(escapeBlock(line)), line, line);
      assert.doesNotMatch(renderMarkdown(escapeBlock(line)), /<(?!\/?p>)/, line);
    }
    const table = ['| a | b |', '| --- | --- |', '| 1 | 2 |'].map(escapeBlock).join('\n');
    assert.doesNotMatch(renderMarkdown(table), /<table/);
  });
});
