import type { ComponentChild } from 'preact';
import { questionTypeLabel } from '../../content/question-types.js';
import { displayTopicName } from '../../content/topic.js';
import type { FacetValue, SearchFilters, SearchHit, SearchResponse } from '../../search/search-service.js';
import { plural } from './format.js';
import { Highlight } from './highlight.js';
import { Layout } from './layout.js';
import { Pagination } from './pagination.js';
import { renderDocument } from './render.js';
import { SearchForm } from './search-form.js';
import { assetPath, paths, sitePath, type SiteContext } from './site.js';

export interface SearchPageData {
  /** As typed ('' when no query yet). */
  q: string;
  /** Active facet filters. */
  filters: SearchFilters;
  /** Null when q is empty. */
  response: SearchResponse | null;
  pageNumber: number;
  pageCount: number;
}

type FilterKey = keyof SearchFilters;

interface FacetGroup {
  key: FilterKey;
  heading: string;
  /** "Clear category filter" — the visible word is "Clear", the rest is for screen readers. */
  noun: string;
  label: (facet: FacetValue) => string;
}

const FACET_GROUPS: FacetGroup[] = [
  { key: 'category', heading: 'Category', noun: 'category', label: (f) => f.label },
  { key: 'type', heading: 'Type of answer', noun: 'type of answer', label: (f) => questionTypeLabel(f.value) },
  { key: 'source', heading: 'Source', noun: 'source', label: (f) => f.label },
];
const FILTER_KEYS: FilterKey[] = FACET_GROUPS.map((g) => g.key);

/** Values shown before the rest of a facet folds into "More …". */
const FACET_VISIBLE = 6;
/** How much of a long query is echoed in the title and headings (the form keeps all of it). */
const QUERY_ECHO_CHARS = 80;

const EXAMPLES = ['what causes anaemia?', 'is back pain normal after a miscarriage'];

/**
 * A search URL without basePath: q first, then the filters in a fixed order, so one search has
 * one URL. The page number is added by Pagination.
 */
export function searchPath(q: string, filters: SearchFilters = {}): string {
  const params = new URLSearchParams({ q });
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return `${paths.search()}?${params.toString()}`;
}

export function renderSearchPage(site: SiteContext, data: SearchPageData): string {
  const q = data.q.trim();
  const response = q === '' ? null : data.response;
  const echo = shorten(q, QUERY_ECHO_CHARS);
  const pageSuffix = response && data.pageNumber > 1 ? ` (page ${data.pageNumber} of ${data.pageCount})` : '';
  const title = q === '' ? 'Search' : `Search: ${echo}${pageSuffix}`;
  const description = q === '' ? 'Search plain-language health information.' : `Health information about “${echo}”.`;

  if (site.staticExport?.staticSearch) return renderStaticSearchPage(site);
  return renderDocument(
    // Result pages are endless and thin: they stay out of search engines (noindex, no canonical).
    <Layout site={site} title={title} description={description} noindex searchSuggest ownSearchForm>
      <header class="page-header">
        <h1>Search</h1>
      </header>
      <div class="search-page__form">
        <SearchForm
          site={site}
          id="search"
          variant="page"
          landmark
          label="Search for a condition, symptom or question"
          value={data.q}
          suggest
          hint={response ? undefined : `Ask a question in your own words, e.g. “${EXAMPLES[0]}”`}
        />
      </div>
      {response ? <Results site={site} q={q} data={data} response={response} /> : <Help site={site} />}
    </Layout>,
  );
}

/**
 * The search page of an export built with `--static-search`: Pagefind's own search box and
 * results, running in the browser over the index the build wrote to /pagefind/ — no server.
 * Without JavaScript the page says so and offers the A–Z index.
 */
function renderStaticSearchPage(site: SiteContext): string {
  const bundle = sitePath(site, '/pagefind/');
  return renderDocument(
    <Layout
      site={site}
      title="Search"
      description="Search plain-language health information."
      noindex
      head={
        <>
          <link rel="stylesheet" href={`${bundle}pagefind-ui.css`} />
          <script src={`${bundle}pagefind-ui.js`} defer />
          <script src={assetPath(site, 'static-search.js')} defer />
        </>
      }
    >
      <header class="page-header">
        <h1>Search</h1>
      </header>
      <div id="static-search" class="static-search" data-bundle={bundle} />
      <noscript>
        <p>Search on this copy of the site needs JavaScript.</p>
      </noscript>
      <Help site={site} />
    </Layout>,
  );
}

function Help({ site }: { site: SiteContext }) {
  return (
    <div class="search-help prose">
      <p>
        You can type a whole question, like “{EXAMPLES[1]}”, or just a condition, a symptom or the name of a medicine.
        Spelling mistakes are usually understood.
      </p>
      <p>
        Or browse every topic in the <a href={sitePath(site, paths.az())}>Health A–Z</a>.
      </p>
    </div>
  );
}

