import type { MediaLibrary } from '../../editorial/media-library.js';
import type { MediaFiles } from '../../media/media-files.js';

/** What the media use cases need: the records, the files on disk, a clock. */
export interface MediaPorts {
  library: MediaLibrary;
  files: MediaFiles;
  clock: () => Date;
}

/** The largest upload the media store takes (the admin's multipart limit; imports are held to it too). */
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
export const MEDIA_MAX_LABEL = '10 MB';

/** The longest alt text taken: a sentence or two; anything longer belongs in the body. */
export const ALT_MAX_LENGTH = 300;
