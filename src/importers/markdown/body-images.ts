import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { markdownImages } from '../../content/markdown.js';
import { parseMediaReference } from '../../content/media-image.js';
import type { ImageImporter } from '../image-importer.js';

export interface BodyImagesResult {
  /** The body with each local image's path replaced by its media URL. */
  body: string;
  /** Images without alt text (`body line N: …`): reported, not refused. */
  warnings: string[];
  /** Images that could not be imported: the file fails. */
  problems: string[];
}

/** A path relative to the Markdown file: not a URL with a scheme, not site-absolute, not already a media reference. */
const isLocalPath = (url: string): boolean => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#') && parseMediaReference(url) === null;

/**
 * Copies the images a Markdown body shows by a relative path (`![Alt](images/chart.png)`) into the
 * media store through `importImage`, and rewrites the body to their media URLs; alt text is kept.
 * An image outside the import's folder is refused. Without `importImage` the body is left as it is.
 */
export async function importBodyImages(body: string, context: { file: string; root: string }, importImage?: ImageImporter): Promise<BodyImagesResult> {
  const result: BodyImagesResult = { body, warnings: [], problems: [] };
  if (!importImage || !body.includes('![')) return result;
  const done = new Map<string, string>();
  for (const image of markdownImages(body)) {
    if (!isLocalPath(image.url)) continue;
    if (image.alt === '') result.warnings.push(`body line ${image.line}: the image ${image.url} has no alt text`);
    if (done.has(image.url)) continue;
    const file = resolve(dirname(context.file), decodeURI(image.url));
    const inside = relative(context.root, file);
    if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
      result.problems.push(`body line ${image.line}: the image ${image.url} is outside the folder being imported`);
      continue;
    }
    try {
      done.set(image.url, await importImage({ file, alt: image.alt }));
    } catch (error) {
      result.problems.push(`body line ${image.line}: the image ${image.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const [url, reference] of done) result.body = result.body.split(`](${url}`).join(`](${reference}`);
  return result;
}
