import type { Kysely, Selectable } from 'kysely';
import type { MediaExtension } from '../../content/media-image.js';
import type { MediaLibrary, MediaPage, MediaRecord, NewMedia } from '../../editorial/media-library.js';
import type { Database, MediaTable } from '../schema.js';

const fromRow = (row: Selectable<MediaTable>): MediaRecord => ({
  id: Number(row.id), hash: row.content_hash, originalName: row.original_name, alt: row.alt_text,
  width: Number(row.width), height: Number(row.height), mime: row.mime, ext: row.ext as MediaExtension,
  createdBy: row.created_by === null ? null : Number(row.created_by), createdAt: row.created_at,
});

/** The media store's records on SQLite and PostgreSQL. */
export class KyselyMediaLibrary implements MediaLibrary {
  constructor(private readonly db: Kysely<Database>) {}

  async add(image: NewMedia): Promise<{ record: MediaRecord; added: boolean }> {
    // One statement: two uploads of the same bytes at once cannot both insert.
    const result = await this.db
      .insertInto('media')
      .values({
        content_hash: image.hash, original_name: image.originalName, alt_text: image.alt, width: image.width, height: image.height,
        mime: image.mime, ext: image.ext, created_by: image.createdBy, created_at: image.createdAt,
      })
      .onConflict((conflict) => conflict.column('content_hash').doNothing())
      .executeTakeFirst();
    const record = await this.findByHash(image.hash);
    if (!record) throw new Error(`media ${image.hash} was neither inserted nor found`);
    return { record, added: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
  }

  async findByHash(hash: string): Promise<MediaRecord | null> {
    const row = await this.db.selectFrom('media').selectAll().where('content_hash', '=', hash).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async list(page: { limit: number; offset: number }): Promise<MediaPage> {
    const [rows, count] = await Promise.all([
      this.db.selectFrom('media').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
      this.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(fromRow), total: Number(count.n) };
  }
}
