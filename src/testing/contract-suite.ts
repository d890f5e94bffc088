import { describe, it } from 'node:test';

/**
 * Tests an implementation does not pass (yet), each named with the reason, as Hono's router
 * cases do: a skipped test is reported as skipped with its reason, never silently absent.
 * `EVERY_TEST` skips the whole suite (an implementation that does not exist yet).
 */
export type SkipList = Readonly<Record<string, string>>;

export const EVERY_TEST = '*';

/** What every contract closes after each test: the fresh site it opened. */
export interface Closable {
  maintenance: { close(): Promise<void> };
}

export type ContractTest<S> = (name: string, body: (site: S) => Promise<void>) => void;

/**
 * A port's contract suite: each test opens a fresh site with `openSite` (on the real database),
 * runs, and closes it. A skip list entry that names no test of the suite fails the suite, so a
 * renamed test cannot leave a stale skip behind.
 */
export function contractSuite<S extends Closable>(
  title: string,
  openSite: () => Promise<S>,
  skip: SkipList,
  define: (test: ContractTest<S>) => void,
): void {
  describe(title, () => {
    const names = new Set<string>();
    define((name, body) => {
      names.add(name);
      const reason = skip[name] ?? skip[EVERY_TEST];
      if (reason !== undefined) {
        it(name, { skip: reason }, () => undefined);
        return;
      }
      it(name, async () => {
        const site = await openSite();
        try {
          await body(site);
        } finally {
          await site.maintenance.close();
        }
      });
    });
    const unknown = Object.keys(skip).filter((key) => key !== EVERY_TEST && !names.has(key));
    it('skips only tests of this suite', () => {
      if (unknown.length > 0) throw new Error(`the skip list names no test of "${title}": ${unknown.join(', ')}`);
    });
  });
}
