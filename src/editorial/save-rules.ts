import type { ArticleFields } from './article-draft.js';
import { fieldsEqual } from './article-draft.js';

/** Why a revision was made: an import's copy, typing (autosave), an explicit save, a workflow step, a restore. */
export const REVISION_KINDS = ['import', 'autosave', 'save', 'submit', 'publish', 'restore'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export function isRevisionKind(value: string): value is RevisionKind {
  return (REVISION_KINDS as readonly string[]).includes(value);
}

export interface SaveRequest {
  /** The working revision as stored now. */
  current: { number: number; kind: RevisionKind; authorUserId: number | null; fields: ArticleFields };
  /** The revision the editor's copy was based on (the token the editor got with it). */
  baseRevision: number;
  actorUserId: number;
  kind: 'autosave' | 'save';
  /** The fields after the patch. */
  incoming: ArticleFields;
}

export type SaveDecision =
  /** Nothing to write: the incoming fields are the working revision's (a retried save after a lost response). */
  | { outcome: 'noop'; revision: number }
  /** Rewrite the working revision in place and renumber it max+1: keeps history short while typing. */
  | { outcome: 'fold' }
  | { outcome: 'append' }
  | { outcome: 'conflict'; reason: string };

/**
 * Optimistic concurrency for one save. Pure. An autosave folds into the working revision when
 * that is the same person's autosave (nobody sealed it with a save or a workflow step since);
 * folding still renumbers, so a stale tab holding the old number is refused. Equal content is
 * never a conflict: retrying a save whose answer was lost must not conflict with oneself.
 */
export function decideSave(request: SaveRequest): SaveDecision {
  const { current, baseRevision, actorUserId, kind, incoming } = request;
  const ownAutosave = current.kind === 'autosave' && current.authorUserId === actorUserId;
  if (fieldsEqual(incoming, current.fields)) {
    // An explicit save over one's own autosave of the same text seals it (it becomes a 'save').
    if (kind === 'save' && ownAutosave && baseRevision === current.number) return { outcome: 'fold' };
    return { outcome: 'noop', revision: current.number };
  }
  if (baseRevision !== current.number) {
    const reason = baseRevision < current.number
      ? `revision ${baseRevision} was edited from, but revision ${current.number} has been saved since`
      : `revision ${baseRevision} does not exist yet (the working revision is ${current.number})`;
    return { outcome: 'conflict', reason };
  }
  return kind === 'autosave' && ownAutosave ? { outcome: 'fold' } : { outcome: 'append' };
}
