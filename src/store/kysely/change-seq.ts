import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

/** Bumps the site's change sequence (migrations 004, 006) inside `trx` and returns the new value. */
export async function nextChangeSeq(trx: Transaction<Database>): Promise<number> {
  const row = await trx
    .updateTable('content_state')
    .set((eb) => ({ change_seq: eb('change_seq', '+', 1) }))
    .where('id', '=', 1)
    .returning('change_seq')
    .executeTakeFirstOrThrow();
  return Number(row.change_seq);
}
