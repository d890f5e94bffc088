import { sitePath } from '../../views/site.js';
import { adminPaths } from './admin-paths.js';
import { Button, PostForm, SelectField } from './form-parts.js';
import { When } from './format.js';
import type { PreviewBannerData, SharePreviewPanelData } from './view-models.js';

/**
 * Shown above the reader's own article view on a preview, signed in or through a shared link, so
 * nobody takes a preview for the published page. The route puts it first inside the reader
 * layout's <main> (the reader layout, with `noindex`).
 */
export function PreviewBanner({ site, revision, editorPath }: PreviewBannerData) {
  return (
    <div class="notice notice--warning preview-banner" role="note" aria-label="Preview">
      <p>
        <strong>Preview of revision {revision} — not published.</strong> Readers cannot see this version yet.
        {editorPath && (
          <>
            {' '}
            <a href={sitePath(site, editorPath)}>Back to the editor</a>
          </>
        )}
      </p>
    </div>
  );
}

/** Create a link that shows the latest revision to someone without an account; list and revoke. */
export function SharePreviewPanel({ site, csrfToken, articleId, links, expiryOptions, created }: SharePreviewPanelData) {
  return (
    <section class="share-preview" aria-labelledby="share-preview-title">
      <h2 id="share-preview-title">Share a preview</h2>
      <p>A preview link shows the latest saved version to anyone who has the link, until it expires or you revoke it.</p>
      {created && (
        <div class="notice notice--success" role="status">
          <p>
            <strong>Preview link created.</strong> Copy it now: it is shown only this once. It works until <When at={created.expiresAt} />.
          </p>
          <p>
            <label for="new-preview-link">Preview link</label>{' '}
            <input id="new-preview-link" class="copyable" type="text" readOnly value={created.url} size={60} />
          </p>
        </div>
      )}
      <PostForm site={site} action={adminPaths.previewLinks(articleId)} csrfToken={csrfToken} class="inline-form">
        <SelectField name="expiresIn" id="share-expires" label="Link works for" options={expiryOptions} value={expiryOptions[0]?.value} />
        <Button variant="secondary">Create preview link</Button>
      </PostForm>
      {links.length === 0 ? (
        <p class="empty">No active preview links.</p>
      ) : (
        <div class="table-scroll">
          <table class="admin-table">
            <caption>Active preview links</caption>
            <thead>
              <tr>
                <th scope="col">Link</th>
                <th scope="col">Created by</th>
                <th scope="col">Expires</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr>
                  <th scope="row">Link ending <code>…{link.hint}</code></th>
                  <td>{link.createdBy}</td>
                  <td><When at={link.expiresAt} /></td>
                  <td>
                    <PostForm site={site} action={adminPaths.revokePreviewLink(articleId, link.id)} csrfToken={csrfToken}>
                      <Button variant="warning">Revoke<span class="visually-hidden"> the link ending {link.hint}</span></Button>
                    </PostForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