function Results({ site, q, data, response }: { site: SiteContext; q: string; data: SearchPageData; response: SearchResponse }) {
  const filters = activeFilters(data.filters);
  const anyFilter = FILTER_KEYS.some((key) => filters[key]);
  const showFacets = anyFilter || (response.total > 0 && FACET_GROUPS.some((g) => response.facets[g.key].length > 0));
  const first = response.offset + 1;
  const last = response.offset + response.hits.length;
  const notes = (
    <>
      {response.truncated && <p class="search-note">Your question was very long, so only its first part was used.</p>}
      <Corrections response={response} />
    </>
  );
  return (
    <div class={showFacets ? 'search-layout search-layout--facets' : 'search-layout'}>
      <section class="search-results" aria-labelledby="results-heading">
        {response.total === 0 ? (
          <NoResults site={site} q={q} anyFilter={anyFilter} response={response} notes={notes} />
        ) : (
          <>
            <h2 id="results-heading" class="search-results__heading">
              {plural(response.total, 'result')}
              <span class="visually-hidden"> for “{shorten(q, QUERY_ECHO_CHARS)}”</span>
            </h2>
            <Understood site={site} response={response} />
            {notes}
            <DidYouMean site={site} q={q} response={response} />
            <ActiveFilters site={site} q={q} filters={filters} facets={response.facets} />
            {data.pageCount > 1 && response.hits.length > 0 && (
              <p class="search-range">
                Showing {first.toLocaleString('en-GB')}–{last.toLocaleString('en-GB')} of {response.total.toLocaleString('en-GB')}
              </p>
            )}
            {showFacets && (
              <p class="search-jump">
                <a href="#search-filters">Filter results</a>
              </p>
            )}
            {response.hits.length > 0 ? (
              <ol class="search-result-list" start={first}>
                {response.hits.map((hit) => (
                  <Result site={site} hit={hit} />
                ))}
              </ol>
            ) : (
              <p class="empty">
                There are no results on this page. <a href={sitePath(site, searchPath(q, filters))}>Go to the first page of results</a>.
              </p>
            )}
            <Pagination site={site} basePathForPages={searchPath(q, filters)} pageNumber={data.pageNumber} pageCount={data.pageCount} />
          </>
        )}
      </section>
      {showFacets && <Facets site={site} q={q} filters={filters} response={response} />}
    </div>
  );
}

function Result({ site, hit }: { site: SiteContext; hit: SearchHit }) {
  return (
    <li class="search-result">
      <h3 class="search-result__title">
        <a href={sitePath(site, paths.article(hit.slug))}>{hit.title}</a>
      </h3>
      <p class="search-result__meta">
        {hit.topic && <span>{displayTopicName(hit.topic.name)}</span>}
        {hit.questionType && <span>{questionTypeLabel(hit.questionType)}</span>}
        {hit.source && <span>From {hit.source}</span>}
        {!hit.hasAnswer && <span class="search-result__linkout">Answer on the source site</span>}
      </p>
      {hit.snippet && (
        <p class="search-result__snippet">
          <Highlight snippet={hit.snippet} />
        </p>
      )}
    </li>
  );
}

/**
 * What the search understood: the topics it recognised and the kind of answer asked for. The kind
 * ranks answers, it does not filter them (the "Type of answer" facet does), so the words say that:
 * "Showing results that answer: Causes" stood above results that answered other things.
 */
function Understood({ site, response }: { site: SiteContext; response: SearchResponse }) {
  const { topics, questionTypes } = response.understood;
  const types = [...new Set(questionTypes.map((t) => questionTypeLabel(t)))];
  if (topics.length === 0 && types.length === 0) return null;
  const topicLinks = topics.map((topic) => <a href={sitePath(site, paths.topic(topic.slug))}>{displayTopicName(topic.name)}</a>);
  return (
    <p class="search-understood">
      {topics.length > 0 ? (
        <>
          Showing results about {joinNodes(topicLinks)}
          {types.length > 0 && <>; answers on {lowerList(types)} first</>}
        </>
      ) : (
        <>Your question asks about {lowerList(types)}: those answers come first</>
      )}
    </p>
  );
}

function Corrections({ response }: { response: SearchResponse }) {
  const corrections = response.understood.corrections.filter((c) => c.from.toLowerCase() !== c.to.toLowerCase());
  if (corrections.length === 0) return null;
  return (
    <p class="search-note">
      We read{' '}
      {joinNodes(
        corrections.map((c) => (
          <>
            “{c.from}” as “<strong>{c.to}</strong>”
          </>
        )),
      )}
      .
    </p>
  );
}

function DidYouMean({ site, q, response }: { site: SiteContext; q: string; response: SearchResponse }) {
  const suggestion = response.didYouMean?.trim();
  if (!suggestion || suggestion.toLowerCase() === q.toLowerCase()) return null;
  // A corrected query is a new query: like the form, it starts without filters.
  return (
    <p class="search-didyoumean">
      Did you mean <a href={sitePath(site, searchPath(suggestion))}>{shorten(suggestion, QUERY_ECHO_CHARS)}</a>?
    </p>
  );
}

