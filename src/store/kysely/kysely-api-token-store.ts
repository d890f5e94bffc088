import type { Kysely, Selectable } from 'kysely';
import type { ApiToken, ApiTokenStore, ListedApiToken } from '../../accounts/api-token-store.js';
import type { User } from '../../accounts/user-directory.js';
import type { ApiTokenTable, Database } from '../schema.js';
import { JOINED_USER_COLUMNS, userFromJoinedRow } from './kysely-user-directory.js';

const TOKEN_COLUMNS = ['api_tokens.id', 'api_tokens.user_id', 'api_tokens.name', 'api_tokens.created_at', 'api_tokens.last_used_at', 'api_tokens.revoked_at'] as const;

const tokenFromRow = (row: Omit<Selectable<ApiTokenTable>, 'token_hash'>): ApiToken => ({
  id: Number(row.id),
  userId: Number(row.user_id),
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export class KyselyApiTokenStore implements ApiTokenStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(token: { userId: number; name: string; tokenHash: string; createdAt: string }): Promise<ApiToken> {
    const row = await this.db
      .insertInto('api_tokens')
      .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, created_at: token.createdAt })
      .returning(TOKEN_COLUMNS)
      .executeTakeFirstOrThrow();
    return tokenFromRow(row);
  }

  async findActive(tokenHash: string): Promise<{ token: ApiToken; user: User } | null> {
    // Revocation and the user's disabled flag checked in the lookup itself: either stops the token at once.
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([...TOKEN_COLUMNS, ...JOINED_USER_COLUMNS])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    if (!row) return null;
    return { token: tokenFromRow(row), user: userFromJoinedRow(row) };
  }

  async find(id: number): Promise<ApiToken | null> {
    const row = await this.db.selectFrom('api_tokens').select(TOKEN_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row ? tokenFromRow(row) : null;
  }

  async list(userId?: number): Promise<ListedApiToken[]> {
    let query = this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([...TOKEN_COLUMNS, 'users.email as user_email'])
      .orderBy('api_tokens.created_at', 'desc')
      .orderBy('api_tokens.id', 'desc');
    if (userId !== undefined) query = query.where('api_tokens.user_id', '=', userId);
    return (await query.execute()).map((row) => ({ ...tokenFromRow(row), userEmail: row.user_email }));
  }

  async revoke(id: number, now: string): Promise<boolean> {
    const result = await this.db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async revokeForUser(userId: number, now: string): Promise<number> {
    const result = await this.db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async touch(id: number, lastUsedAt: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: lastUsedAt }).where('id', '=', id).execute();
  }
}
