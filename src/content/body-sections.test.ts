import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodySections } from './body-sections.js';

describe('a body\'s sections', () => {
  const cases: Array<[string, string, Array<{ heading: string; slug: string }>]> = [
    ['none without headings', 'Just a paragraph.', []],
    ['the ## headings in order, inline Markdown removed', '## Symptoms\n\ntext\n\n## When to get *help*\n', [
      { heading: 'Symptoms', slug: 'symptoms' }, { heading: 'When to get help', slug: 'when-to-get-help' },
    ]],
    ['not # or ### headings', '# Title\n\n### Detail\n\n## Causes', [{ heading: 'Causes', slug: 'causes' }]],
    ['not "##" inside a code block', '```\n## not a heading\n```\n\n## Treatment', [{ heading: 'Treatment', slug: 'treatment' }]],
    ['setext level-2 headings too', 'Causes\n------\n', [{ heading: 'Causes', slug: 'causes' }]],
    ['a repeated heading once', '## Causes\n\n## Causes', [{ heading: 'Causes', slug: 'causes' }]],
  ];
  for (const [name, body, expected] of cases) {
    it(`finds ${name}`, () => assert.deepEqual(bodySections(body), expected));
  }
});
