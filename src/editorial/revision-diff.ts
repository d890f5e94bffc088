import { diffWordsWithSpace } from 'diff';
import type { ArticleFields } from './article-draft.js';

/** One run of words: unchanged, added (in the newer revision only) or removed (in the older only). */
export interface WordChange {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface FieldDiff {
  field: keyof ArticleFields;
  changed: boolean;
  old: unknown;
  new: unknown;
  /** Word by word, for the text fields (title, summary, body) when they changed. */
  words?: WordChange[];
}

export interface RevisionDiff {
  fromRevision: number;
  toRevision: number;
  fields: FieldDiff[];
  /** Only the fields that changed, in order: what a "changes" view lists first. */
  changedFields: (keyof ArticleFields)[];
}

const FIELD_ORDER: (keyof ArticleFields)[] = [
  'title', 'slug', 'slugEdited', 'topic', 'categoryPath', 'tags', 'questionType', 'summary', 'bodyMarkdown', 'sources', 'author',
];
const WORD_FIELDS = new Set<keyof ArticleFields>(['title', 'summary', 'bodyMarkdown']);

/** The differences between two revisions' fields, as data the web renders. Pure. */
export function diffRevisions(from: { number: number; fields: ArticleFields }, to: { number: number; fields: ArticleFields }): RevisionDiff {
  const fields = FIELD_ORDER.map((field): FieldDiff => {
    const before = from.fields[field];
    const after = to.fields[field];
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    const diff: FieldDiff = { field, changed, old: before, new: after };
    if (changed && WORD_FIELDS.has(field)) {
      diff.words = diffWordsWithSpace(String(before ?? ''), String(after ?? '')).map((part) => ({
        value: part.value,
        added: part.added === true,
        removed: part.removed === true,
      }));
    }
    return diff;
  });
  return { fromRevision: from.number, toRevision: to.number, fields, changedFields: fields.filter((f) => f.changed).map((f) => f.field) };
}
