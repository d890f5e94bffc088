import { randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_FILE_NAME, MEDIA_PATH_PREFIX } from '../content/media-image.js';
import type { MediaFile } from './image-pipeline.js';

/**
 * The media store's files on disk, in one folder, named as their URLs after /media/. Names are
 * content hashes, so a file once written never changes: writing one that exists is skipped.
 */
export class MediaFiles {
  constructor(readonly dir: string) {}

  /** Writes each file that is not there yet, each through a temporary name and a rename, so a reader never sees half a file. */
  async write(files: readonly MediaFile[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const file of files) {
      const target = this.pathOf(file.url);
      if (!target) throw new Error(`not a media URL: ${file.url}`);
      if (await exists(target)) continue;
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, file.bytes);
      await rename(temporary, target);
    }
  }

  /** The file of a media URL (`/media/<name>`), or null when the name is not one the store writes. */
  pathOf(url: string): string | null {
    if (!url.startsWith(MEDIA_PATH_PREFIX)) return null;
    const name = url.slice(MEDIA_PATH_PREFIX.length);
    return MEDIA_FILE_NAME.test(name) ? join(this.dir, name) : null;
  }

  /** The file of a media URL as a stream with its size, or null when there is none. */
  async open(url: string): Promise<{ stream: ReadStream; size: number } | null> {
    const path = this.pathOf(url);
    if (!path) return null;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(path), size: info.size };
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}
