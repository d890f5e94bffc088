import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import {
  type BaselineHit,
  type Candidate,
  type FullTextQuery,
  MARK_END,
  MARK_START,
  type SearchIndex,
  type TopicEntry,
} from '../../search/search-index.js';
import { parseJson } from '../kysely/rows.js';

// Title (the question) and topic names say what an article is about; the body says it at length.
const BM25_WEIGHTS = { title: 4, topic: 5, body: 1 } as const;
const MAX_TOPIC_IDS = 20;

interface CandidateRow {
  id: number;
  slug: string;
  title: string;
  topic_id: number | null;
  topic_name: string | null;
  topic_slug: string | null;
  question_type: string | null;
  category_slug: string | null;
  category_name: string | null;
  source_site: string;
  provenance_id: string;
  has_answer: number;
  lead_text: string;
  rank: number;
}

const CANDIDATE_COLUMNS = `a.id, a.slug, a.title, a.topic_id, t.name as topic_name, t.slug as topic_slug,
  a.question_type, c.slug as category_slug, c.name as category_name, a.source_site, a.provenance_id,
  a.has_answer, a.lead_text`;

/**
 * FTS5 over the embedded database, read through better-sqlite3 directly: search is the hot
 * path, and these statements are prepared once. Every value is bound, never spliced: the
 * MATCH expression is built only from our own quoted tokens.
 */
export class SqliteSearchIndex implements SearchIndex {
  private readonly candidateStatement: Statement;
  private readonly baselineStatement: Statement;
  private readonly snippetStatement: Statement;
  private readonly topicStatements = new Map<number, Statement>();
  private readonly titleStatement: Statement;
  private readonly topicEntriesStatement: Statement;
  private readonly versionStatement: Statement;
  private readonly vocabularyStatement: Statement;
  private vocabulary: Map<string, number> | null = null;
  private articles = 0;

  constructor(private readonly connection: SqliteConnection) {
    const { title, topic, body } = BM25_WEIGHTS;
    this.candidateStatement = connection.prepare(`
      select ${CANDIDATE_COLUMNS}, bm25(articles_fts, ${title}, ${topic}, ${body}) as rank
      from articles_fts
      join articles a on a.id = articles_fts.rowid
      left join topics t on t.id = a.topic_id
      left join categories c on c.id = a.category_id
      where articles_fts match ? and a.status = 'published' and a.kind = 'article'
      order by rank limit ?`);
    this.baselineStatement = connection.prepare(`
      select a.id, a.provenance_id, a.slug, a.title, bm25(articles_fts, 1, 0, 1) as rank
      from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ? and a.status = 'published' and a.kind = 'article'
      order by rank limit ?`);
    // `rowid = ?` beside MATCH is ignored by this SQLite (3.53): every article got the first
    // match's snippet. A one-value range is honoured (regression test: search.test.ts).
    this.snippetStatement = connection.prepare(`
      select rowid as id, snippet(articles_fts, 2, '${MARK_START}', '${MARK_END}', '…', 28) as snippet
      from articles_fts where articles_fts match ? and rowid >= ? and rowid <= ?`);
    this.titleStatement = connection.prepare(`
      select a.slug, a.title from articles_fts join articles a on a.id = articles_fts.rowid
      where articles_fts match ? and a.status = 'published' and a.kind = 'article' and a.has_answer = 1
      order by length(a.title) limit ?`);
    this.topicEntriesStatement = connection.prepare(`
      select t.id, t.slug, t.name, t.synonyms, count(a.id) as n
      from topics t join articles a on a.topic_id = t.id and a.status = 'published' and a.kind = 'article'
      group by t.id`);
    // Both are O(1): data_version moves when another connection commits, total_changes when
    // this one writes.
    this.versionStatement = connection.prepare(`select (select data_version from pragma_data_version) || ':' || total_changes() as version`);
    this.vocabularyStatement = connection.prepare(`select term, doc from articles_fts_vocab`);
  }

  async candidates(query: FullTextQuery, limit: number): Promise<Candidate[]> {
    const expression = matchExpression(query);
    if (expression === null) return [];
    return (this.candidateStatement.all(expression, limit) as CandidateRow[]).map(toCandidate);
  }

