/** Test data for the admin view tests; not used by the site itself. */
import type { Role } from '../../../accounts/roles.js';
import { makeSite } from '../../views/fixtures.js';
import type { AdminContext, ArticleRow, EditorFields, EditorPageData } from './view-models.js';

export const HOSTILE = '<script>alert(1)</script>';

export function makeContext(role: Role = 'editor'): AdminContext {
  return { site: makeSite(), user: { userId: 7, role, name: 'Ana Editor', email: 'ana@example.org' }, csrfToken: 'csrf-123' };
}

export function makeRow(id: number, overrides: Partial<ArticleRow> = {}): ArticleRow {
  return { id, title: `Article ${id}`, state: 'draft', topic: 'anaemia', categoryPath: ['Blood'], author: 'Bo', changedBy: 'Ana', changedAt: '2026-12-05T14:02:00Z', readingGrade: 7.2, ...overrides };
}

export function makeFields(overrides: Partial<EditorFields> = {}): EditorFields {
  return {
    title: 'What is anaemia?', slug: 'what-is-anaemia', slugEdited: false, topic: 'anaemia', category: '3', tags: ['blood', 'tiredness'],
    questionType: 'information', summary: 'A short summary.', bodyMarkdown: 'Anaemia is…', sources: [{ title: 'Anemia', publisher: 'MedlinePlus', url: 'https://medlineplus.gov/anemia.html', accessed: '', doi: '', pmid: '', sections: [] }],
    author: 'Bo', reviewIntervalMonths: '', ...overrides,
  };
}

export function makeEditor(overrides: Partial<EditorPageData> = {}): EditorPageData {
  return {
    ...makeContext(), articleId: 12, state: 'published-changed', fields: makeFields(), baseRevision: 11,
    lastSaved: { revision: 11, at: '2026-12-05T14:02:00Z', by: 'Ana' },
    permissions: { save: true, submit: true, publish: true, unpublish: true, sharePreview: true, delete: true },
    topics: ['anaemia', 'asthma'], categories: [{ value: '3', label: 'Blood › Anaemia' }], questionTypes: [{ value: 'information', label: 'Overview' }],
    previewHtml: '<article><h1>What is anaemia?</h1></article>',
    readability: { fleschKincaidGrade: 9.3, smogGrade: 10.1, sentences: 12, words: 180, target: 8, source: { kind: 'saved', revision: 11 },
      hardest: [{ text: `Persistent fatigue ${HOSTILE} necessitates evaluation.`, grade: 16.2, raises: 1.4 }] },
    previewLinks: { links: [{ id: 1, hint: 'x9Yz0q', createdBy: 'Ana', expiresAt: '2026-12-06T00:00:00Z' }], expiryOptions: [{ value: '1d', label: '1 day' }], created: { url: 'https://health.example/sub/preview/abc', expiresAt: '2026-12-06T00:00:00Z' } },
    ...overrides,
  };
}
