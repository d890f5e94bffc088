import type { Kysely, Selectable } from 'kysely';
import type { NewPreviewLink, PreviewLinkStore, StoredPreviewLink } from '../../editorial/preview-links.js';
import type { Database, PreviewLinkTable } from '../schema.js';

const linkFromRow = (row: Selectable<PreviewLinkTable>): StoredPreviewLink => ({
  id: Number(row.id),
  articleId: Number(row.article_id),
  tokenHash: row.token_hash,
  tokenHint: row.token_hint,
  createdByUserId: row.created_by_user_id === null ? null : Number(row.created_by_user_id),
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

/** Preview links on SQLite and PostgreSQL (times are ISO strings, so text comparison orders them). */
export class KyselyPreviewLinkStore implements PreviewLinkStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(link: NewPreviewLink): Promise<StoredPreviewLink> {
    const row = await this.db
      .insertInto('preview_links')
      .values({
        article_id: link.articleId, token_hash: link.tokenHash, token_hint: link.tokenHint, created_by_user_id: link.createdByUserId,
        created_at: link.createdAt, expires_at: link.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return linkFromRow(row);
  }

  async listActive(articleId: number, now: string): Promise<StoredPreviewLink[]> {
    const rows = await this.db
      .selectFrom('preview_links')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(linkFromRow);
  }

  async findUsable(tokenHash: string, now: string): Promise<StoredPreviewLink | null> {
    const row = await this.db
      .selectFrom('preview_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row ? linkFromRow(row) : null;
  }

  async revoke(articleId: number, linkId: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('preview_links')
      .set({ revoked_at: now })
      .where('id', '=', linkId)
      .where('article_id', '=', articleId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
