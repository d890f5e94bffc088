import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { answerToMarkdown } from './answer-markdown.js';

// Configured like the site's renderer (src/content/markdown.ts): no raw HTML, bare URLs linked.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** The text a reader sees, whitespace collapsed. */
function visibleText(source: string): string {
  const parts: string[] = [];
  for (const token of markdown.parse(source, {})) {
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    if (token.type === 'inline') parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('answerToMarkdown: paragraphs', () => {
  it('returns an empty string for an empty or blank answer', () => {
    assert.equal(answerToMarkdown(''), '');
    assert.equal(answerToMarkdown(' \n\t '), '');
  });

  it('keeps a one-paragraph answer as it is, trimmed', () => {
    assert.equal(answerToMarkdown('  A plain answer. With two sentences.  '), 'A plain answer. With two sentences.');
  });

  it('makes every line a paragraph; blank lines and indentation only add space', () => {
    const answer = 'First line here.\n                \n                \n                    Second line here.\n    Third line.';
    assert.equal(answerToMarkdown(answer), 'First line here.\n\nSecond line here.\n\nThird line.');
  });

  it('splits paragraphs at runs of three or more spaces', () => {
    assert.equal(answerToMarkdown('One thing is true.    Another thing follows.'), 'One thing is true.\n\nAnother thing follows.');
  });

  it('splits at a double space between sentences (GHR, GARD) but not inside one', () => {
    assert.equal(answerToMarkdown('It is rare.  Most cases are mild.'), 'It is rare.\n\nMost cases are mild.');
    assert.equal(answerToMarkdown('Changes in the  BRCA1  gene matter.'), 'Changes in the BRCA1 gene matter.');
  });

  it('reads double spaces after every full stop as typewriter spacing, not paragraphs', () => {
    const answer = 'One.  Two is here.  Three is here.\u00a0 Four ends it.';
    assert.equal(answerToMarkdown(answer), 'One. Two is here. Three is here. Four ends it.');
  });

  it('closes up the space before a colon ("Summary : ...")', () => {
    assert.equal(answerToMarkdown('Summary : It helps.'), 'Summary: It helps.');
  });
});

describe('answerToMarkdown: lists', () => {
  it('turns inline "- item" runs into a list, ending it at a wider gap', () => {
    const answer = 'You may notice the following:         - Tiredness.    -  Fever.    -   Aches.        These signs can have other causes.';
    assert.equal(
      answerToMarkdown(answer),
      'You may notice the following:\n\n- Tiredness.\n- Fever.\n- Aches.\n\nThese signs can have other causes.',
    );
  });

  it('reads GHR resource lists, where items and paragraphs are set apart by two and three spaces', () => {
    const answer = 'These resources help with it:  - Registry: Example  - Encyclopedia: Nails - brittle   These also help:  - Diagnostic Tests';
    assert.equal(
      answerToMarkdown(answer),
      'These resources help with it:\n\n- Registry: Example\n- Encyclopedia: Nails - brittle\n\nThese also help:\n\n- Diagnostic Tests',
    );
  });

  it('reads list items written one a line', () => {
    assert.equal(answerToMarkdown('To stay safe:\n\n- Wash hands.\n- Cook food well.\n\n\nMore on: Food'),
      'To stay safe:\n\n- Wash hands.\n- Cook food well.\n\nMore on: Food');
  });

  it('finds a list whose bullets were lost: short lines after a colon', () => {
    const answer = 'Signs include:\n\nCough\n\nTight chest\n\nFever\n\nMost signs pass in a day.';
    assert.equal(answerToMarkdown(answer), 'Signs include:\n\n- Cough\n- Tight chest\n- Fever\n\nMost signs pass in a day.');
  });

  it('splits off a first item hidden behind a single-spaced dash', () => {
    assert.equal(answerToMarkdown('Risks include - Smoking  - Age'), 'Risks include\n\n- Smoking\n- Age');
    assert.equal(answerToMarkdown('It depends on -  how old you are  - your health'), 'It depends on\n\n- how old you are\n- your health');
  });

  it('drops the NIHSeniorHealth repeat of a list as running text, keeping what follows', () => {
    const answer = 'Helpful habits include - Walking  - Stretching  - Resting. Walking Stretching Resting. Ask a doctor first.';
    assert.equal(answerToMarkdown(answer), 'Helpful habits include\n\n- Walking\n- Stretching\n- Resting.\n\nAsk a doctor first.');
  });

  it('shows a defined term in bold on its own line (CancerGov)', () => {
    const answer = 'Types include:          -  Iris  The iris is the coloured ring of the eye.    -  Lens  The lens focuses light.';
    assert.equal(
      answerToMarkdown(answer),
      'Types include:\n\n- **Iris**\\\n  The iris is the coloured ring of the eye.\n- **Lens**\\\n  The lens focuses light.',
    );
  });

  it('does not take the start of a phrase for a term', () => {
    assert.equal(answerToMarkdown('-  Changes in the  BRCA1  gene.'), '- Changes in the BRCA1 gene.');
  });
});

describe('answerToMarkdown: headings', () => {
  it('makes CancerGov "Key Points" a heading over its list', () => {
    const answer = 'Key Points\n                    - A point is made.    - Another point follows.\n                \n                    A point is made.';
    assert.equal(answerToMarkdown(answer), '## Key points\n\n- A point is made.\n- Another point follows.\n\nA point is made.');
  });

  it('makes a short line followed by prose a sub-heading', () => {
    assert.equal(answerToMarkdown('Intro text here.\n\nLiving With It\n\nMost people do well.'),
      'Intro text here.\n\n## Living With It\n\nMost people do well.');
  });

  it('leaves a lead-in before a list as a paragraph', () => {
    assert.equal(answerToMarkdown('To help prevent it    - Rest    - Drink water'), 'To help prevent it\n\n- Rest\n- Drink water');
  });

  it('makes a GARD run-in question a heading', () => {
    assert.equal(answerToMarkdown('What causes X syndrome? Nobody knows yet.'), '## What causes X syndrome?\n\nNobody knows yet.');
  });

  it('makes a lone bullet that its prose goes on to describe a heading one level down', () => {
    assert.equal(answerToMarkdown('Care may include:\n- Rest therapy\n\nRest therapy means staying in bed.'),
      'Care may include:\n\n### Rest therapy\n\nRest therapy means staying in bed.');
  });

  it('keeps the cells of a flattened table together as lines instead of headings', () => {
    const answer = 'The chart shows amounts.    Food    Serving    Iron    Beans    1 cup    8 mg';
    assert.equal(answerToMarkdown(answer), 'The chart shows amounts.\n\nFood\\\nServing\\\nIron\\\nBeans\\\n1 cup\\\n8 mg');
  });
});

describe('answerToMarkdown: escaping', () => {
  it('escapes characters Markdown would read as syntax', () => {
    assert.equal(answerToMarkdown('Seen in 5% [12] of cases <10 years, marker HB*2 and snake_case ~ok~ `x`.'),
      'Seen in 5% \\[12\\] of cases \\<10 years, marker HB\\*2 and snake\\_case \\~ok\\~ \\`x\\`.');
  });

  it('renders to exactly the words of the answer', () => {
    const answer = 'Key Points\n - Some [1] *odd* text.    - 1. Not a list.\n\n# Not a heading\n> Not a quote <b>not html</b>\n'
      + '---\n\nSee http://example.org/a_b for more & AT&T &amp; co.  - A list item  - Another one';
    const expected = answer.replace(/\s+/g, ' ').replace(/ - /g, ' ').replace('Key Points', 'Key points').trim();
    assert.equal(visibleText(answerToMarkdown(answer)), expected);
  });
});
