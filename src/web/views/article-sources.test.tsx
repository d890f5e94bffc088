import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Source } from '../../content/article.js';
import { renderArticlePage } from './article-page.js';
import { makeArticle, makeSite } from './fixtures.js';
import { elementWith, jsonLdBlocks } from './html-probe.js';

const site = makeSite();
const render = (sources: Source[]) => renderArticlePage(site, { article: makeArticle({ sources }), breadcrumbs: [], neighbours: { previous: null, next: null }, related: [] });
const citationsOf = (html: string) => (jsonLdBlocks(html) as Array<{ '@type': string; citation?: Array<Record<string, unknown>> }>).find((b) => b['@type'] === 'MedicalWebPage')?.citation ?? [];

describe('an article\'s structured sources, as readers and search engines see them', () => {
  const trial: Source = { title: 'Sample trial (fictional)', url: '', publisher: 'Sample Journal', accessed: '2026-11-02', doi: '10.1234/sample.5678', pmid: '12345678' };
  const web: Source = { title: 'Sample guideline', url: 'https://example.org/g', publisher: 'Sample body' };
  const html = render([web, trial]);
  const list = elementWith(html, 'ul', 'class="sources__list"') ?? '';

  it('lists publisher, accessed date and DOI and PubMed links', () => {
    assert.match(list, /<a href="https:\/\/example.org\/g">Sample guideline<\/a><span class="sources__publisher"> — Sample body<\/span><\/li>/, 'an old-style source shows as before');
    assert.match(list, /<li>Sample trial \(fictional\)<span class="sources__publisher"> — Sample Journal<\/span>/, 'no web address: the title is text');
    assert.match(list, /DOI: <a href="https:\/\/doi.org\/10.1234\/sample.5678">10.1234\/sample.5678<\/a>/);
    assert.match(list, /PubMed: <a href="https:\/\/pubmed.ncbi.nlm.nih.gov\/12345678\/">12345678<\/a>/);
    assert.match(list, /Accessed <time datetime="2026-11-02">2 November 2026<\/time>/);
  });

  it('gives JSON-LD citations with name, url, publisher, and the DOI and PMID as identifier and sameAs', () => {
    const [first, second] = citationsOf(html);
    assert.deepEqual(first, { '@type': 'CreativeWork', name: 'Sample guideline', url: 'https://example.org/g', publisher: { '@type': 'Organization', name: 'Sample body' } });
    assert.deepEqual(second, {
      '@type': 'CreativeWork', name: 'Sample trial (fictional)', url: 'https://doi.org/10.1234/sample.5678',
      publisher: { '@type': 'Organization', name: 'Sample Journal' },
      identifier: [{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1234/sample.5678' }, { '@type': 'PropertyValue', propertyID: 'PMID', value: '12345678' }],
      sameAs: ['https://doi.org/10.1234/sample.5678', 'https://pubmed.ncbi.nlm.nih.gov/12345678/'],
    });
  });

  it('builds no link from a malformed identifier', () => {
    const bad = render([{ title: 'Odd', url: 'javascript:alert(1)', doi: 'not-a-doi', pmid: '12x' }]);
    assert.doesNotMatch(bad, /doi\.org|pubmed|javascript:/);
    assert.deepEqual(citationsOf(bad), [{ '@type': 'CreativeWork', name: 'Odd' }]);
  });
});
