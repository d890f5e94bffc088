/**
 * Images of the media store as the content model sees them: their URLs, and the widths they are
 * resized to. Pure; the bytes are the media pipeline's business (src/media/).
 *
 * An image is named by the hash of the bytes uploaded (`hash`, 32 hex digits) and carries its
 * own size in the reference an article's Markdown holds:
 *
 *   ![Alt text](/media/<hash>-<width>x<height>.<ext>)
 *
 * That URL is the full-size image (re-encoded in its own format, metadata stripped); the
 * renditions are `/media/<hash>-<w>.webp` for each width of `renditionWidths(width)`. Because
 * the reference says how big the image is, rendering a body needs no lookup: the `<img>` gets its
 * `srcset`, `width` and `height` from the reference alone, and the core stays pure.
 */

/** The widths images are resized to (CSS pixels of a 70ch column, 1× to 2×). Never upscaled. */
export const MEDIA_WIDTHS = [480, 800, 1200] as const;

/** The formats the media store takes, by sharp's name, with the extension and type each is served with. */
export const MEDIA_FORMATS = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
  avif: { ext: 'avif', mime: 'image/avif' },
} as const;

export type MediaFormat = keyof typeof MEDIA_FORMATS;
export type MediaExtension = (typeof MEDIA_FORMATS)[MediaFormat]['ext'];

export const isMediaFormat = (format: string | undefined): format is MediaFormat => format !== undefined && Object.hasOwn(MEDIA_FORMATS, format);

/** The content type of a file of the media store, by its extension (null: not one of ours). */
export function mediaTypeOfExtension(ext: string): string | null {
  return Object.values(MEDIA_FORMATS).find((format) => format.ext === ext)?.mime ?? null;
}

/** What a reference says about an image: enough to render it. */
export interface MediaImageRef {
  hash: string;
  width: number;
  height: number;
  ext: MediaExtension;
}

/** The prefix every media URL starts with (before the site's base path). */
export const MEDIA_PATH_PREFIX = '/media/';

const HASH = '[0-9a-f]{32}';
const EXTENSIONS = Object.values(MEDIA_FORMATS).map((format) => format.ext).join('|');
const REFERENCE = new RegExp(`^/media/(${HASH})-([1-9][0-9]{0,4})x([1-9][0-9]{0,4})\\.(${EXTENSIONS})$`);
/** Any file name the media store serves: a reference's full-size image or a WebP rendition. */
export const MEDIA_FILE_NAME = new RegExp(`^${HASH}-[1-9][0-9]{0,4}(?:x[1-9][0-9]{0,4}\\.(?:${EXTENSIONS})|\\.webp)$`);

/** The Markdown reference's URL: the full-size image. */
export const mediaReferenceUrl = (image: MediaImageRef): string => `${MEDIA_PATH_PREFIX}${image.hash}-${image.width}x${image.height}.${image.ext}`;

/** A WebP rendition's URL. */
export const renditionUrl = (hash: string, width: number): string => `${MEDIA_PATH_PREFIX}${hash}-${width}.webp`;

/** The image a URL refers to, when it is a media reference; null for any other URL. */
export function parseMediaReference(url: string): MediaImageRef | null {
  const match = REFERENCE.exec(url);
  if (!match) return null;
  return { hash: match[1]!, width: Number(match[2]), height: Number(match[3]), ext: match[4] as MediaExtension };
}

/** The widths an image of `width` pixels is resized to: those of MEDIA_WIDTHS below it (never upscaled). */
export function renditionWidths(width: number): number[] {
  return MEDIA_WIDTHS.filter((w) => w < width);
}

/** Every file of an image, by URL: the full-size image and its renditions. */
export function mediaUrlsOf(image: MediaImageRef): string[] {
  return [mediaReferenceUrl(image), ...renditionWidths(image.width).map((w) => renditionUrl(image.hash, w))];
}

/** The Markdown an author pastes to show an image. Brackets in the alt text are escaped. */
export function mediaMarkdown(image: MediaImageRef, alt: string): string {
  return `![${alt.replace(/([\\[\]])/g, '\\$1')}](${mediaReferenceUrl(image)})`;
}

/** The `<img>` attributes of a referenced image: every rendition and the full size in `srcset`, the full size's box. */
export function responsiveImage(image: MediaImageRef): { src: string; srcset: string; sizes: string; width: number; height: number } {
  const widths = renditionWidths(image.width);
  const candidates = [...widths.map((w) => `${renditionUrl(image.hash, w)} ${w}w`), `${mediaReferenceUrl(image)} ${image.width}w`];
  // The largest rendition is what most screens pick; the full size is the fallback of old browsers only when it is small.
  const src = widths.length > 0 ? renditionUrl(image.hash, widths[widths.length - 1]!) : mediaReferenceUrl(image);
  // The article column is at most 70ch (about 42rem at the body size); narrower screens use their width.
  return { src, srcset: candidates.join(', '), sizes: '(min-width: 46rem) 42rem, 100vw', width: image.width, height: image.height };
}

/**
 * Stored body HTML with its images' URLs under the site's base path ('' or '/health'): bodies are
 * rendered once, at the root, and the site may be served from a subdirectory.
 */
export function rebaseMediaUrls(html: string, basePath: string): string {
  if (basePath === '' || !html.includes('<img ')) return html;
  return html.replace(/<img [^>]*>/g, (tag) => tag.replace(/(["\s])\/media\//g, `$1${basePath}/media/`));
}
