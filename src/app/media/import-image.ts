import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../errors.js';
import type { ImageImporter } from '../../importers/image-importer.js';
import { addImage } from './add-image.js';
import { MEDIA_MAX_BYTES, MEDIA_MAX_LABEL, type MediaPorts } from './media-ports.js';

/**
 * The importers' way into the media store: reads an image file an imported body shows and adds
 * it as an upload would be (the same checks and sizes), the alt text kept, even when empty (the
 * importer reports that as a warning). Errors say what is wrong with the file, without the code.
 */
export function mediaImageImporter(ports: MediaPorts): ImageImporter {
  return async ({ file, alt }) => {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new Error('no such file');
    if (info.size > MEDIA_MAX_BYTES) throw new Error(`is larger than the ${MEDIA_MAX_LABEL} limit`);
    try {
      return (await addImage(ports, null, { bytes: await readFile(file), originalName: basename(file), alt }, { altOptional: true })).url;
    } catch (error) {
      if (error instanceof AppError && error.details) throw new Error(error.details.map((detail) => detail.replace(/^file: /, '')).join('; '));
      throw error;
    }
  };
}
