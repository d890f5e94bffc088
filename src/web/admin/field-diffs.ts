import type { Source } from '../../content/article.js';
import type { ArticleFields } from '../../editorial/article-draft.js';
import { diffRevisions } from '../../editorial/revision-diff.js';
import type { FieldDiff } from './views/index.js';

const LABELS: Record<string, string> = { title: 'Title', slug: 'Address (slug)', topic: 'Topic', categoryPath: 'Category', tags: 'Tags', questionType: 'Question type', summary: 'Summary', bodyMarkdown: 'Body', sources: 'Sources', author: 'Author' };
const plain = (value: unknown): string => (Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v ? sourceText(v as Source) : String(v))).join(', ') : value === null || value === undefined ? '' : String(value));

/** Every field of a source, so a changed DOI or accessed date shows in the comparison. */
const sourceText = (s: Source): string => [
  s.title, s.publisher, s.url, s.doi && `DOI ${s.doi}`, s.pmid && `PMID ${s.pmid}`, s.accessed && `accessed ${s.accessed}`, s.sections?.length && `sections ${s.sections.join(' ')}`,
].filter(Boolean).join(' ');

/** From → to (theirs → mine on a conflict), field by field, word by word where it helps (editorial/revision-diff.ts). */
export function fieldDiffs(from: ArticleFields, to: ArticleFields): FieldDiff[] {
  return diffRevisions({ number: 0, fields: from }, { number: 1, fields: to }).fields
    .filter((d) => d.field !== 'slugEdited')
    .map((d) => ({
      field: d.field === 'categoryPath' ? 'category' : d.field, label: LABELS[d.field] ?? d.field, changed: d.changed, before: plain(d.old), after: plain(d.new),
      parts: d.words ?? (d.changed ? [{ value: plain(d.old), removed: true }, { value: plain(d.new), added: true }] : [{ value: plain(d.old) }]),
    }));
}
