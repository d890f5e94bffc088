import type { Article, Source } from '../../content/article.js';
import { doiUrl, isDoi, isPmid, pubmedUrl } from '../../content/source.js';
import { displayDate } from './format.js';
import { isMedquad, MEDQUAD_CREDIT } from './provenance-credit.js';
import { safeExternalUrl } from './site.js';

/** Citations, then where this copy of the text came from and under which licence. */
export function Sources({ article }: { article: Article }) {
  const { provenance } = article;
  const sourceUrl = safeExternalUrl(provenance.sourceUrl);
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {article.sources.length > 0 && (
        <ul class="sources__list">
          {article.sources.map((source) => <SourceItem source={source} />)}
        </ul>
      )}
      <p class="credit">
        Source: {provenance.sourceSite}
        {sourceUrl && (
          <>
            , <a class="credit__url" href={sourceUrl}>{sourceUrl}</a>
          </>
        )}
        {provenance.licence && <>. Licence: {provenance.licence}</>}.
        {isMedquad(provenance.id) && (
          <>
            {' '}Dataset: <a href={MEDQUAD_CREDIT.url}>{MEDQUAD_CREDIT.text}</a>.
          </>
        )}
      </p>
    </section>
  );
}

/** One citation: its title (linked when it has a web address), publisher, DOI and PubMed links, and when it was accessed. */
function SourceItem({ source }: { source: Source }) {
  const url = safeExternalUrl(source.url);
  const accessed = displayDate(source.accessed);
  // Stored sources were checked on save; the shape is checked again so a link is never built from junk.
  const doi = source.doi && isDoi(source.doi) ? source.doi : null;
  const pmid = source.pmid && isPmid(source.pmid) ? source.pmid : null;
  return (
    <li>
      {url ? <a href={url}>{source.title}</a> : source.title}
      {source.publisher && <span class="sources__publisher"> — {source.publisher}</span>}
      {doi && <span class="sources__id">. DOI: <a href={doiUrl(doi)}>{doi}</a></span>}
      {pmid && <span class="sources__id">. PubMed: <a href={pubmedUrl(pmid)}>{pmid}</a></span>}
      {accessed && <span class="sources__accessed">. Accessed <time dateTime={accessed.iso}>{accessed.text}</time></span>}
    </li>
  );
}
