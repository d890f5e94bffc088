import type { ComponentChildren } from 'preact';
import { can } from '../../../accounts/policy.js';
import type { Action } from '../../../accounts/policy.js';
import { assetPath, sitePath, type SiteContext } from '../../views/site.js';
import { adminPaths } from './admin-paths.js';
import { CsrfField } from './form-parts.js';
import type { AdminUser } from './view-models.js';

export type AdminSection = 'dashboard' | 'articles' | 'sitePages' | 'media' | 'taxonomy' | 'users' | 'tokens' | 'audit';

interface NavItem {
  section: AdminSection;
  label: string;
  path: string;
  /** Shown only when the user may take this action; null: every signed-in user. */
  needs: Action | null;
}

const NAV: readonly NavItem[] = [
  { section: 'dashboard', label: 'Dashboard', path: adminPaths.home(), needs: null },
  // Every role sees some articles (contributors their own), so the list is everyone's.
  { section: 'articles', label: 'Articles', path: adminPaths.articles(), needs: null },
  // Editors and admins, who manage site pages (editorial/site-page-rules.ts); `article.publish` needs an article to ask about.
  { section: 'sitePages', label: 'Site pages', path: adminPaths.sitePages(), needs: 'taxonomy.manage' },
  { section: 'media', label: 'Images', path: adminPaths.media(), needs: 'media.upload' },
  { section: 'taxonomy', label: 'Topics & categories', path: adminPaths.taxonomy(), needs: 'taxonomy.manage' },
  { section: 'users', label: 'Users', path: adminPaths.users(), needs: 'user.manage' },
  { section: 'tokens', label: 'Tokens', path: adminPaths.tokens(), needs: 'token.manage' },
  { section: 'audit', label: 'Audit log', path: adminPaths.audit(), needs: 'audit.read' },
];

/** The nav items this user's role may use (the routes still check every request themselves). */
export function navItemsFor(user: AdminUser): NavItem[] {
  return NAV.filter((item) => item.needs === null || can(user, item.needs));
}

const ROLE_LABELS = { contributor: 'Contributor', reviewer: 'Reviewer', editor: 'Editor', admin: 'Administrator' } as const;

export interface AdminLayoutProps {
  site: SiteContext;
  title: string;
  /** Null on pages for people not signed in: no nav, no sign-out. */
  user: AdminUser | null;
  csrfToken: string;
  current?: AdminSection | null;
  /** Loads admin.js (deferred, external: CSP-safe). Only pages that need it. */
  script?: boolean;
  /** Wider main column for the editor. */
  wide?: boolean;
  children: ComponentChildren;
}

/**
 * The newsroom's own layout: never indexed, its own header and nav, the signed-in user with a
 * sign-out form. Loads site.css (the design tokens) and admin.css.
 */
export function AdminLayout(props: AdminLayoutProps) {
  const { site, user } = props;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Newsroom · ${site.name}`}</title>
        <meta name="robots" content="noindex" />
        <meta name="color-scheme" content="light dark" />
        {/* admin.js reads the token here and sends it as the x-csrf-token header. */}
        <meta name="csrf-token" content={props.csrfToken} />
        <link rel="stylesheet" href={assetPath(site, 'site.css')} />
        <link rel="stylesheet" href={assetPath(site, 'admin.css')} />
        <link rel="icon" type="image/svg+xml" href={assetPath(site, 'favicon.svg')} />
        {props.script && <script src={assetPath(site, 'admin.js')} defer />}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="admin-header">
          <div class="admin-header__inner">
            <a class="admin-header__name" href={sitePath(site, adminPaths.home())}>
              {site.name} <span class="admin-header__section">Newsroom</span>
            </a>
            {user && <AdminUserBox site={site} user={user} csrfToken={props.csrfToken} />}
          </div>
          {user && <AdminNav site={site} user={user} current={props.current ?? null} />}
        </header>
        <main id="main" tabIndex={-1}>
          <div class={props.wide ? 'admin-container admin-container--wide' : 'admin-container'}>{props.children}</div>
        </main>
      </body>
    </html>
  );
}

function AdminNav({ site, user, current }: { site: SiteContext; user: AdminUser; current: AdminSection | null }) {
  return (
    <nav class="admin-nav" aria-label="Newsroom">
      <ul>
        {navItemsFor(user).map((item) => (
          <li>
            <a href={sitePath(site, item.path)} aria-current={item.section === current ? 'page' : undefined}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AdminUserBox({ site, user, csrfToken }: { site: SiteContext; user: AdminUser; csrfToken: string }) {
  return (
    <div class="admin-user">
      <p class="admin-user__who">
        <span class="visually-hidden">Signed in as </span>
        <span class="admin-user__name">{user.name}</span> <span class="admin-user__role">({ROLE_LABELS[user.role]})</span>
      </p>
      <form method="post" action={sitePath(site, adminPaths.signOut())} class="admin-user__sign-out">
        <CsrfField token={csrfToken} />
        <button type="submit" class="button button--secondary button--on-brand">Sign out</button>
      </form>
      <form method="post" action={sitePath(site, adminPaths.signOutEverywhere())} class="admin-user__sign-out">
        <CsrfField token={csrfToken} />
        <button type="submit" class="button button--secondary button--on-brand">Sign out everywhere</button>
      </form>
    </div>
  );
}

/** The page's h1 and an optional flash notice below it. */
export function PageHeading({ title, flash, children }: { title: ComponentChildren; flash?: string | null | undefined; children?: ComponentChildren }) {
  return (
    <div class="admin-page-header">
      <h1>{title}</h1>
      {children}
      {flash && (
        <div class="notice notice--info" role="status">
          <p>{flash}</p>
        </div>
      )}
    </div>
  );
}

export { ROLE_LABELS };
