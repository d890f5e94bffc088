import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where a page goes in the export. HTML pages become `<path>/index.html`: the views link to
 * `/articles/slug` without a trailing slash, and every common static server (nginx `try_files
 * $uri $uri/`, python -m http.server, S3 websites, Netlify, Cloudflare Pages) answers that URL
 * with `articles/slug/index.html`, some after a redirect to `/articles/slug/`. `articles/slug.html`
 * would need a rewrite rule on most of them. Other files (feed.xml, robots.txt, sitemaps, assets)
 * keep their own name.
 */
export function outputFileFor(requestPath: string, contentType: string): string {
  const decoded = requestPath.split('/').map(decodeSegment).join('/');
  const clean = decoded.replace(/^\/+/, '').replace(/\/+$/, '');
  const file = contentType.startsWith('text/html') && !clean.endsWith('.html') ? (clean === '' ? 'index.html' : `${clean}/index.html`) : clean;
  if (file === '' || file.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')) {
    throw new Error(`cannot export "${requestPath}": not a plain file path`);
  }
  return file;
}

/** The absolute file for an output path, refusing anything that would land outside the export. */
export function fileInside(outDir: string, file: string): string {
  const full = resolve(outDir, file);
  const rel = relative(outDir, full);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) throw new Error(`"${file}" is outside ${outDir}`);
  return full;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
