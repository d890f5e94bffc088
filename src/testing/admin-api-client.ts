import { createToken } from '../app/accounts/api-tokens.js';
import { CLI } from '../app/accounts/context.js';
import { addUser } from '../app/accounts/manage-users.js';
import type { Role } from '../accounts/roles.js';
import type { RunningSite } from './demo-site.js';

export interface AdminApiAnswer {
  status: number;
  // The Admin API's JSON as the tests read it: each test asserts the fields it needs.
  json: Record<string, any>;
}

/**
 * Calls the Admin API of a running test site in-process, as the person holding `role`'s token;
 * `token(role)` is that token, for the admin's pages, which take it as a bearer too.
 */
export type AdminApiCall<R extends Role> = ((method: string, path: string, who: R, body?: unknown) => Promise<AdminApiAnswer>) & { token(who: R): string };

/**
 * One person per role (`<role>@example.org`, named as fictional samples) with an API token each,
 * and a caller that sends `/api/admin<path>` with that token: what the HTTP tests of the newsroom
 * share.
 */
export async function adminApiPeople<R extends Role>(site: RunningSite, roles: readonly R[], password = 'sample-Pw-tests-2026'): Promise<AdminApiCall<R>> {
  const context = { stores: site.ports.accounts, now: () => new Date(), siteName: 'Healthpress' };
  const tokens = new Map<R, string>();
  for (const role of roles) {
    const user = await addUser(context, CLI, { email: `${role}@example.org`, role, password, name: `Sample ${role} (fictional)` });
    tokens.set(role, (await createToken(context, CLI, { user: user.id, name: 'tests' })).token);
  }
  const call = async (method: string, path: string, who: R, body?: unknown): Promise<AdminApiAnswer> => {
    const response = await site.app.inject({
      method: method as 'GET', url: `/api/admin${path}`,
      headers: { authorization: `Bearer ${tokens.get(who)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return { status: response.statusCode, json: JSON.parse(response.body || 'null') as AdminApiAnswer['json'] };
  };
  return Object.assign(call, { token: (who: R) => tokens.get(who) ?? '' });
}
