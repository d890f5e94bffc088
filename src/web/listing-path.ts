/**
 * Reading a wildcard path's tail by hand, in one pass. The regular expressions these replaced
 * (`/\/+$/`, `/^(.*?)(?:\/page\/([^/]+))?\/*$/`) backtrack on a run of slashes: 16,000 of them
 * took 192 ms a request (issue 14; bench/slash-paths.mjs).
 */

/** The path without its trailing slashes. */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47 /* '/' */) end--;
  return path.slice(0, end);
}

/** A category path split into its slug and the N of a trailing `/page/N` (the raw text, unchecked). */
export function splitListingPath(wildcard: string): { slug: string; pathPage?: string } {
  const path = withoutTrailingSlashes(wildcard);
  const lastSlash = path.lastIndexOf('/');
  const beforePage = lastSlash - '/page'.length;
  if (lastSlash > 0 && beforePage >= 0 && path.startsWith('/page', beforePage) && lastSlash < path.length - 1) {
    return { slug: path.slice(0, beforePage), pathPage: path.slice(lastSlash + 1) };
  }
  return { slug: path };
}

/** Whether a number in a path is written the one way its links write it: 1, 2, 10 (not 01, 1e0, 0x1, +1). */
export function isCanonicalPositiveInteger(raw: string): boolean {
  return /^[1-9][0-9]{0,8}$/.test(raw);
}
