import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { CsrfField, ErrorSummary, fieldId } from './form-parts.js';
import { AdminPaging } from './paging.js';
import type { AdminContext, FieldErrors } from './view-models.js';

/** One image of the media page's list. */
export interface MediaPageImage {
  url: string;
  /** A small rendition (or the full size when small) for the thumbnail. */
  thumbnailUrl: string;
  alt: string;
  width: number;
  height: number;
  originalName: string;
  createdAt: string;
  markdown: string;
}

/** The media page: the upload form, what an upload just gave, and the store a page at a time. */
export interface MediaPageData extends AdminContext {
  errors?: FieldErrors;
  /** The alt text typed before an error, kept so the author need not type it again. */
  alt?: string;
  /** The upload just made: its Markdown to paste into a body. */
  uploaded?: { markdown: string; url: string; alt: string } | null;
  maxLabel: string;
  images: MediaPageImage[];
  page: number;
  pageCount: number;
  total: number;
}

const ERROR_ORDER = ['file', 'alt'];

/**
 * "Images": upload an image (file and alt text, both required) and get the Markdown to paste into
 * an article's body; the editor's "Insert an image" (image-insert.tsx) does the same without
 * leaving the page when JavaScript runs. This page needs none.
 */
export function renderMediaPage(data: MediaPageData): string {
  const { site } = data;
  return renderDocument(
    <AdminLayout site={site} title="Images" user={data.user} csrfToken={data.csrfToken} current="media">
      <ErrorSummary errors={data.errors} order={ERROR_ORDER} />
      <PageHeading title="Images" />
      {data.uploaded && (
        <section class="media-uploaded" aria-labelledby="media-uploaded-title">
          <h2 id="media-uploaded-title">Image uploaded</h2>
          <p>Copy this line into the article's body where the image should appear:</p>
          <MarkdownToCopy id="f-uploaded-markdown" label="Markdown for the uploaded image" markdown={data.uploaded.markdown} />
        </section>
      )}
      <section aria-labelledby="media-upload-title">
        <h2 id="media-upload-title">Upload an image</h2>
        <UploadForm data={data} />
      </section>
      <section aria-labelledby="media-list-title">
        <h2 id="media-list-title">Images on this site</h2>
        {data.images.length === 0 ? <p>No images yet.</p> : (
          <ul class="media-list">
            {data.images.map((image, index) => (
              <li class="media-list__item">
                <img src={sitePath(site, image.thumbnailUrl)} alt={image.alt} width={160} height={Math.max(1, Math.round((160 * image.height) / image.width))} loading="lazy" />
                <div>
                  <p class="media-list__name">{image.originalName} <span class="field__hint">({image.width} × {image.height})</span></p>
                  <MarkdownToCopy id={`media-${data.page}-${index}`} label={`Markdown for ${image.originalName}`} markdown={image.markdown} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <AdminPaging site={site} path={adminPaths.media()} params={{}} page={data.page} pageCount={data.pageCount} total={data.total} noun="image" />
      </section>
    </AdminLayout>,
  );
}

function MarkdownToCopy({ id, label, markdown }: { id: string; label: string; markdown: string }) {
  return (
    <div class="field">
      <label class="field__label" for={id}>{label}</label>
      <input class="field__input media-markdown" type="text" id={id} value={markdown} readOnly />
    </div>
  );
}

/** The multipart form: a file and its alt text, both required and labelled, errors next to each. */
export function UploadForm({ data }: { data: Pick<MediaPageData, 'site' | 'csrfToken' | 'errors' | 'alt' | 'maxLabel'> }) {
  const fileId = fieldId('file');
  const altId = fieldId('alt');
  const error = (name: string) => data.errors?.[name];
  return (
    <form method="post" action={sitePath(data.site, adminPaths.media())} enctype="multipart/form-data" class="editor" aria-label="Upload an image">
      <CsrfField token={data.csrfToken} />
      <div class={`field${error('file') ? ' field--error' : ''}`}>
        <label class="field__label" for={fileId}>Image file</label>
        <p class="field__hint" id={`${fileId}-hint`}>JPEG, PNG, WebP, GIF or AVIF, at most {data.maxLabel}.</p>
        {error('file') && <p class="field__error" id={`${fileId}-error`}><span class="visually-hidden">Error: </span>{error('file')}</p>}
        <input class="field__input" type="file" id={fileId} name="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" required
          aria-describedby={[`${fileId}-hint`, error('file') ? `${fileId}-error` : null].filter(Boolean).join(' ')} aria-invalid={error('file') ? 'true' : undefined} />
      </div>
      <div class={`field${error('alt') ? ' field--error' : ''}`}>
        <label class="field__label" for={altId}>Alt text</label>
        <p class="field__hint" id={`${altId}-hint`}>What the image shows, for readers who cannot see it. Required.</p>
        {error('alt') && <p class="field__error" id={`${altId}-error`}><span class="visually-hidden">Error: </span>{error('alt')}</p>}
        <input class="field__input" type="text" id={altId} name="alt" value={data.alt ?? ''} required maxLength={300} autocomplete="off"
          aria-describedby={[`${altId}-hint`, error('alt') ? `${altId}-error` : null].filter(Boolean).join(' ')} aria-invalid={error('alt') ? 'true' : undefined} />
      </div>
      <p class="button-row"><button type="submit" class="button button--primary">Upload</button></p>
    </form>
  );
}
