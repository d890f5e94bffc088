import type { Article } from '../../content/article.js';
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
          {article.sources.map((source) => {
            const url = safeExternalUrl(source.url);
            return (
              <li>
                {url ? <a href={url}>{source.title}</a> : source.title}
                {source.publisher && <span class="sources__publisher"> — {source.publisher}</span>}
              </li>
            );
          })}
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
      <p class="provenance-id" data-provenance-id={provenance.id}>
        Content ID: <code>{provenance.id}</code>
      </p>
    </section>
  );
}
