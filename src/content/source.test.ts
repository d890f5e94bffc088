import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Source } from './article.js';
import { doiUrl, isDoi, isIsoDate, isPmid, normalizeDoi, pubmedUrl, sourceKey, sourceProblems, sourcesProblems, tidySource } from './source.js';

describe('a source\'s rules', () => {
  const cases: Array<[string, (text: string) => boolean, string, boolean]> = [
    ['DOI', isDoi, '10.1136/bmj.m1234', true],
    ['DOI with a long registrant', isDoi, '10.1000182/abc(1)', true],
    ['DOI without the 10. prefix', isDoi, '11.1136/bmj', false],
    ['DOI with a short registrant', isDoi, '10.12/x', false],
    ['DOI without a suffix', isDoi, '10.1136/', false],
    ['DOI with a space', isDoi, '10.1136/bmj m1234', false],
    ['PMID', isPmid, '31452104', true],
    ['PMID with letters', isPmid, 'PMID31452104', false],
    ['PMID of zero', isPmid, '0', false],
    ['date', isIsoDate, '2024-02-29', true],
    ['date that does not exist', isIsoDate, '2026-02-29', false],
    ['date in another shape', isIsoDate, '05/12/2026', false],
  ];
  for (const [name, check, text, expected] of cases) {
    it(`${expected ? 'accepts' : 'refuses'} a ${name}: "${text}"`, () => assert.equal(check(text), expected));
  }

  it('takes a DOI as people paste it and links it and a PMID to their resolvers', () => {
    assert.equal(normalizeDoi(' https://doi.org/10.1136/bmj.m1234 '), '10.1136/bmj.m1234');
    assert.equal(normalizeDoi('doi:10.1136/bmj.m1234'), '10.1136/bmj.m1234');
    assert.equal(normalizeDoi('https://dx.doi.org/10.1/x'), '10.1/x');
    assert.equal(doiUrl('10.1002/(SICI)1097#x?y'), 'https://doi.org/10.1002/(SICI)1097%23x%3Fy');
    assert.equal(pubmedUrl('31452104'), 'https://pubmed.ncbi.nlm.nih.gov/31452104/');
  });

  it('tidies a loose source: trimmed, empty fields dropped, sections as slugs once each', () => {
    assert.deepEqual(
      tidySource({ title: ' A trial ', url: '', publisher: ' ', accessed: '2026-01-02', doi: 'doi:10.1/x', pmid: '', sections: ['When to get help', 'when-to-get-help', ' '] }),
      { title: 'A trial', url: '', accessed: '2026-01-02', doi: '10.1/x', sections: ['when-to-get-help'] },
    );
    assert.deepEqual(tidySource({ title: 'Old row', url: 'https://example.org/' }), { title: 'Old row', url: 'https://example.org/' });
  });

  it('keys a source by its address, else its DOI, PMID or title', () => {
    const base: Source = { title: 'T', url: '' };
    assert.equal(sourceKey({ ...base, url: 'https://example.org/a', doi: '10.1/x' }), 'https://example.org/a');
    assert.equal(sourceKey({ ...base, doi: '10.1/x', pmid: '1' }), 'doi:10.1/x');
    assert.equal(sourceKey({ ...base, pmid: '1' }), 'pmid:1');
    assert.equal(sourceKey(base), 'title:T');
  });

  const problems: Array<[string, Source, string[]]> = [
    ['an old row (title and address)', { title: 'NHS', url: 'https://www.nhs.uk/' }, []],
    ['a DOI without an address', { title: 'Trial', url: '', doi: '10.1136/bmj.m1234' }, []],
    ['a book with no address or identifier (flagged at review, not refused)', { title: 'A textbook', url: '' }, []],
    ['no title', { title: ' ', url: 'https://example.org/' }, ['title: is required']],
    ['an ftp address', { title: 'T', url: 'ftp://example.org/x' }, ['url: "ftp://example.org/x" is not an http(s) address']],
    ['a bad DOI', { title: 'T', url: '', doi: 'bmj.m1234' }, ['doi: "bmj.m1234" is not a DOI (expected 10.NNNN/…, such as 10.1136/bmj.m1234)']],
    ['a bad PMID', { title: 'T', url: '', pmid: '12a' }, ['pmid: "12a" is not a PubMed id (expected digits only, such as 31452104)']],
    ['a bad accessed date', { title: 'T', url: 'https://example.org/', accessed: '2026-13-01' }, ['accessed: "2026-13-01" is not a date (expected YYYY-MM-DD)']],
  ];
  for (const [name, source, expected] of problems) {
    it(`checks ${name}`, () => assert.deepEqual(sourceProblems(source), expected));
  }

  it('names the item and the field of every problem in a list', () => {
    assert.deepEqual(sourcesProblems([{ title: 'Fine', url: 'https://example.org/' }, { title: '', url: '', doi: 'x' }]), [
      'sources: item 2: title: is required',
      'sources: item 2: doi: "x" is not a DOI (expected 10.NNNN/…, such as 10.1136/bmj.m1234)',
    ]);
  });
});
