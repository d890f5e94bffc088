import { AppError } from '../../errors.js';
import type { ArticleFields } from '../../editorial/article-draft.js';
import type { RevisionKind } from '../../editorial/save-rules.js';

/** What a refused save carries, so the editor can show both versions and merge by hand. */
export interface EditConflict {
  articleId: number;
  reason: string;
  /** The working revision as stored now (what someone else saved). */
  current: { revision: number; kind: RevisionKind; authorUserId: number | null; updatedAt: string; fields: ArticleFields };
  /** What this save would have written, and the revision it was based on. */
  incoming: { baseRevision: number; fields: ArticleFields };
}

/** EDIT_CONFLICT (409) with both versions; `details` holds the reason like every AppError's. */
export class EditConflictError extends AppError {
  constructor(readonly conflict: EditConflict) {
    super('EDIT_CONFLICT', `article ${conflict.articleId}: ${conflict.reason}`, [conflict.reason]);
    this.name = 'EditConflictError';
  }
}