function NoResults(props: { site: SiteContext; q: string; anyFilter: boolean; response: SearchResponse; notes: ComponentChild }) {
  const { site, q, anyFilter, response } = props;
  const suggestion = response.didYouMean?.trim();
  return (
    <div class="search-empty">
      <h2 id="results-heading">No articles matched “{shorten(q, QUERY_ECHO_CHARS)}”{anyFilter ? ' with these filters' : ''}</h2>
      {props.notes}
      <p>You could:</p>
      <ul>
        {anyFilter && (
          <li>
            <a href={sitePath(site, searchPath(q))}>search again without filters</a>
          </li>
        )}
        {suggestion && suggestion.toLowerCase() !== q.toLowerCase() && (
          <li>
            search for <a href={sitePath(site, searchPath(suggestion))}>{shorten(suggestion, QUERY_ECHO_CHARS)}</a> instead
          </li>
        )}
        <li>check the spelling</li>
        <li>use fewer words, or more general ones</li>
        <li>
          look for the condition in the <a href={sitePath(site, paths.az())}>Health A–Z</a>
        </li>
      </ul>
    </div>
  );
}

function ActiveFilters({ site, q, filters, facets }: { site: SiteContext; q: string; filters: SearchFilters; facets: SearchResponse['facets'] }) {
  const active = FACET_GROUPS.flatMap((group) => {
    const value = filters[group.key];
    return value ? [`${group.heading}: ${labelOf(group, value, facets)}`] : [];
  });
  if (active.length === 0) return null;
  return (
    <p class="search-active-filters">
      Filtered by {active.join('; ')}. <a href={sitePath(site, searchPath(q))}>Clear all filters</a>
    </p>
  );
}

function Facets({ site, q, filters, response }: { site: SiteContext; q: string; filters: SearchFilters; response: SearchResponse }) {
  return (
    <aside class="search-facets" id="search-filters" aria-labelledby="facets-heading">
      <h2 id="facets-heading">Filter results</h2>
      {FACET_GROUPS.map((group) => (
        <FacetList site={site} q={q} filters={filters} group={group} values={response.facets[group.key]} />
      ))}
    </aside>
  );
}

function FacetList(props: { site: SiteContext; q: string; filters: SearchFilters; group: FacetGroup; values: FacetValue[] }) {
  const { site, q, filters, group } = props;
  const active = filters[group.key];
  const values = [...props.values];
  // A filter from the URL that no longer matches anything is still shown, so it can be cleared.
  if (active && !values.some((v) => v.value === active)) values.unshift({ value: active, label: active, count: 0 });
  if (values.length === 0) return null;
  const headingId = `facet-${group.key}-heading`;
  // The active value is never folded away.
  const visible = values.slice(0, FACET_VISIBLE);
  const activeValue = values.find((v) => v.value === active);
  if (activeValue && !visible.includes(activeValue)) visible[visible.length - 1] = activeValue;
  const folded = values.filter((v) => !visible.includes(v));
  const item = (facet: FacetValue) => {
    const current = facet.value === active;
    return (
      <li>
        <a
          class="search-facet__link"
          href={sitePath(site, searchPath(q, { ...filters, [group.key]: facet.value }))}
          aria-current={current ? 'true' : undefined}
        >
          {group.label(facet)} <span class="count">({facet.count.toLocaleString('en-GB')})</span>
        </a>
      </li>
    );
  };
  return (
    <div class="search-facet">
      <div class="search-facet__header">
        <h3 id={headingId}>{group.heading}</h3>
        {active && (
          <a class="search-facet__clear" href={sitePath(site, searchPath(q, { ...filters, [group.key]: undefined }))}>
            Clear<span class="visually-hidden"> {group.noun} filter</span>
          </a>
        )}
      </div>
      <ul class="search-facet__list" aria-labelledby={headingId}>
        {visible.map(item)}
      </ul>
      {folded.length > 0 && (
        <details class="search-facet__more">
          <summary>
            {folded.length} more<span class="visually-hidden"> {group.noun} filters</span>
          </summary>
          <ul class="search-facet__list">{folded.map(item)}</ul>
        </details>
      )}
    </div>
  );
}

function labelOf(group: FacetGroup, value: string, facets: SearchResponse['facets']): string {
  const facet = facets[group.key].find((f) => f.value === value) ?? { value, label: value, count: 0 };
  return group.label(facet);
}

/** Only the known filters, and only non-empty ones. */
function activeFilters(filters: SearchFilters): SearchFilters {
  const result: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) result[key] = value;
  }
  return result;
}

/** "a", "a and b", "a, b and c" — for nodes (links) as well as text. */
function joinNodes(nodes: ComponentChild[]) {
  return nodes.map((node, i) => (
    <>
      {i > 0 && (i === nodes.length - 1 ? ' and ' : ', ')}
      {node}
    </>
  ));
}

/** Cuts at a code point, never inside a surrogate pair, and says it was cut. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** "causes", "causes and treatment", "symptoms, causes and treatment": labels as words in a sentence. */
function lowerList(labels: string[]): string {
  const words = labels.map((label) => label.toLowerCase());
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
