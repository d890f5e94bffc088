import { isStopWord } from './stop-words.js';
import { paths } from '../content/paths.js';
import { type AnalyzedQuery, analyzeQuery, correctedQuery } from './query-analysis.js';
import { type RankedCandidate, rankCandidates, type Signal } from './ranking.js';
import type { BaselineHit, Candidate, FullTextQuery, SearchIndex } from './search-index.js';
import { TopicLexicon } from './topic-lexicon.js';

const TEXT_CANDIDATES = 150;
const TOPIC_CANDIDATES = 80;
const TOPICS_EXPANDED = 3;
/** How often (ms) to ask the index whether content changed: a publish is searchable within a second. */
const FRESHNESS_CHECK_MS = 500;

export interface SearchRequest {
  q: string;
  limit?: number;
  offset?: number;
  filters?: SearchFilters;
  explain?: boolean;
}

export interface SearchFilters {
  category?: string;
  type?: string;
  source?: string;
}

export interface SearchHit {
  articleId: number;
  slug: string;
  title: string;
  topic: { name: string; slug: string } | null;
  questionType: string | null;
  category: { name: string; slug: string } | null;
  source: string;
  provenanceId: string;
  hasAnswer: boolean;
  score: number;
  /** Plain text with MARK_START / MARK_END around matched words; the view escapes and marks it. */
  snippet: string;
  signals?: Signal[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchResponse {
  query: string;
  truncated: boolean;
  total: number;
  limit: number;
  offset: number;
  hits: SearchHit[];
  facets: { category: FacetValue[]; type: FacetValue[]; source: FacetValue[] };
  didYouMean: string | null;
  understood: {
    topics: { name: string; slug: string; matched: string }[];
    questionTypes: string[];
    corrections: { from: string; to: string }[];
    terms: string[];
  };
}

export interface Suggestion {
  kind: 'topic' | 'question';
  label: string;
  path: string;
}

/** Search as the site offers it: analysis, retrieval, re-ranking, facets, pages, snippets. */
export class SearchService {
  private lexicon: TopicLexicon | null = null;
  private topicNames: { name: string; slug: string; synonyms: string[] }[] = [];
  private knownVersion = '';
  private checkedAt = 0;

  constructor(private readonly index: SearchIndex) {}

  async search(request: SearchRequest): Promise<SearchResponse> {
    const limit = request.limit ?? 10;
    const offset = request.offset ?? 0;
    const query = await this.analyze(request.q);
    const ranked = await this.rank(query);
    const filtered = ranked.filter((r) => matchesFilters(r.candidate, request.filters ?? {}));
    const page = filtered.slice(offset, offset + limit);
    const snippets = await this.index.snippets(fullTextQuery(query), page.map((r) => r.candidate.articleId));
    return {
      query: query.text,
      truncated: query.truncated,
      total: filtered.length,
      limit,
      offset,
      hits: page.map((r) => toHit(r, snippets.get(r.candidate.articleId) ?? r.candidate.leadText.slice(0, 200), request.explain === true)),
      facets: facetsOf(ranked),
      didYouMean: correctedQuery(query),
      understood: {
        topics: uniqueBy(query.topics, (t) => t.topicId).map((t) => ({ name: t.name, slug: t.slug, matched: t.matched })),
        questionTypes: query.questionTypes.map((c) => c.type),
        corrections: query.corrections,
        terms: query.terms.map((t) => t.text),
      },
    };
  }

  /** The plain BM25 baseline over the same index, for the quality benchmark. */
  async baseline(q: string, limit: number): Promise<BaselineHit[]> {
    const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return this.index.baseline([...new Set(words)].slice(0, 200), limit);
  }

  async analyze(q: string): Promise<AnalyzedQuery> {
    return analyzeQuery(q, await this.currentLexicon(), this.index);
  }

  /** Topics and questions that start like what the reader has typed so far. */
  async suggest(prefix: string, limit = 8): Promise<Suggestion[]> {
    const typed = prefix.trim().toLowerCase();
    if (typed.length < 2) return [];
    await this.currentLexicon();
    // A reader who types a question ("what causes b…") is naming a topic at its end: the topics
    // starting with the longest run of last words that names some (the whole text first), so
    // suggestions do not vanish once the question starts (issue 14).
    const words = typed.split(/\s+/);
    let topics: Suggestion[] = [];
    for (let from = 0; from < words.length && topics.length === 0; from++) {
      const tail = words.slice(from).join(' ');
      // "what is a": a lone question word names nothing; the topics starting with "a" are noise.
      if (from > 0 && from === words.length - 1 && isStopWord(tail)) break;
      topics = this.topicsStartingWith(tail, Math.ceil(limit / 2));
    }
    const questions = (await this.index.titlesStartingWith(typed, limit - topics.length)).map(
      (t): Suggestion => ({ kind: 'question', label: t.title, path: paths.article(t.slug) }),
    );
    return [...topics, ...questions].slice(0, limit);
  }

  /** Topics (by their name or another name) starting with `typed`, the most written about first. */
  private topicsStartingWith(typed: string, limit: number): Suggestion[] {
    const found: Suggestion[] = [];
    for (const topic of this.topicNames) {
      if (found.length >= limit) break;
      const name = [topic.name, ...topic.synonyms].find((n) => n.toLowerCase().startsWith(typed));
      if (name) found.push({ kind: 'topic', label: name === topic.name ? name : `${name} (${topic.name})`, path: paths.topic(topic.slug) });
    }
    return found;
  }

  private async rank(query: AnalyzedQuery): Promise<RankedCandidate[]> {
    const topicIds = uniqueBy(query.topics, (t) => t.topicId).slice(0, TOPICS_EXPANDED).map((t) => t.topicId);
    const [byText, byTopic] = await Promise.all([
      this.index.candidates(fullTextQuery(query), TEXT_CANDIDATES),
      this.index.topicArticles(topicIds, TOPIC_CANDIDATES),
    ]);
    const merged = new Map<number, Candidate>();
    for (const candidate of [...byText, ...byTopic]) if (!merged.has(candidate.articleId)) merged.set(candidate.articleId, candidate);
    return rankCandidates([...merged.values()], query);
  }

  private async currentLexicon(): Promise<TopicLexicon> {
    const now = Date.now();
    if (this.lexicon && now - this.checkedAt < FRESHNESS_CHECK_MS) return this.lexicon;
    this.checkedAt = now;
    const version = await this.index.version();
    if (this.lexicon && version === this.knownVersion) return this.lexicon;
    this.index.invalidate();
    const entries = await this.index.topicEntries();
    this.lexicon = new TopicLexicon(entries);
    this.topicNames = entries
      .sort((a, b) => b.articleCount - a.articleCount)
      .map((e) => ({ name: e.name, slug: e.slug, synonyms: e.synonyms }));
    this.knownVersion = version;
    return this.lexicon;
  }
}

/**
 * What the index is asked. Frequent words ("disease", "pain") are left to the ranking stage
 * when rarer words or a topic name can pick the candidates: matching them would score most of
 * the corpus for almost no information.
 */
function fullTextQuery(query: AnalyzedQuery): FullTextQuery {
  // Words inside a recognised multi-word name are searched as that phrase.
  const inPhrases = new Set(query.phrases.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const telling = query.terms.filter((t) => !t.frequent && !inPhrases.has(t.text));
  const terms = telling.length > 0 || query.phrases.length > 0 ? telling : query.terms.slice(0, 3);
  return { terms: terms.map((t) => t.text), phrases: query.phrases };
}

function matchesFilters(candidate: Candidate, filters: SearchFilters): boolean {
  if (filters.category && candidate.categorySlug !== filters.category && !candidate.categorySlug?.startsWith(`${filters.category}/`)) return false;
  if (filters.type && candidate.questionType !== filters.type) return false;
  if (filters.source && candidate.sourceSite !== filters.source) return false;
  return true;
}

function facetsOf(ranked: RankedCandidate[]): SearchResponse['facets'] {
  const count = (key: (c: Candidate) => [string, string] | null) => {
    const counts = new Map<string, FacetValue>();
    for (const { candidate } of ranked) {
      const entry = key(candidate);
      if (!entry) continue;
      const [value, label] = entry;
      const facet = counts.get(value) ?? { value, label, count: 0 };
      facet.count++;
      counts.set(value, facet);
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return {
    category: count((c) => (c.categorySlug && c.categoryName ? [c.categorySlug, c.categoryName] : null)),
    type: count((c) => (c.questionType ? [c.questionType, c.questionType] : null)),
    source: count((c) => [c.sourceSite, c.sourceSite]),
  };
}

function toHit(ranked: RankedCandidate, snippet: string, explain: boolean): SearchHit {
  const c = ranked.candidate;
  return {
    articleId: c.articleId,
    slug: c.slug,
    title: c.title,
    topic: c.topicName && c.topicSlug ? { name: c.topicName, slug: c.topicSlug } : null,
    questionType: c.questionType,
    category: c.categoryName && c.categorySlug ? { name: c.categoryName, slug: c.categorySlug } : null,
    source: c.sourceSite,
    provenanceId: c.provenanceId,
    hasAnswer: c.hasAnswer,
    score: Math.round(ranked.score * 1000) / 1000,
    snippet,
    ...(explain ? { signals: ranked.signals } : {}),
  };
}

function uniqueBy<T, K>(items: readonly T[], key: (item: T) => K): T[] {
  const seen = new Set<K>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
