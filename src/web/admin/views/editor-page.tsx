import { can } from '../../../accounts/policy.js';
import { imageAltWarnings } from '../../../content/markdown.js';
import { renderDocument } from '../../views/render.js';
import { assetPath, sitePath, type SiteContext } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { StateBadge } from './article-table.js';
import { EditorFieldset } from './editor-fields.js';
import { Button, ErrorSummary, PostForm } from './form-parts.js';
import { displayDateTime } from './format.js';
import { GovernancePanel } from './governance-panel.js';
import { SharePreviewPanel } from './preview-parts.js';
import { ReadabilityPanel } from './readability-panel.js';
import { EDITOR_FIELD_ORDER, type EditorPageData, type LockHolder } from './view-models.js';

/**
 * The article editor. Without JavaScript it is one POST form to the article's path whose buttons
 * send `intent` = save | submit | publish | unpublish; admin.js (docs/admin-editor.md) adds
 * autosave, the browser copy, the conflict banner, the lock heartbeat and the live preview, and
 * finds everything it needs in the `data-*` attributes written here.
 */
export function renderEditorPage(data: EditorPageData): string {
  const { site } = data;
  const isNew = data.articleId === null;
  const noun = data.sitePage ? 'site page' : 'article';
  const title = isNew ? `New ${noun}` : `Edit: ${data.fields.title || 'Untitled'}`;
  const readOnly = Boolean(data.readOnlyReason);
  const action = isNew ? (data.sitePage ? adminPaths.sitePages() : adminPaths.articles()) : adminPaths.article(data.articleId!);
  const editorData: Record<string, string> = {
    'admin-editor': '',
    'user-id': String(data.user.userId),
    'base-revision': String(data.baseRevision),
    'topics-url': sitePath(site, adminPaths.apiTopics()),
  };
  // A new article has no id yet: no autosave, lock or preview until its first save creates it.
  if (!isNew && !readOnly) {
    const articleId = data.articleId!;
    Object.assign(editorData, {
      'article-id': String(articleId),
      'api-url': sitePath(site, adminPaths.apiArticle(articleId)),
      'lock-url': sitePath(site, adminPaths.apiLock(articleId)),
      'preview-url': sitePath(site, adminPaths.preview(articleId)),
      'readability-url': sitePath(site, adminPaths.readability(articleId)),
    });
  }
  return renderDocument(
    <AdminLayout site={site} title={title} user={data.user} csrfToken={data.csrfToken} current={data.sitePage ? 'sitePages' : 'articles'} script={!readOnly} wide>
      <ErrorSummary errors={data.errors} order={EDITOR_FIELD_ORDER} />
      <PageHeading title={isNew ? `New ${noun}` : <>Edit <span class="visually-hidden">{noun}: </span>{data.fields.title || 'Untitled'}</>} flash={data.flash}>
        <p class="editor-meta">
          <StateBadge state={data.state} />
          {!isNew && (
            <>
              {' · '}
              <a href={sitePath(site, adminPaths.revisions(data.articleId!))}>Revision history</a>
              {' · '}
              <a href={sitePath(site, adminPaths.preview(data.articleId!))}>Preview the saved version as readers will see it</a>
              {data.readerFeedback && (
                <>
                  {' · '}
                  <a href={sitePath(site, adminPaths.articleFeedback(data.articleId!))}>
                    Reader feedback ({data.readerFeedback.yes} yes, {data.readerFeedback.no} no)
                  </a>
                </>
              )}
              {data.permissions.delete && (
                <>
                  {' · '}
                  <a href={sitePath(site, adminPaths.deleteArticle(data.articleId!))}>Delete…</a>
                </>
              )}
            </>
          )}
        </p>
      </PageHeading>
      {data.takenOverBy && (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>{data.takenOverBy} took over editing this article.</strong> What you saved is kept, and anything you had not
            saved yet is kept in this browser. Talk to {data.takenOverBy} before you edit it again.
          </p>
        </div>
      )}
      {data.lockedBy && data.articleId !== null && !readOnly && <LockBanner site={site} csrfToken={data.csrfToken} articleId={data.articleId} holder={data.lockedBy} />}
      <ImageAltWarnings bodyMarkdown={data.fields.bodyMarkdown} />
      {readOnly && (
        <div class="notice notice--info">
          <p>
            <strong>Read-only.</strong> {data.readOnlyReason} The fields below cannot be changed, and nothing is saved.
          </p>
        </div>
      )}
      {/* Shown by admin.js when the lock heartbeat says someone else now holds the lock. */}
      <div class="notice notice--warning" role="alert" data-editor-takeover-banner="" hidden>
        <p data-editor-takeover-text="">Someone else took over editing this article.</p>
        <p>Autosave has stopped. Your unsaved changes are kept in this browser.</p>
      </div>
      {/* Filled and shown by admin.js when this browser holds unsaved work for this article. */}
      <div class="notice notice--warning" data-editor-copy-banner="" hidden>
        <p data-editor-copy-text="">You have unsaved changes kept in this browser.</p>
        <p class="button-row">
          <button type="button" class="button button--primary" data-editor-copy-restore="">Restore them</button>
          <button type="button" class="button button--secondary" data-editor-copy-discard="">Discard</button>
        </p>
      </div>
      <div class="editor-layout">
        <PostForm site={site} action={action} csrfToken={data.csrfToken} class="editor" id="editor" label="Article" data={editorData}>
          <input type="hidden" name="baseRevision" value={String(data.baseRevision)} data-editor-base-revision="" />
          <p class="editor-status" role="status" aria-live="polite" data-editor-status="">
            <StatusText lastSaved={data.lastSaved} />
          </p>
          {/* Shown by admin.js on a 409: its button sends this form the plain way, so the server's conflict page compares. */}
          <div class="notice notice--warning" data-editor-conflict-banner="" hidden>
            <p>
              <strong>Conflict: someone else saved this article after you opened it.</strong> Autosave has stopped. Your version is
              kept in this browser.
            </p>
            <p>
              <button type="submit" class="button button--primary" name="intent" value="save">Compare the two versions</button>
            </p>
          </div>
          <fieldset class="editor__fieldset" disabled={readOnly}>
            <legend class="visually-hidden">Article fields</legend>
            <EditorFieldset fields={data.fields} revisionNote={data.revisionNote} errors={data.errors} topics={data.topics} categories={data.categories} questionTypes={data.questionTypes} sitePage={data.sitePage}
              imageInsert={!readOnly && can(data.user, 'media.upload') ? { upload: sitePath(site, adminPaths.apiMedia()), page: sitePath(site, adminPaths.media()) } : undefined} />
            <div class="button-row editor__actions">
              {data.permissions.save && <Button name="intent" value="save" data={{ 'editor-save': '' }}>Save</Button>}
              {data.permissions.submit && <Button name="intent" value="submit" variant="secondary">Submit for review</Button>}
              {data.permissions.publish && <Button name="intent" value="publish" variant="secondary">Publish</Button>}
              {data.permissions.unpublish && <Button name="intent" value="unpublish" variant="warning">Unpublish</Button>}
            </div>
            {data.governance?.reviewRequiredReason && data.permissions.save && (
              <p class="field__hint">Publish appears once a clinical reviewer signs the latest revision off (see Review and publishing below).</p>
            )}
            {data.permissions.save && <p class="field__hint">Tip: Ctrl+S (⌘S on a Mac) saves.</p>}
          </fieldset>
        </PostForm>
        {/* Scrolls on its own beside the form on wide screens: focusable, so keyboard users can scroll it too. */}
        <div class="editor-side" tabIndex={0} role="region" aria-label="Readability and preview">
          {data.readability ? <ReadabilityPanel {...data.readability} /> : (
            <section class="readability" aria-labelledby="readability-title">
              <h2 id="readability-title">Readability</h2>
              <p class="field__hint">The reading grade is measured when the article is first saved.</p>
            </section>
          )}
          <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <p class="field__hint">How readers will see it. It updates as you type; without JavaScript, it shows the last saved version.</p>
            {/* previewHtml is the reader's article view, rendered and sanitized by the server: never user input as such. */}
            <div class="preview__pane" data-editor-preview="" aria-live="off" dangerouslySetInnerHTML={{ __html: data.previewHtml ?? '' }} />
          </section>
        </div>
      </div>
      {data.governance && <GovernancePanel site={site} csrfToken={data.csrfToken} data={data.governance} />}
      {/* The care card insert helper (care-card-insert.tsx): apart from admin.js, which it only signals with an input event. */}
      {!readOnly && <script src={assetPath(site, 'body-insert.js')} defer />}
      {!readOnly && <script src={assetPath(site, 'care-card-insert.js')} defer />}
      {!readOnly && can(data.user, 'media.upload') && <script src={assetPath(site, 'image-insert.js')} defer />}
      {data.articleId !== null && data.permissions.sharePreview && data.previewLinks && (
        <SharePreviewPanel site={site} csrfToken={data.csrfToken} articleId={data.articleId} {...data.previewLinks} />
      )}
    </AdminLayout>,
  );
}

