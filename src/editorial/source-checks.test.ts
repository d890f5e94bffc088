import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Source } from '../content/article.js';
import { accessedDateFlag, flaggedCount, type LastSignoff, type SourceFlagCode, sourceEvidence } from './source-checks.js';

const NOW = new Date('2026-12-05T10:00:00.000Z');
const BODY = '## Symptoms\n\nText.\n\n## When to get help\n\nText.';
const signedAt = '2026-11-01T09:00:00.000Z';
const signoff = (...keys: string[]): LastSignoff => ({ revision: 4, signedAt, checkedSources: keys.map((source) => ({ source, checkedAt: signedAt })) });
const codes = (source: Source, last: LastSignoff | null) => sourceEvidence({ sources: [source], bodyMarkdown: BODY }, last, NOW)[0]!.flags.map((f) => f.code);

describe('the evidence record of sources', () => {
  const web: Source = { title: 'NHS page', url: 'https://www.nhs.uk/a', accessed: '2026-10-01', sections: ['symptoms'] };
  const cases: Array<[string, Source, LastSignoff | null, SourceFlagCode[]]> = [
    ['a checked, linked, recent source', web, signoff('https://www.nhs.uk/a'), []],
    ['a source nobody signed off yet', web, null, ['unchecked']],
    ['a source left unchecked at the last sign-off', web, signoff(), ['unchecked']],
    ['a DOI-only source checked by its key', { title: 'Trial', url: '', doi: '10.1/x' }, signoff('doi:10.1/x'), []],
    ['a source with no address or identifier', { title: 'A textbook', url: '' }, signoff('title:A textbook'), ['unlinked']],
    ['a source linked to a heading that is gone', { ...web, sections: ['symptoms', 'causes'] }, signoff(web.url), ['missing-section']],
    ['an accessed date in the future', { ...web, accessed: '2026-12-06' }, signoff(web.url), ['accessed-future']],
    ['an accessed date over three years old', { ...web, accessed: '2023-12-04' }, signoff(web.url), ['accessed-old']],
    ['everything wrong at once', { title: 'X', url: '', sections: ['gone'], accessed: '2020-01-01' }, signoff(), ['unlinked', 'unchecked', 'missing-section', 'accessed-old']],
  ];
  for (const [name, source, last, expected] of cases) {
    it(`flags ${name}: ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(codes(source, last), expected));
  }

  it('keeps the date each source was checked and names its sections', () => {
    const [entry] = sourceEvidence({ sources: [web], bodyMarkdown: BODY }, signoff(web.url), NOW);
    assert.equal(entry!.checkedAt, signedAt);
    assert.deepEqual(entry!.sections, [{ slug: 'symptoms', heading: 'Symptoms' }]);
    const [unchecked] = sourceEvidence({ sources: [web], bodyMarkdown: BODY }, signoff(), NOW);
    assert.equal(unchecked!.checkedAt, null);
    assert.match(unchecked!.flags[0]!.message, /Not checked at the last sign-off \(revision 4\)/);
  });

  it('takes the accessed date\'s limits as whole days', () => {
    assert.equal(accessedDateFlag('2026-12-05', NOW), null, 'today is not the future');
    assert.equal(accessedDateFlag('2023-12-05', NOW), null, 'exactly three years is still fine');
    assert.equal(accessedDateFlag('2023-12-04', NOW)?.code, 'accessed-old');
    assert.equal(accessedDateFlag(undefined, NOW), null, 'no date, no flag');
  });

  it('counts the sources with a flag', () => {
    assert.equal(flaggedCount(sourceEvidence({ sources: [web, { title: 'X', url: '' }], bodyMarkdown: BODY }, signoff(web.url), NOW)), 1);
  });
});
