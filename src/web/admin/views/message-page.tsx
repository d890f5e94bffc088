import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import type { AdminMessagePageData } from './view-models.js';

const COPY = {
  403: { title: 'You cannot do that', text: 'Your account does not have permission for this. Ask an administrator if you need it.' },
  404: { title: 'Not found', text: 'There is nothing at this address. It may have been deleted, or the address may be mistyped.' },
  409: { title: 'Someone else changed this first', text: 'It changed after you opened it, so your change was not made. Reload it and try again.' },
} as const;

/** The admin's 403, 404 and 409 pages. A 403 says why, in the policy's own words. */
export function renderAdminMessagePage(data: AdminMessagePageData): string {
  const copy = COPY[data.status];
  return renderDocument(
    <AdminLayout site={data.site} title={copy.title} user={data.user} csrfToken={data.csrfToken}>
      <PageHeading title={data.status === 403 && data.reason ? <>You cannot do that: {data.reason}</> : copy.title} />
      <p>{copy.text}</p>
      <ul>
        {data.back && <li><a href={sitePath(data.site, data.back.path)}>{data.back.label}</a></li>}
        <li><a href={sitePath(data.site, adminPaths.home())}>Go to the dashboard</a></li>
      </ul>
    </AdminLayout>,
  );
}
