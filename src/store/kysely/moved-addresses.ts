import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Records that `from` moved to `to`, in the writing transaction: `to` is a live address again if
 * it had moved away before (its redirect goes, so moving back never makes a loop), every address
 * that led to `from` now leads straight to `to` (chains collapse), and `from` answers 301 to `to`.
 */
export async function recordMove(trx: Transaction<Database>, from: string, to: string, now: string): Promise<void> {
  await trx.deleteFrom('redirects').where('from_path', '=', to).execute();
  await trx.updateTable('redirects').set({ to_path: to }).where('to_path', '=', from).execute();
  await trx
    .insertInto('redirects')
    .values({ from_path: from, to_path: to, created_at: now })
    .onConflict((oc) => oc.column('from_path').doUpdateSet({ to_path: to, created_at: now }))
    .execute();
}