/** Images of the body without alt text: a warning, never a refusal (docs/editorial-media.md). */
function ImageAltWarnings({ bodyMarkdown }: { bodyMarkdown: string }) {
  const warnings = imageAltWarnings(bodyMarkdown);
  if (warnings.length === 0) return null;
  return (
    <div class="notice notice--warning" data-editor-image-warnings="">
      <p><strong>Warning: {warnings.length === 1 ? 'an image has' : `${warnings.length} images have`} no alt text.</strong> Readers who cannot see images will miss what they show.</p>
      <ul>{warnings.map((warning) => <li>Body {warning}</li>)}</ul>
    </div>
  );
}

function StatusText({ lastSaved }: { lastSaved: EditorPageData['lastSaved'] }) {
  if (!lastSaved) return <>Not saved yet</>;
  const when = displayDateTime(lastSaved.at);
  return (
    <>
      Saved {when ? <>at <time dateTime={when.iso}>{when.text}</time></> : null} · revision {lastSaved.revision} by {lastSaved.by}
    </>
  );
}

function LockBanner({ site, csrfToken, articleId, holder }: { site: SiteContext; csrfToken: string; articleId: number; holder: LockHolder }) {
  return (
    <div class="notice notice--warning" role="alert" data-editor-lock-banner="">
      <p>
        <strong>{holder.name} is editing this article</strong> (last seen {holder.lastSeenSecondsAgo} s ago). If you both edit,
        one of you will have to merge the changes by hand.
      </p>
      <div class="button-row">
        <a class="button button--secondary" href={sitePath(site, adminPaths.readOnly(articleId))}>Open read-only</a>
        <PostForm site={site} action={adminPaths.takeOver(articleId)} csrfToken={csrfToken} class="inline-form">
          <Button variant="warning">Take over</Button>
        </PostForm>
      </div>
    </div>
  );
}
