import { renderDocument } from '../../views/render.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { Button, ErrorSummary, PostForm, SelectField, TextField } from './form-parts.js';
import { When } from './format.js';
import type { TokensPageData } from './view-models.js';

export function renderTokensPage(data: TokensPageData): string {
  const { site } = data;
  const errors = data.errors ?? {};
  return renderDocument(
    <AdminLayout site={site} title="API tokens" user={data.user} csrfToken={data.csrfToken} current="tokens">
      <ErrorSummary errors={errors} order={['name', 'userId']} prefix="token" />
      <PageHeading title="API tokens" flash={data.flash} />
      <p>An API token lets an integration use the Admin API as one user, with that user's role.</p>
      {data.created && (
        <div class="notice notice--info" role="status">
          <p>
            <strong>Token “{data.created.name}” created.</strong> Copy it now: it is shown only this once, and only its holder can use it.
          </p>
          <label class="field__label" for="new-token">The new token</label>
          <input class="field__input copyable" id="new-token" type="text" readOnly value={data.created.secret} />
          <p class="field__hint">Select the field and copy it (Ctrl+C, or ⌘C on a Mac).</p>
        </div>
      )}
      {data.tokens.length === 0 ? (
        <p class="empty">There are no API tokens.</p>
      ) : (
        <div class="table-scroll">
          <table class="admin-table">
            <caption>Active API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Acts as</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {data.tokens.map((token) => (
                <tr>
                  <th scope="row">{token.name}</th>
                  <td>{token.userName}</td>
                  <td><When at={token.createdAt} /></td>
                  <td>{token.lastUsedAt ? <When at={token.lastUsedAt} /> : 'Never'}</td>
                  <td>
                    <PostForm site={site} action={adminPaths.revokeToken(token.id)} csrfToken={data.csrfToken} class="inline-form">
                      <Button variant="warning">Revoke<span class="visually-hidden"> {token.name}</span></Button>
                    </PostForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Create a token</h2>
      <PostForm site={site} action={adminPaths.tokens()} csrfToken={data.csrfToken} class="admin-form">
        <TextField name="name" id="token-name" label="Name" hint="What uses it, for example: nightly import." value={data.values?.name} error={errors.name} required autocomplete="off" />
        <SelectField name="userId" id="token-userId" label="Acts as user" value={data.values?.userId} options={data.userOptions} error={errors.userId} />
        <Button>Create token</Button>
      </PostForm>
    </AdminLayout>,
  );
}
