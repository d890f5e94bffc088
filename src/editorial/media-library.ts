import type { MediaExtension } from '../content/media-image.js';

/** One image of the media store (migration 016). Its files on disk are named by `hash`. */
export interface MediaRecord {
  id: number;
  /** The first 32 hex digits of the SHA-256 of the bytes first uploaded: the files' names, and what deduplicates. */
  hash: string;
  /** The uploaded file's name, as the uploader's computer called it (shown in the list, never in a URL). */
  originalName: string;
  /** The alt text given with the first upload; later uploads of the same bytes may write their own in their Markdown. */
  alt: string;
  width: number;
  height: number;
  mime: string;
  ext: MediaExtension;
  /** Who uploaded it; null for an import or the demo content. */
  createdBy: number | null;
  createdAt: string;
}

export type NewMedia = Omit<MediaRecord, 'id'>;

export interface MediaPage {
  items: MediaRecord[];
  total: number;
}

/** The media store's records: the bytes are the media files' business (src/media/). */
export interface MediaLibrary {
  /** Adds an image, or gives the one already stored with the same hash (`added: false`): same bytes, one record. */
  add(image: NewMedia): Promise<{ record: MediaRecord; added: boolean }>;
  findByHash(hash: string): Promise<MediaRecord | null>;
  /** Newest first. */
  list(page: { limit: number; offset: number }): Promise<MediaPage>;
}
