import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FieldReader } from './fields.js';
import { splitFrontMatter } from './front-matter.js';
import { readSources } from './sources.js';

/** The sources of a file's front matter, and the problems, as the importer reads them. */
function read(yaml: string) {
  const split = splitFrontMatter(`---\n${yaml}\n---\nBody.\n`);
  assert.ok(split.data, split.error);
  const fields = new FieldReader(split.data);
  return { sources: readSources(fields), problems: fields.problems };
}

describe('front matter sources', () => {
  it('reads the structured fields: accessed, doi, pmid and sections', () => {
    const { sources, problems } = read([
      'sources:',
      '  - title: Sample trial (fictional)',
      '    publisher: Sample Journal',
      '    doi: https://doi.org/10.1234/sample.5678',
      '    pmid: 12345678',
      '    accessed: 2026-11-02',
      '    sections: [When to get help, symptoms]',
      '  - title: NHS page',
      '    url: https://www.nhs.uk/',
    ].join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(sources, [
      { title: 'Sample trial (fictional)', url: '', publisher: 'Sample Journal', accessed: '2026-11-02', doi: '10.1234/sample.5678', pmid: '12345678', sections: ['when-to-get-help', 'symptoms'] },
      { title: 'NHS page', url: 'https://www.nhs.uk/' },
    ]);
  });

  it('takes a source with neither url nor identifier (it is flagged at review, not refused)', () => {
    assert.deepEqual(read('sources:\n  - title: A sample textbook'), { sources: [{ title: 'A sample textbook', url: '' }], problems: [] });
  });

  const bad: Array<[string, string, string[]]> = [
    ['a bad DOI', '  - title: T\n    doi: bmj.123', ['sources: item 1: doi: "bmj.123" is not a DOI (expected 10.NNNN/…, such as 10.1136/bmj.m1234)']],
    ['a PMID with letters', '  - title: T\n    pmid: PMID123', ['sources: item 1: pmid: "PMID123" is not a PubMed id (expected digits only, such as 31452104)']],
    ['an impossible accessed date', '  - title: T\n    url: https://example.org/\n    accessed: 2026-02-30', ['sources: item 1: accessed: "2026-02-30" is not a date (expected YYYY-MM-DD)']],
    ['sections that are not a list', '  - title: T\n    sections: symptoms', ['sources: item 1: sections: must be a list of names (got "symptoms")']],
    ['a misspelt field', '  - title: T\n    url: https://example.org/\n    acessed: 2026-01-01', ['sources: item 1: acessed: unknown field (did you mean "accessed"?)']],
    ['a missing title, in the second item', '  - title: Fine\n  - doi: 10.1234/x', ['sources: item 2: title: is required']],
  ];
  for (const [name, items, expected] of bad) {
    it(`names the item and field of ${name}, and keeps no half-read source`, () => {
      const { sources, problems } = read(`sources:\n${items}`);
      assert.deepEqual(problems, expected);
      assert.ok(sources.every((source) => source.title === 'Fine'), JSON.stringify(sources));
    });
  }
});
