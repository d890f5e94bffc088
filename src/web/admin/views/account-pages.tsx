import { renderDocument } from '../../views/render.js';
import { sitePath } from '../../views/site.js';
import { AdminLayout, PageHeading } from './admin-layout.js';
import { adminPaths } from './admin-paths.js';
import { Button, ErrorSummary, PostForm, TextField } from './form-parts.js';
import { displayDateTime } from './format.js';
import type { PublicAdminContext, ResetPasswordPageData, SetupPageData, SignInPageData } from './view-models.js';

/** The one message for an unknown email and a wrong password: it must not tell which. */
export const SIGN_IN_FAILED = 'The email address or password is not right. Check them and try again.';

function minutesText(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function renderSignInPage(data: SignInPageData): string {
  const throttled = typeof data.retryAfterSeconds === 'number' && data.retryAfterSeconds > 0;
  return renderDocument(
    <AdminLayout site={data.site} title="Sign in" user={null} csrfToken={data.csrfToken}>
      <div class="admin-narrow">
        {throttled ? (
          <div class="notice notice--warning" role="alert">
            <p>
              <strong>Too many attempts.</strong> For your account's safety, signing in is paused. Try again in{' '}
              {minutesText(data.retryAfterSeconds!)}.
            </p>
          </div>
        ) : data.failed ? (
          <ErrorSummary errors={{ email: SIGN_IN_FAILED }} order={['email']} />
        ) : null}
        <PageHeading title="Sign in to the newsroom" />
        <PostForm site={data.site} action={adminPaths.signIn()} csrfToken={data.csrfToken} class="admin-form">
          {data.next && <input type="hidden" name="next" value={data.next} />}
          <TextField
            name="email"
            label="Email address"
            type="email"
            autocomplete="username"
            required
            value={data.email}
            error={data.failed && !throttled ? SIGN_IN_FAILED : undefined}
          />
          <TextField name="password" label="Password" type="password" autocomplete="current-password" required />
          <Button>Sign in</Button>
        </PostForm>
        <p>Forgotten your password? Ask an administrator for a reset link.</p>
      </div>
    </AdminLayout>,
  );
}

const PASSWORD_HINT = 'At least 12 characters. A few unrelated words make a strong password that is easy to remember.';

export function renderSetupPage(data: SetupPageData): string {
  const expires = displayDateTime(data.expiresAt);
  const errors = data.errors ?? {};
  return renderDocument(
    <AdminLayout site={data.site} title="Set up the newsroom" user={null} csrfToken={data.csrfToken}>
      <div class="admin-narrow">
        <ErrorSummary errors={errors} order={['name', 'email', 'password', 'confirm']} />
        <PageHeading title="Create the first administrator" />
        <p>
          This page creates the newsroom's first account, with full rights. The link that brought you here works only
          once{expires ? <>, and only until <time dateTime={expires.iso}>{expires.text}</time></> : null}. After that, new
          accounts are added by an administrator.
        </p>
        <PostForm site={data.site} action={adminPaths.setup()} csrfToken={data.csrfToken} class="admin-form">
          <input type="hidden" name="token" value={data.token} />
          <TextField name="name" label="Your name" autocomplete="name" required value={data.values?.name} error={errors.name} />
          <TextField name="email" label="Email address" type="email" autocomplete="email" required value={data.values?.email} error={errors.email} />
          <TextField name="password" label="Password" type="password" autocomplete="new-password" required hint={PASSWORD_HINT} error={errors.password} />
          <TextField name="confirm" label="Password again" type="password" autocomplete="new-password" required error={errors.confirm} />
          <Button>Create the administrator</Button>
        </PostForm>
      </div>
    </AdminLayout>,
  );
}

export function renderResetPasswordPage(data: ResetPasswordPageData): string {
  const expires = displayDateTime(data.expiresAt);
  const errors = data.errors ?? {};
  return renderDocument(
    <AdminLayout site={data.site} title="Choose a new password" user={null} csrfToken={data.csrfToken}>
      <div class="admin-narrow">
        <ErrorSummary errors={errors} order={['password', 'confirm']} />
        <PageHeading title="Choose a new password" />
        <p>
          For the account <strong>{data.email}</strong>. This link works once
          {expires ? <>, until <time dateTime={expires.iso}>{expires.text}</time></> : null}. Setting a new password signs this
          account out everywhere else.
        </p>
        <PostForm site={data.site} action={adminPaths.resetPassword()} csrfToken={data.csrfToken} class="admin-form">
          <input type="hidden" name="token" value={data.token} />
          {/* Lets password managers store the new password under the right account. */}
          <input type="hidden" name="username" autocomplete="username" value={data.email} />
          <TextField name="password" label="New password" type="password" autocomplete="new-password" required hint={PASSWORD_HINT} error={errors.password} />
          <TextField name="confirm" label="New password again" type="password" autocomplete="new-password" required error={errors.confirm} />
          <Button>Save the new password</Button>
        </PostForm>
      </div>
    </AdminLayout>,
  );
}

export function renderSignedOutPage(data: PublicAdminContext): string {
  return renderDocument(
    <AdminLayout site={data.site} title="Signed out" user={null} csrfToken={data.csrfToken}>
      <div class="admin-narrow">
        <PageHeading title="You have signed out" />
        <p>Any changes you saved are kept. Copies of unsaved work stay in this browser until you sign in again.</p>
        <p>
          <a href={sitePath(data.site, adminPaths.signIn())}>Sign in again</a>
        </p>
      </div>
    </AdminLayout>,
  );
}
