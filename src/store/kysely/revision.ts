import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

/** Bumps the site revision (migration 004) inside `trx` and returns the new value. */
export async function nextRevision(trx: Transaction<Database>): Promise<number> {
  const row = await trx
    .updateTable('content_state')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .returning('revision')
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}
