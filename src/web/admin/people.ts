import type { UserDirectory } from '../../accounts/user-directory.js';

/** A person's display name by user id: "Someone" once the user is gone, "the importer" for no user. */
export type NameOf = (userId: number | null) => Promise<string>;

/**
 * Names for one request: the admin shows who saved, who holds the lock, who made a revision.
 * Each user is read once per request (a revision list repeats the same few people).
 */
export function namesFrom(users: Pick<UserDirectory, 'findById'>): () => NameOf {
  return () => {
    const known = new Map<number, Promise<string>>();
    return async (userId) => {
      if (userId === null) return 'the importer';
      let name = known.get(userId);
      if (!name) {
        name = users.findById(userId).then((user) => user?.name ?? 'Someone');
        known.set(userId, name);
      }
      return await name;
    };
  };
}
