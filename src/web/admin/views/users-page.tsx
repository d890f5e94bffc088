import { ROLES } from '../../../accounts/roles.js';
import { renderDocument } from '../../views/render.js';
import { AdminLayout, PageHeading, ROLE_LABELS } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { Button, ErrorSummary, PostForm, SelectField, TextField } from './form-parts.js';
import { When } from './format.js';
import type { UserRow, UsersPageData } from './view-models.js';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function renderUsersPage(data: UsersPageData): string {
  const { site } = data;
  const errors = data.errors ?? {};
  const resetFor = data.resetLink ? data.users.find((user) => user.id === data.resetLink!.userId) : undefined;
  return renderDocument(
    <AdminLayout site={site} title="Users" user={data.user} csrfToken={data.csrfToken} current="users">
      <ErrorSummary errors={errors} order={['name', 'email', 'role']} prefix="new-user" />
      <PageHeading title="Users" flash={data.flash} />
      {data.resetLink && (
        <div class="notice notice--info" role="status">
          <p>
            <strong>Reset link for {resetFor?.name ?? 'the user'}</strong>, shown only this once. Send it to them yourself; it works once,
            until <When at={data.resetLink.expiresAt} />.
          </p>
          <p><code class="copyable">{data.resetLink.url}</code></p>
        </div>
      )}
      <div class="table-scroll">
        <table class="admin-table">
          <caption>Newsroom accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last signed in</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {data.users.map((row) => <UserTableRow data={data} row={row} />)}
          </tbody>
        </table>
      </div>
      <h2>Add a user</h2>
      <PostForm site={site} action={adminPaths.users()} csrfToken={data.csrfToken} class="admin-form">
        <TextField name="name" id="new-user-name" label="Name" value={data.newUser?.name} error={errors.name} autocomplete="off" required />
        <TextField name="email" id="new-user-email" label="Email address" type="email" value={data.newUser?.email} error={errors.email} autocomplete="off" required />
        <SelectField name="role" id="new-user-role" label="Role" value={data.newUser?.role ?? 'contributor'} options={ROLE_OPTIONS} error={errors.role} />
        <p class="field__hint">The new user gets no password: create a reset link for them after adding them, and send it to them.</p>
        <Button>Add user</Button>
      </PostForm>
    </AdminLayout>,
  );
}

function UserTableRow({ data, row }: { data: UsersPageData; row: UserRow }) {
  const { site } = data;
  const self = row.id === data.user.userId;
  return (
    <tr>
      <th scope="row">{row.name}{self && <> (you)</>}</th>
      <td>{row.email}</td>
      <td>
        <PostForm site={site} action={adminPaths.userRole(row.id)} csrfToken={data.csrfToken} class="inline-form">
          <label for={`role-${row.id}`} class="visually-hidden">Role of {row.name}</label>
          <select id={`role-${row.id}`} name="role" class="field__input field__select" disabled={self}>
            {ROLE_OPTIONS.map((option) => <option value={option.value} selected={option.value === row.role}>{option.label}</option>)}
          </select>
          {!self && <Button variant="secondary">Change<span class="visually-hidden"> the role of {row.name}</span></Button>}
        </PostForm>
      </td>
      <td>{row.disabled ? 'Disabled' : 'Active'}</td>
      <td><When at={row.lastSignedInAt} /></td>
      <td>
        <div class="button-row">
          {!row.disabled && !self && (
            <PostForm site={site} action={adminPaths.userDisable(row.id)} csrfToken={data.csrfToken} class="inline-form">
              <Button variant="warning">Disable<span class="visually-hidden"> {row.name}</span></Button>
            </PostForm>
          )}
          {!row.disabled && (
            <PostForm site={site} action={adminPaths.userResetLink(row.id)} csrfToken={data.csrfToken} class="inline-form">
              <Button variant="secondary">Create reset link<span class="visually-hidden"> for {row.name}</span></Button>
            </PostForm>
          )}
        </div>
      </td>
    </tr>
  );
}
