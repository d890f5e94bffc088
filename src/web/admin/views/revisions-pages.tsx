import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { FieldDiffList } from './diff-parts.js';
import { Button, CsrfField } from './form-parts.js';
import { When } from './format.js';
import type { RevisionDiffPageData, RevisionKind, RevisionRow, RevisionsPageData } from './view-models.js';

const KIND_LABELS: Record<RevisionKind, string> = {
  autosave: 'Autosave',
  save: 'Saved',
  submitted: 'Submitted for review',
  published: 'Published',
  restored: 'Restored',
  imported: 'Imported',
};

export function revisionKindLabel(kind: RevisionKind): string {
  return KIND_LABELS[kind];
}

/**
 * An article's revisions, newest first. Choosing two (radio buttons "from" and "to", a GET form)
 * compares them; each row can be restored (a POST that saves it again as the newest revision).
 * Restore buttons sit in forms of their own outside the compare form: forms cannot nest.
 */
export function renderRevisionsPage(data: RevisionsPageData): string {
  const { site } = data;
  const newest = data.revisions[0]?.number;
  const previous = data.revisions[1]?.number;
  return renderDocument(
    <AdminLayout site={site} title={`Revisions: ${data.articleTitle}`} user={data.user} csrfToken={data.csrfToken} current="articles">
      <PageHeading title={<>Revisions of “{data.articleTitle}”</>} flash={data.flash}>
        <p><a href={sitePath(site, adminPaths.article(data.articleId))}>Back to the editor</a></p>
      </PageHeading>
      {data.revisions.length === 0 ? (
        <p class="empty">This article has no revisions yet.</p>
      ) : (
        <>
          <form method="get" action={sitePath(site, adminPaths.compare(data.articleId))} id="compare-form" aria-label="Compare two revisions">
            <div class="table-scroll">
              <table class="admin-table">
                <caption>Revisions, newest first. Choose two to compare.</caption>
                <thead>
                  <tr>
                    <th scope="col">Revision</th>
                    <th scope="col">Compare from</th>
                    <th scope="col">Compare to</th>
                    <th scope="col">Kind</th>
                    <th scope="col">By</th>
                    <th scope="col">When</th>
                    <th scope="col">Note</th>
                    <th scope="col">Reading grade</th>
                    {data.canRestore && <th scope="col"><span class="visually-hidden">Restore</span></th>}
                  </tr>
                </thead>
                <tbody>
                  {data.revisions.map((revision) => (
                    <RevisionTableRow
                      revision={revision}
                      fromChecked={revision.number === (previous ?? newest)}
                      toChecked={revision.number === newest}
                      restoreForm={data.canRestore && revision.number !== newest ? `restore-${revision.number}` : null}
                      showRestoreColumn={data.canRestore}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <Button variant="secondary">Compare the chosen revisions</Button>
          </form>
          {/* The restore buttons above belong to these forms through their form="…" attribute. */}
          {data.canRestore &&
            data.revisions.filter((revision) => revision.number !== newest).map((revision) => (
              <form method="post" action={sitePath(site, adminPaths.restore(data.articleId, revision.number))} id={`restore-${revision.number}`} hidden>
                <CsrfField token={data.csrfToken} />
              </form>
            ))}
        </>
      )}
    </AdminLayout>,
  );
}

function RevisionTableRow(props: { revision: RevisionRow; fromChecked: boolean; toChecked: boolean; restoreForm: string | null; showRestoreColumn: boolean }) {
  const { revision } = props;
  const n = revision.number;
  return (
    <tr>
      <th scope="row">{n}</th>
      <td>
        <input type="radio" name="from" value={String(n)} id={`from-${n}`} checked={props.fromChecked} class="big-choice" />
        <label for={`from-${n}`} class="visually-hidden">Compare from revision {n}</label>
      </td>
      <td>
        <input type="radio" name="to" value={String(n)} id={`to-${n}`} checked={props.toChecked} class="big-choice" />
        <label for={`to-${n}`} class="visually-hidden">Compare to revision {n}</label>
      </td>
      <td>{revisionKindLabel(revision.kind)}</td>
      <td>{revision.by ?? '—'}</td>
      <td><When at={revision.at} /></td>
      <td>{revision.note ?? ''}</td>
      <td>{revision.readingGrade == null ? <>—<span class="visually-hidden"> not measured</span></> : revision.readingGrade.toFixed(1)}</td>
      {props.showRestoreColumn && (
        <td>
          {props.restoreForm ? (
            <button type="submit" form={props.restoreForm} class="button button--secondary">
              Restore this revision<span class="visually-hidden"> ({n})</span>
            </button>
          ) : (
            <span class="muted">Current</span>
          )}
        </td>
      )}
    </tr>
  );
}

export function renderRevisionDiffPage(data: RevisionDiffPageData): string {
  const { site } = data;
  return renderDocument(
    <AdminLayout site={site} title={`Compare revisions: ${data.articleTitle}`} user={data.user} csrfToken={data.csrfToken} current="articles">
      <PageHeading title={<>Revision {data.from.number} compared with revision {data.to.number}</>} flash={data.flash}>
        <p>
          “{data.articleTitle}”. Revision {data.from.number}: {revisionKindLabel(data.from.kind)} by {data.from.by ?? 'unknown'},{' '}
          <When at={data.from.at} />. Revision {data.to.number}: {revisionKindLabel(data.to.kind)} by {data.to.by ?? 'unknown'},{' '}
          <When at={data.to.at} />.
        </p>
        <p><a href={sitePath(site, adminPaths.revisions(data.articleId))}>Back to the revisions</a></p>
      </PageHeading>
      <h2>Changed fields</h2>
      <FieldDiffList diffs={data.diffs} beforeLabel={`Revision ${data.from.number}`} afterLabel={`Revision ${data.to.number}`} layout="inline" />
    </AdminLayout>,
  );
}
