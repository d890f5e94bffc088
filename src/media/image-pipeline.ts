import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { isMediaFormat, MEDIA_FORMATS, type MediaImageRef, mediaReferenceUrl, renditionUrl, renditionWidths } from '../content/media-image.js';
import { invalid } from '../errors.js';

/** One file to write: its URL under the site (its name on disk is the part after /media/) and its bytes. */
export interface MediaFile {
  url: string;
  bytes: Buffer;
}

export interface ProcessedImage {
  image: MediaImageRef;
  mime: string;
  /** The full-size image in its own format, then one WebP per rendition width. */
  files: MediaFile[];
}

const ACCEPTED = Object.keys(MEDIA_FORMATS).map((format) => format.toUpperCase()).join(', ');
// Decoding bombs: refuse anything over 50 megapixels before decoding it (sharp's default is far higher).
const LIMIT_INPUT_PIXELS = 50_000_000;

/** The hash that names an image: the first 32 hex digits of the SHA-256 of the bytes given. */
export const mediaHash = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/**
 * Checks that `bytes` is an image of an accepted format (by decoding its header, never by the
 * file name) and makes its files: the full size re-encoded in its own format and the WebP
 * renditions, all turned upright by their EXIF orientation and stripped of metadata (a phone
 * photo's location must not reach readers). `field` names the input in errors.
 */
export async function processImage(bytes: Buffer, field = 'file'): Promise<ProcessedImage> {
  const metadata = await sharp(bytes, { limitInputPixels: LIMIT_INPUT_PIXELS }).metadata().catch(() => null);
  if (!metadata || !isMediaFormat(metadata.format)) {
    const found = metadata?.format ? ` (it is ${metadata.format.toUpperCase()})` : '';
    throw invalid([`${field}: is not an image the media store takes${found}; upload ${ACCEPTED}`]);
  }
  const format = metadata.format;
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!width || !height) throw invalid([`${field}: the image has no width or height`]);
  const hash = mediaHash(bytes);
  const image: MediaImageRef = { hash, width, height, ext: MEDIA_FORMATS[format].ext };
  const animated = (metadata.pages ?? 1) > 1;
  const open = () => sharp(bytes, { animated, limitInputPixels: LIMIT_INPUT_PIXELS }).autoOrient();
  const fullSize = await open().toFormat(format).toBuffer();
  const renditions = await Promise.all(
    renditionWidths(width).map(async (w) => ({ url: renditionUrl(hash, w), bytes: await open().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer() })),
  );
  return { image, mime: MEDIA_FORMATS[format].mime, files: [{ url: mediaReferenceUrl(image), bytes: fullSize }, ...renditions] };
}
