import { authorize } from '../../accounts/policy.js';
import type { Actor } from '../../accounts/roles.js';
import { type MediaImageRef, mediaMarkdown, mediaReferenceUrl, mediaUrlsOf } from '../../content/media-image.js';
import type { MediaRecord } from '../../editorial/media-library.js';
import { forbidden, invalid } from '../../errors.js';
import { processImage } from '../../media/image-pipeline.js';
import { ALT_MAX_LENGTH, MEDIA_MAX_BYTES, MEDIA_MAX_LABEL, type MediaPorts } from './media-ports.js';

export interface ImageUpload {
  bytes: Buffer;
  /** The file's name on the uploader's computer (kept for the media list only). */
  originalName: string;
  alt: string;
}

export interface AddedImage {
  record: MediaRecord;
  /** The Markdown to paste into a body, with this upload's alt text. */
  markdown: string;
  /** The full-size image's URL: the reference the Markdown holds. */
  url: string;
  /** Every file of the image: the full size and the WebP renditions. */
  urls: string[];
  /** False when the same bytes were already stored: nothing new was written. */
  added: boolean;
}

/**
 * Adds an image to the media store: checks the alt text and the bytes (`field: reason`), makes
 * the full size and the renditions, writes the files (named by hash: the same bytes twice are
 * written once) and then the record. The files come first, so a record never names a missing file.
 * `actor` null is the trusted importer (no policy, no uploader), which alone may leave the alt
 * text empty (`altOptional`): an imported image without one is a warning in its report.
 */
export async function addImage(ports: MediaPorts, actor: Actor | null, upload: ImageUpload, options: { altOptional?: boolean } = {}): Promise<AddedImage> {
  if (actor) {
    const decision = authorize(actor, 'media.upload');
    if (!decision.allowed) throw forbidden(decision.permission, decision.reason);
  }
  const alt = upload.alt.replace(/\s+/g, ' ').trim();
  const problems: string[] = [];
  if (alt === '' && !(options.altOptional && actor === null)) problems.push('alt: is required: describe what the image shows for readers who cannot see it');
  else if (alt.length > ALT_MAX_LENGTH) problems.push(`alt: is ${alt.length} characters; keep it under ${ALT_MAX_LENGTH} (longer descriptions belong in the body)`);
  if (upload.bytes.length === 0) problems.push('file: is empty: choose an image file');
  else if (upload.bytes.length > MEDIA_MAX_BYTES) problems.push(`file: is larger than the ${MEDIA_MAX_LABEL} limit`);
  if (problems.length) throw invalid(problems);

  const processed = await processImage(upload.bytes);
  await ports.files.write(processed.files);
  const { record, added } = await ports.library.add({
    ...processed.image, originalName: upload.originalName.slice(0, 255) || 'image', alt, mime: processed.mime,
    createdBy: actor?.userId ?? null, createdAt: ports.clock().toISOString(),
  });
  return describeImage(record, alt, added);
}

/** The Markdown and URLs of a stored image, with `alt` (its own by default). */
export function describeImage(record: MediaRecord, alt = record.alt, added = false): AddedImage {
  const image: MediaImageRef = { hash: record.hash, width: record.width, height: record.height, ext: record.ext };
  return { record, markdown: mediaMarkdown(image, alt), url: mediaReferenceUrl(image), urls: mediaUrlsOf(image), added };
}