  async topicArticles(topicIds: number[], limit: number): Promise<Candidate[]> {
    const ids = [...new Set(topicIds)].slice(0, MAX_TOPIC_IDS);
    if (ids.length === 0) return [];
    let statement = this.topicStatements.get(ids.length);
    if (!statement) {
      statement = this.connection.prepare(`
        select ${CANDIDATE_COLUMNS}, 0 as rank
        from articles a
        left join topics t on t.id = a.topic_id
        left join categories c on c.id = a.category_id
        where a.topic_id in (${ids.map(() => '?').join(', ')}) and a.status = 'published' and a.kind = 'article'
        order by a.id limit ?`);
      this.topicStatements.set(ids.length, statement);
    }
    return (statement.all(...ids, limit) as CandidateRow[]).map(toCandidate);
  }

  async baseline(words: string[], limit: number): Promise<BaselineHit[]> {
    const expression = matchExpression({ terms: words, phrases: [] }, '{title body} : ');
    if (expression === null) return [];
    const rows = this.baselineStatement.all(expression, limit) as { id: number; provenance_id: string; slug: string; title: string; rank: number }[];
    return rows.map((row) => ({ articleId: row.id, provenanceId: row.provenance_id, slug: row.slug, title: row.title, bm25: -row.rank }));
  }

  async snippets(query: FullTextQuery, articleIds: number[]): Promise<Map<number, string>> {
    const expression = matchExpression(query);
    const found = new Map<number, string>();
    if (expression === null) return found;
    for (const id of articleIds) {
      const row = this.snippetStatement.get(expression, id, id) as { id: number; snippet: string } | undefined;
      if (row?.snippet) found.set(id, row.snippet);
    }
    return found;
  }

  async titlesStartingWith(prefix: string, limit: number): Promise<{ slug: string; title: string }[]> {
    const words = prefix.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    const last = words.at(-1)!;
    const expression = [...words.slice(0, -1).map((w) => `"${w}"`), `"${last}" *`].join(' ');
    return this.titleStatement.all(`title : (${expression})`, limit) as { slug: string; title: string }[];
  }

  documentFrequency(stem: string): number {
    return this.loadVocabulary().get(stem) ?? 0;
  }

  documentCount(): number {
    this.loadVocabulary();
    return this.articles;
  }

  async topicEntries(): Promise<TopicEntry[]> {
    const rows = this.topicEntriesStatement.all() as { id: number; slug: string; name: string; synonyms: string; n: number }[];
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      synonyms: parseJson<string[]>(row.synonyms, []),
      articleCount: row.n,
    }));
  }

  async version(): Promise<string> {
    return (this.versionStatement.get() as { version: string }).version;
  }

  /** Forget cached term statistics; the next lookup reloads them. */
  invalidate(): void {
    this.vocabulary = null;
  }

  /** Term document frequencies, loaded once and again after invalidate() (about 0.1 s for MedQuAD). */
  private loadVocabulary(): Map<string, number> {
    if (this.vocabulary) return this.vocabulary;
    const vocabulary = new Map<string, number>();
    for (const row of this.vocabularyStatement.iterate() as Iterable<{ term: string; doc: number }>) {
      vocabulary.set(row.term, row.doc);
    }
    this.vocabulary = vocabulary;
    this.articles = (this.connection.prepare('select count(*) as n from articles_fts').get() as { n: number }).n;
    return vocabulary;
  }
}

/**
 * An FTS5 MATCH expression from plain words and phrases. Every word is reduced to letters and
 * digits and double-quoted, so nothing a reader types can become FTS5 syntax.
 */
export function matchExpression(query: FullTextQuery, columnFilter = ''): string | null {
  const clean = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const parts = new Set<string>();
  for (const term of query.terms) {
    const word = clean(term);
    if (word !== '') parts.add(`"${word}"`);
  }
  for (const phrase of query.phrases) {
    const words = clean(phrase);
    if (words !== '') parts.add(`"${words}"`);
  }
  if (parts.size === 0) return null;
  return `${columnFilter}(${[...parts].join(' OR ')})`;
}

function toCandidate(row: CandidateRow): Candidate {
  return {
    articleId: row.id,
    slug: row.slug,
    title: row.title,
    topicId: row.topic_id,
    topicName: row.topic_name,
    topicSlug: row.topic_slug,
    questionType: row.question_type,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    sourceSite: row.source_site,
    provenanceId: row.provenance_id,
    hasAnswer: row.has_answer === 1,
    leadText: row.lead_text,
    bm25: -row.rank,
  };
}
