import type { Source } from './article.js';
import { slugify } from './slug.js';

/**
 * A source's own rules, pure: the shapes of a DOI, a PMID, an accessed date and a web address, and
 * how a source is told apart from the others (its key). The editor's save, the Admin API and the
 * Markdown importer all check a source with `sourceProblems`, so each says the same thing.
 */

/** A DOI as the DOI Handbook writes it: "10." + registrant digits + "/" + a suffix without spaces. */
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** PubMed ids are positive whole numbers (8 digits today). */
const PMID_PATTERN = /^[1-9]\d{0,9}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MAX_SOURCE_SECTIONS = 50;

/** A DOI as people paste it ("doi:10.1/x", "https://doi.org/10.1/x") → the bare DOI. */
export function normalizeDoi(text: string): string {
  return text.trim().replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '');
}

export const isDoi = (text: string): boolean => DOI_PATTERN.test(text);
export const isPmid = (text: string): boolean => PMID_PATTERN.test(text);

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** The resolver link of a DOI; each path segment encoded, so "#" or "?" in a suffix stay part of it. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

/**
 * What tells a source apart in a sign-off's evidence record: its web address, else its DOI, else
 * its PMID, else its title. Sign-offs before DOIs existed recorded web addresses, which stay valid.
 */
export function sourceKey(source: Source): string {
  if (source.url) return source.url;
  if (source.doi) return `doi:${source.doi}`;
  if (source.pmid) return `pmid:${source.pmid}`;
  return `title:${source.title}`;
}

/** Has neither a web address nor a DOI or PMID: a reader (or reviewer) cannot find it. */
export const sourceIsUnlinked = (source: Source): boolean => !source.url && !source.doi && !source.pmid;

/** A loosely typed source (a form row, JSON, front matter) → a `Source`: trimmed, empty optional fields dropped, the DOI bare. */
export function tidySource(raw: { title?: string; url?: string; publisher?: string; accessed?: string; doi?: string; pmid?: string; sections?: string[] }): Source {
  const text = (value: string | undefined) => value?.trim() ?? '';
  const source: Source = { title: text(raw.title), url: text(raw.url) };
  const publisher = text(raw.publisher);
  const accessed = text(raw.accessed);
  const doi = normalizeDoi(raw.doi ?? '');
  const pmid = text(raw.pmid);
  // Sections are kept as slugs: a heading's text or its slug names the same section.
  const sections = [...new Set((raw.sections ?? []).map((s) => slugify(s)).filter(Boolean))];
  if (publisher) source.publisher = publisher;
  if (accessed) source.accessed = accessed;
  if (doi) source.doi = doi;
  if (pmid) source.pmid = pmid;
  if (sections.length > 0) source.sections = sections;
  return source;
}

/** Is the source empty (a form's blank row)? */
export const sourceIsBlank = (source: Source): boolean =>
  !source.title && !source.url && !source.publisher && !source.accessed && !source.doi && !source.pmid;

/**
 * Every problem of one source as `field: reason` (the caller puts "sources: item N: " before it).
 * A source may lack a web address when it has a DOI or PMID; one with none of the three is
 * allowed (a book, a leaflet) and flagged at review instead (editorial/source-checks.ts).
 */
export function sourceProblems(source: Source): string[] {
  const problems: string[] = [];
  if (source.title.trim() === '') problems.push('title: is required');
  else if (source.title.length > 500) problems.push('title: at most 500 characters');
  if (source.url && !isWebAddress(source.url)) problems.push(`url: "${source.url}" is not an http(s) address`);
  if (source.doi !== undefined && !isDoi(source.doi)) problems.push(`doi: "${source.doi}" is not a DOI (expected 10.NNNN/…, such as 10.1136/bmj.m1234)`);
  if (source.pmid !== undefined && !isPmid(source.pmid)) problems.push(`pmid: "${source.pmid}" is not a PubMed id (expected digits only, such as 31452104)`);
  if (source.accessed !== undefined && !isIsoDate(source.accessed)) problems.push(`accessed: "${source.accessed}" is not a date (expected YYYY-MM-DD)`);
  if ((source.sections?.length ?? 0) > MAX_SOURCE_SECTIONS) problems.push(`sections: at most ${MAX_SOURCE_SECTIONS}`);
  return problems;
}

/** Every problem of a list of sources, each as `sources: item N: field: reason`. */
export function sourcesProblems(sources: readonly Source[]): string[] {
  return sources.flatMap((source, index) => sourceProblems(source).map((problem) => `sources: item ${index + 1}: ${problem}`));
}
