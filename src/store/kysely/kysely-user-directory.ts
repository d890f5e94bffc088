import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../accounts/roles.js';
import type { NewUser, User, UserCredentials, UserDirectory } from '../../accounts/user-directory.js';
import type { Database, UserTable } from '../schema.js';

export const USER_COLUMNS = ['users.id', 'users.email', 'users.name', 'users.role', 'users.password_hash', 'users.disabled', 'users.created_at', 'users.updated_at'] as const;

type UserRow = Pick<Selectable<UserTable>, 'id' | 'email' | 'name' | 'role' | 'password_hash' | 'disabled' | 'created_at' | 'updated_at'>;

export function userFromRow(row: UserRow): User {
  return {
    id: Number(row.id),
    email: row.email,
    name: row.name,
    // The column's check constraint admits only the four roles.
    role: row.role as Role,
    disabled: Number(row.disabled) !== 0,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The user's columns beside another table's in a join, prefixed so `id` and `created_at` do not collide. */
export const JOINED_USER_COLUMNS = [
  'users.id as u_id', 'users.email as u_email', 'users.name as u_name', 'users.role as u_role', 'users.password_hash as u_password_hash',
  'users.disabled as u_disabled', 'users.created_at as u_created_at', 'users.updated_at as u_updated_at',
] as const;

type JoinedUserRow = { [K in keyof UserRow as `u_${K & string}`]: UserRow[K] };

export function userFromJoinedRow(row: JoinedUserRow): User {
  return userFromRow({
    id: row.u_id, email: row.u_email, name: row.u_name, role: row.u_role, password_hash: row.u_password_hash,
    disabled: row.u_disabled, created_at: row.u_created_at, updated_at: row.u_updated_at,
  });
}

const withCredentials = (row: UserRow): UserCredentials => ({ ...userFromRow(row), passwordHash: row.password_hash });

export class KyselyUserDirectory implements UserDirectory {
  constructor(private readonly db: Kysely<Database>) {}

  async create(user: NewUser): Promise<User | null> {
    const row = await this.db
      .insertInto('users')
      .values({ email: user.email.trim().toLowerCase(), name: user.name, role: user.role, password_hash: user.passwordHash, disabled: 0, created_at: user.now, updated_at: user.now })
      // A taken email is an answer, not an error: the same statement on both databases.
      .onConflict((conflict) => conflict.column('email').doNothing())
      .returning(USER_COLUMNS)
      .executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async findByEmail(email: string): Promise<UserCredentials | null> {
    const row = await this.db.selectFrom('users').select(USER_COLUMNS).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    return row ? withCredentials(row) : null;
  }

  async findById(id: number): Promise<UserCredentials | null> {
    const row = await this.db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row ? withCredentials(row) : null;
  }

  async list(): Promise<User[]> {
    return (await this.db.selectFrom('users').select(USER_COLUMNS).orderBy('email').execute()).map(userFromRow);
  }

  async countActiveAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async setRole(id: number, role: Role, now: string): Promise<boolean> {
    return this.update(id, { role, updated_at: now });
  }

  async setDisabled(id: number, disabled: boolean, now: string): Promise<boolean> {
    return this.update(id, { disabled: disabled ? 1 : 0, updated_at: now });
  }

  async setPasswordHash(id: number, passwordHash: string, now: string): Promise<boolean> {
    return this.update(id, { password_hash: passwordHash, updated_at: now });
  }

  private async update(id: number, values: { role?: string; disabled?: number; password_hash?: string; updated_at: string }): Promise<boolean> {
    const result = await this.db.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
