import type { Source } from '../../content/article.js';
import { sourceIsBlank, tidySource } from '../../content/source.js';
import type { ArticleFields, FieldsPatch } from '../../editorial/article-draft.js';
import type { EditorFields, FieldErrors, SourceFields } from './views/index.js';

/** A form post's body as @fastify/formbody gives it: a field sent twice is an array. */
export type FormBody = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
const many = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/**
 * The form's source rows → sources. Each row sends one `sourceTitle`, `sourcePublisher`,
 * `sourceUrl`, `sourceAccessed`, `sourceDoi` and `sourcePmid` (in row order) and its ticked
 * sections as `sourceSections-<row>`; rows with every text field empty are dropped.
 */
export function sourcesFromForm(body: FormBody): Source[] {
  const column = (name: string) => many(body[name]);
  const [publishers, urls, accessed, dois, pmids] = ['sourcePublisher', 'sourceUrl', 'sourceAccessed', 'sourceDoi', 'sourcePmid'].map(column) as [string[], string[], string[], string[], string[]];
  return column('sourceTitle')
    .map((title, i) => tidySource({
      title, publisher: publishers[i], url: urls[i], accessed: accessed[i], doi: dois[i], pmid: pmids[i], sections: many(body[`sourceSections-${i}`]),
    }))
    .filter((source) => !sourceIsBlank(source));
}

/** The editor's form fields → the newsroom's patch. */
export function patchFromForm(body: FormBody): FieldsPatch {
  const sources = sourcesFromForm(body);
  const category = one(body.category);
  const patch: FieldsPatch = {
    title: one(body.title),
    topic: orNull(one(body.topic)),
    categoryPath: category ? category.split(' / ') : [],
    tags: one(body.tags).split(',').map((t) => t.trim()).filter(Boolean),
    questionType: orNull(one(body.questionType)),
    summary: orNull(one(body.summary)),
    bodyMarkdown: one(body.bodyMarkdown),
    sources,
    author: orNull(one(body.author)),
    reviewIntervalMonths: intervalOf(one(body.reviewIntervalMonths)),
  };
  // The slug is sent only once edited by hand: until then it follows the title (article-draft.ts).
  if (one(body.slugEdited) === 'true') patch.slug = one(body.slug);
  return patch;
}

/** "Review every N months": empty is the site's default (null); anything else a number the rules check (NaN names itself). */
export function intervalOf(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The newsroom's fields as the editor's form shows them. */
export function editorFields(fields: ArticleFields): EditorFields {
  return {
    title: fields.title, slug: fields.slug, slugEdited: fields.slugEdited, topic: fields.topic ?? '',
    category: fields.categoryPath.join(' / '), tags: fields.tags, questionType: fields.questionType ?? '', summary: fields.summary ?? '',
    bodyMarkdown: fields.bodyMarkdown, sources: fields.sources.map(sourceFields), author: fields.author ?? '',
    reviewIntervalMonths: fields.reviewIntervalMonths ? String(fields.reviewIntervalMonths) : '',
  };
}

/** What the form would show for a refused patch: the typed values, never lost. */
export function editorFieldsFromForm(body: FormBody): EditorFields {
  const patch = patchFromForm(body);
  return {
    title: patch.title ?? '', slug: one(body.slug), slugEdited: one(body.slugEdited) === 'true', topic: patch.topic ?? '',
    category: one(body.category), tags: patch.tags ?? [], questionType: patch.questionType ?? '', summary: patch.summary ?? '',
    bodyMarkdown: patch.bodyMarkdown ?? '', sources: (patch.sources ?? []).map(sourceFields), author: patch.author ?? '',
    reviewIntervalMonths: one(body.reviewIntervalMonths),
  };
}

/** One source as a form row shows it. */
export function sourceFields(source: Source): SourceFields {
  return {
    title: source.title, publisher: source.publisher ?? '', url: source.url, accessed: source.accessed ?? '', doi: source.doi ?? '', pmid: source.pmid ?? '',
    sections: source.sections ?? [],
  };
}

const SOURCE_INPUT: Record<string, string> = {
  title: 'sourceTitle', publisher: 'sourcePublisher', url: 'sourceUrl', accessed: 'sourceAccessed', doi: 'sourceDoi', pmid: 'sourcePmid', sections: 'sourceSections',
};

/** `field: reason` problems from the use cases → messages by form field (category path, body…). */
export function editorErrors(problems: readonly string[]): FieldErrors {
  const rename: Record<string, string> = { body: 'bodyMarkdown', category: 'category', categoryPath: 'category' };
  const errors: FieldErrors = {};
  for (const problem of problems) {
    // "sources: item 2: doi: …" belongs to row 2's DOI input, and says so.
    const row = /^sources: item (\d+): (\w+): (.*)$/.exec(problem);
    const input = row ? SOURCE_INPUT[row[2]!] : undefined;
    if (row && input) {
      errors[`${input}-${Number(row[1]) - 1}`] ??= `Source ${row[1]}: ${row[2]}: ${row[3]}`;
      continue;
    }
    const match = /^([\w.[\]-]+): (.*)$/.exec(problem);
    const raw = match?.[1]?.replace(/[.[].*$/, '') ?? 'title';
    const field = rename[raw] ?? raw;
    const text = match?.[2] ?? problem;
    errors[field] ??= text.charAt(0).toUpperCase() + text.slice(1);
  }
  return errors;
}
