import { AUDIT_ACTIONS } from '../../../accounts/audit-log.js';
import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { ErrorSummary, SelectField, TextField } from './form-parts.js';
import { When } from './format.js';
import { AdminPaging } from './paging.js';
import type { AuditPageData } from './view-models.js';

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: action }));

export function renderAuditPage(data: AuditPageData): string {
  const { site, filters } = data;
  const errors = data.errors ?? {};
  return renderDocument(
    <AdminLayout site={site} title="Audit log" user={data.user} csrfToken={data.csrfToken} current="audit">
      <ErrorSummary errors={errors} order={['action', 'user', 'from', 'to']} />
      <PageHeading title="Audit log" flash={data.flash} />
      <form method="get" action={sitePath(site, adminPaths.audit())} class="filters" role="search" aria-label="Filter the audit log">
        <div class="filters__row">
          <SelectField name="action" label="Action" value={filters.action} options={ACTION_OPTIONS} emptyLabel="Any" error={errors.action} />
          <SelectField name="user" label="User" value={filters.user} options={data.userOptions} emptyLabel="Anyone" error={errors.user} />
          <TextField name="from" label="From" type="date" value={filters.from} error={errors.from} />
          <TextField name="to" label="To" type="date" value={filters.to} error={errors.to} />
        </div>
        <div class="filters__actions">
          <button type="submit" class="button button--primary">Show events</button>
        </div>
      </form>
      {data.rows.length === 0 ? (
        <p class="empty">No events match.</p>
      ) : (
        <>
          <div class="table-scroll">
            <table class="admin-table">
              <caption>Events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Action</th>
                  <th scope="col">Who</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Detail</th>
                  <th scope="col">Address</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr>
                    <th scope="row"><When at={row.at} /></th>
                    <td><code>{row.action}</code></td>
                    <td>{row.actor ?? 'Nobody signed in'}</td>
                    <td>{row.subject ?? '—'}</td>
                    <td>{row.detail ?? ''}</td>
                    <td>{row.clientIp ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <AdminPaging site={site} path={adminPaths.audit()} params={{ ...filters }} page={data.page} pageCount={data.pageCount} total={data.total} noun="event" />
        </>
      )}
    </AdminLayout>,
  );
}
