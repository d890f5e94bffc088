import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the shared MedQuAD tarball is expected: beside the project checkout, as in CI. */
export const MEDQUAD_TARBALL = resolve(process.env.HEALTHPRESS_MEDQUAD ?? '../shared/corpora/medquad/medquad-xml.tar.gz');
export const SAMPLE_PAGE = resolve(process.env.HEALTHPRESS_SAMPLE_PAGE ?? '../shared/samples/legacy-article-page.txt');

export function skipUnless(path: string, what: string): string | false {
  return existsSync(path) ? false : `${what} not found at ${path} — skipped (CI has ../shared beside the checkout)`;
}
