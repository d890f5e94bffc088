import type { Source } from '../../content/article.js';
import { sourceProblems, tidySource } from '../../content/source.js';
import { describe, FieldReader } from './fields.js';
import { isRecord } from './front-matter.js';

const SOURCE_FIELDS = ['title', 'url', 'publisher', 'accessed', 'doi', 'pmid', 'sections'] as const;

/**
 * Front matter `sources:`, a list of entries with `title` and any of `url`, `publisher`,
 * `accessed` (YYYY-MM-DD), `doi`, `pmid` and `sections` (headings of the body, by their words or
 * slugs). Every problem names the item and the field: `sources: item 2: doi: …`. The rules are the
 * editor's (content/source.ts), so a file imports exactly when the editor would save it.
 */
export function readSources(fields: FieldReader): Source[] {
  const value = fields.raw('sources');
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fields.fail('sources', `must be a list of {title, url, publisher, accessed, doi, pmid, sections} entries (got ${describe(value)})`);
    return [];
  }
  const sources: Source[] = [];
  value.forEach((item: unknown, index) => {
    const label = `sources: item ${index + 1}`;
    if (!isRecord(item)) {
      fields.fail(label, `must have a title and a url, doi or pmid (got ${describe(item)})`);
      return;
    }
    const entry = new FieldReader(item, `${label}: `);
    entry.rejectUnknown(SOURCE_FIELDS);
    const title = entry.text('title', true);
    const url = entry.text('url');
    const publisher = entry.text('publisher');
    const accessed = entry.date('accessed');
    const doi = entry.text('doi');
    // YAML reads `pmid: 31452104` as a number: the id is its digits either way.
    const pmid = typeof item.pmid === 'number' && Number.isInteger(item.pmid) ? String(item.pmid) : entry.text('pmid');
    const sections = entry.has('sections') ? entry.names('sections') : [];
    const source = tidySource({
      title: title ?? '', url: url ?? '', ...(publisher ? { publisher } : {}), ...(accessed ? { accessed } : {}), ...(doi ? { doi } : {}), ...(pmid ? { pmid } : {}), sections,
    });
    // The shared rules, minus what the reader above already said (a missing title, a bad date).
    const reported = new Set(entry.problems.map((problem) => problem.slice(label.length + 2).split(':')[0]));
    for (const problem of sourceProblems(source)) {
      if (!reported.has(problem.split(':')[0]!)) entry.problems.push(`${label}: ${problem}`);
    }
    fields.problems.push(...entry.problems);
    if (entry.problems.length === 0) sources.push(source);
  });
  return sources;
}
