import { fieldId } from './form-parts.js';

/** Where the editor's image panel sends an upload, and the Images page it links to without JavaScript (with the base path). */
export interface ImageInsertPaths {
  upload: string;
  page: string;
}

/**
 * "Insert an image" under the body: a file and its alt text (both required), which
 * public/image-insert.js uploads to the Admin API and inserts as Markdown at the caret. Its
 * fields have no names, so the article form never sends them. Without JavaScript the panel stays
 * hidden and the link below it leads to the Images page, whose plain form uploads and shows the
 * Markdown to paste (docs/editorial-media.md).
 */
export function ImageInsert({ prefix, bodyId, paths }: { prefix: string; bodyId: string; paths: ImageInsertPaths }) {
  const id = (name: string) => fieldId(`image-${name}`, prefix);
  return (
    <div class="image-insert-block">
      <details class="care-card-insert image-insert" data-image-insert="" data-body={bodyId} data-upload={paths.upload} hidden>
        <summary>Insert an image</summary>
        <div class="field">
          <label class="field__label" for={id('file')}>Image file</label>
          <p class="field__hint" id={`${id('file')}-hint`}>JPEG, PNG, WebP, GIF or AVIF, at most 10 MB.</p>
          <input class="field__input" type="file" id={id('file')} accept="image/jpeg,image/png,image/webp,image/gif,image/avif" aria-describedby={`${id('file')}-hint`} data-image-file="" />
        </div>
        <div class="field">
          <label class="field__label" for={id('alt')}>Alt text (required)</label>
          <p class="field__hint" id={`${id('alt')}-hint`}>What the image shows, for readers who cannot see it.</p>
          <input class="field__input" type="text" id={id('alt')} maxLength={300} autocomplete="off" aria-describedby={`${id('alt')}-hint`} data-image-alt="" />
        </div>
        <p class="button-row">
          <button type="button" class="button button--secondary" data-image-insert-button="">Upload and insert into the body</button>
        </p>
        <p class="care-card-insert__status" role="status" aria-live="polite" data-image-insert-status=""></p>
      </details>
      <p class="field__hint" data-image-insert-fallback="">
        Images: <a href={paths.page}>upload one on the Images page</a>, then paste the Markdown it gives into the body.
      </p>
    </div>
  );
}
