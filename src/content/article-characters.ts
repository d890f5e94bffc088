import type { ArticleInput, Source } from './article.js';
import { disallowedCharacterProblems } from './text-characters.js';

/** The text fields of sources, named as the editor and the report name them (`sources: source 2 title`). */
export function sourceTextFields(sources: Source[]): [string, string | undefined][] {
  return sources.flatMap((source, i): [string, string | undefined][] => [
    [`sources: source ${i + 1} title`, source.title],
    [`sources: source ${i + 1} url`, source.url],
    [`sources: source ${i + 1} publisher`, source.publisher],
  ]);
}

/** Each text field of an article to import that holds a character XML does not allow (text-characters.ts). */
export function articleCharacterProblems(input: ArticleInput): string[] {
  return disallowedCharacterProblems([
    ['title', input.title],
    ['slug', input.slug],
    ['body', input.bodyMarkdown],
    ['topic', input.topic?.name],
    ...(input.topic?.synonyms ?? []).map((synonym): [string, string] => ['topic synonym', synonym]),
    ...input.categoryPath.map((part): [string, string] => ['category', part]),
    ...input.tags.map((tag): [string, string] => ['tags', tag]),
    ['author', input.author],
    ...sourceTextFields(input.sources),
    ['provenance id', input.provenance.id],
    ['source site', input.provenance.sourceSite],
    ['source url', input.provenance.sourceUrl],
    ['licence', input.provenance.licence],
  ]);
}
