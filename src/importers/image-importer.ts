/**
 * How an importer puts the images an imported file shows into the media store, without knowing
 * the store: given the image file's absolute path and its alt text (may be empty), it answers the
 * media reference URL to write into the body instead (content/media-image.ts), or throws an error
 * naming what is wrong with the file. app/media/import-image.ts makes one over the media store.
 */
export type ImageImporter = (image: { file: string; alt: string }) => Promise<string>;
