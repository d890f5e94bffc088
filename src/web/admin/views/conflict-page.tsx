import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { FieldDiffList } from './diff-parts.js';
import { EditorFieldset } from './editor-fields.js';
import { Button, PostForm } from './form-parts.js';
import { displayDateTime } from './format.js';
import type { ConflictPageData, EditorFields } from './view-models.js';

/**
 * The edit conflict: someone saved a newer revision after this user started from an older one.
 * Rendered by the route with status 409 after a refused plain-form save, and reached from the
 * editor's conflict banner when admin.js met a 409. Nothing is lost whichever way the user goes:
 * "keep mine" and "merge" post a full version; "take theirs" leaves this user's version in the
 * page (and in the browser copy admin.js kept) to copy from.
 */
export function renderConflictPage(data: ConflictPageData): string {
  const { site } = data;
  const when = displayDateTime(data.currentAt);
  const editorPath = adminPaths.article(data.articleId);
  return renderDocument(
    <AdminLayout site={site} title="Edit conflict" user={data.user} csrfToken={data.csrfToken} current="articles" wide>
      <PageHeading title={<>Someone else changed “{data.articleTitle}”</>} flash={data.flash} />
      <div class="notice notice--warning">
        <p>
          <strong>{data.currentBy}</strong> saved revision {data.currentRevision}
          {when ? <> at <time dateTime={when.iso}>{when.text}</time></> : null} after you started editing from revision{' '}
          {data.baseRevision}. Your version has not been saved yet, and nothing you wrote is lost.
        </p>
      </div>

      <h2>What differs</h2>
      <p>
        Words only in their version are marked as removed, words only in yours as added.
      </p>
      <FieldDiffList diffs={data.diffs} beforeLabel={`Theirs (revision ${data.currentRevision})`} afterLabel="Yours" layout="split" />

      <h2>What would you like to do?</h2>
      <div class="conflict-choices">
        <section class="conflict-choice" aria-labelledby="keep-mine-title">
          <h3 id="keep-mine-title">Keep mine</h3>
          <p>Save your version as a new revision on top of revision {data.currentRevision}. Their changes stay in the revision history.</p>
          <PostForm site={site} action={editorPath} csrfToken={data.csrfToken} class="inline-form">
            <HiddenFields fields={data.mine} />
            <input type="hidden" name="baseRevision" value={String(data.currentRevision)} />
            <Button name="intent" value="save">Save my version</Button>
          </PostForm>
        </section>

        <section class="conflict-choice" aria-labelledby="take-theirs-title">
          <h3 id="take-theirs-title">Take theirs</h3>
          <p>
            Go on from revision {data.currentRevision} and drop your changes. Your version stays below and in this browser, so you can
            still copy from it.
          </p>
          <p>
            <a class="button button--secondary" href={sitePath(site, editorPath)}>Open their version</a>
          </p>
          <div class="field">
            <label class="field__label" for="mine-copy">Your version, to copy from</label>
            <textarea class="field__input field__textarea" id="mine-copy" rows={8} readOnly>{plainVersion(data.mine)}</textarea>
          </div>
        </section>

        <section class="conflict-choice conflict-choice--merge" aria-labelledby="merge-title">
          <h3 id="merge-title">Merge by hand</h3>
          <p>Start from your version, with theirs alongside, and save the result on top of revision {data.currentRevision}.</p>
          <div class="merge-layout">
            <PostForm site={site} action={editorPath} csrfToken={data.csrfToken} class="editor" label="Merged version">
              <input type="hidden" name="baseRevision" value={String(data.currentRevision)} />
              <EditorFieldset fields={data.mine} topics={data.topics} categories={data.categories} questionTypes={data.questionTypes} prefix="m" />
              <div class="button-row">
                <Button name="intent" value="save">Save the merged version</Button>
              </div>
            </PostForm>
            <aside class="merge-theirs" aria-labelledby="theirs-title">
              <h4 id="theirs-title">Theirs (revision {data.currentRevision})</h4>
              <dl>
                {fieldTexts(data.theirs).map(([label, value]) => (
                  <>
                    <dt>{label}</dt>
                    <dd class="diff-text">{value || '(empty)'}</dd>
                  </>
                ))}
              </dl>
            </aside>
          </div>
        </section>
      </div>
    </AdminLayout>,
  );
}

/** A version's fields as the editor form posts them, for the "keep mine" button. */
export function HiddenFields({ fields }: { fields: EditorFields }) {
  return (
    <>
      <input type="hidden" name="title" value={fields.title} />
      <input type="hidden" name="slug" value={fields.slug} />
      <input type="hidden" name="slugEdited" value={fields.slugEdited ? 'true' : 'false'} />
      <input type="hidden" name="topic" value={fields.topic} />
      <input type="hidden" name="category" value={fields.category} />
      <input type="hidden" name="tags" value={fields.tags.join(', ')} />
      <input type="hidden" name="questionType" value={fields.questionType} />
      <input type="hidden" name="summary" value={fields.summary} />
      <input type="hidden" name="bodyMarkdown" value={fields.bodyMarkdown} />
      {fields.sources.map((source, index) => (
        <>
          <input type="hidden" name="sourceTitle" value={source.title} />
          <input type="hidden" name="sourcePublisher" value={source.publisher} />
          <input type="hidden" name="sourceUrl" value={source.url} />
          <input type="hidden" name="sourceAccessed" value={source.accessed} />
          <input type="hidden" name="sourceDoi" value={source.doi} />
          <input type="hidden" name="sourcePmid" value={source.pmid} />
          {source.sections.map((section) => <input type="hidden" name={`sourceSections-${index}`} value={section} />)}
        </>
      ))}
      <input type="hidden" name="author" value={fields.author} />
      <input type="hidden" name="reviewIntervalMonths" value={fields.reviewIntervalMonths} />
    </>
  );
}

function fieldTexts(fields: EditorFields): [string, string][] {
  return [
    ['Title', fields.title],
    ['Web address (slug)', fields.slug],
    ['Topic', fields.topic],
    ['Category', fields.category],
    ['Tags', fields.tags.join(', ')],
    ['Question type', fields.questionType],
    ['Summary', fields.summary],
    ['Body', fields.bodyMarkdown],
    ['Sources', fields.sources.map((s) => [s.title, s.publisher, s.url, s.doi && `DOI ${s.doi}`, s.pmid && `PMID ${s.pmid}`, s.accessed && `accessed ${s.accessed}`].filter(Boolean).join(' · ')).join('\n')],
    ['Author', fields.author],
    ['Review every N months', fields.reviewIntervalMonths],
  ];
}

/** Every field as labelled plain text, to copy from. */
export function plainVersion(fields: EditorFields): string {
  return fieldTexts(fields).map(([label, value]) => `${label}:\n${value}`).join('\n\n');
}
