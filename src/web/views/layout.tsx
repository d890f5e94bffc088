import type { ComponentChildren } from 'preact';
import { SearchForm } from './search-form.js';
import { absoluteUrl, assetPath, paths, sitePath, type SiteContext } from './site.js';

export type NavSection = 'home' | 'az' | 'categories' | null;

export interface LayoutProps {
  site: SiteContext;
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** Path without basePath; omitted for pages that must not be indexed (errors). */
  canonicalPath?: string;
  ogType?: 'article' | 'website';
  noindex?: boolean;
  current?: NavSection;
  /**
   * Loads search-suggest.js (external and deferred, so CSP-safe) for the page's `data-suggest`
   * inputs. Off by default: reading pages run no script.
   */
  searchSuggest?: boolean;
  /**
   * Leaves the header's search box out, on pages whose own main search form is the one to use
   * (home, search): one box per page, not two that do the same (issue 14).
   */
  ownSearchForm?: boolean;
  /** Page-specific <head> content: JSON-LD, rel prev/next, article:* meta. */
  head?: ComponentChildren;
  children: ComponentChildren;
}

export function Layout(props: LayoutProps) {
  const { site } = props;
  const fullTitle = `${props.title} · ${site.name}`;
  const canonical = props.canonicalPath === undefined ? null : absoluteUrl(site, props.canonicalPath);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={props.description} />
        {props.noindex && <meta name="robots" content="noindex" />}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={assetPath(site, 'site.css')} />
        <link rel="icon" type="image/svg+xml" href={assetPath(site, 'favicon.svg')} />
        <link rel="alternate" type="application/atom+xml" title={`${site.name} – latest articles`} href={sitePath(site, paths.feed())} />
        {canonical && <link rel="canonical" href={canonical} />}
        <meta property="og:site_name" content={site.name} />
        <meta property="og:title" content={props.title} />
        <meta property="og:description" content={props.description} />
        <meta property="og:type" content={props.ogType ?? 'website'} />
        {canonical && <meta property="og:url" content={canonical} />}
        <meta property="og:locale" content="en_GB" />
        {/* A static export has no /api/suggest to ask. */}
        {props.searchSuggest && !site.staticExport && <script src={assetPath(site, 'search-suggest.js')} defer />}
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <SiteHeader site={site} current={props.current ?? null} search={!props.ownSearchForm} />
        <main id="main" tabIndex={-1}>
          <div class="container">{props.children}</div>
        </main>
        <SiteFooter site={site} canonical={canonical} />
      </body>
    </html>
  );
}

function SiteHeader({ site, current, search }: { site: SiteContext; current: NavSection; search: boolean }) {
  const items: { section: Exclude<NavSection, null>; label: string; path: string }[] = [
    { section: 'home', label: 'Home', path: paths.home() },
    { section: 'az', label: 'Health A–Z', path: paths.az() },
    { section: 'categories', label: 'Categories', path: paths.categories() },
  ];
  return (
    <header class="site-header">
      <div class="container site-header__inner">
        <a class="site-name" href={sitePath(site, paths.home())}>
          <span class="site-name__mark" aria-hidden="true" />
          {site.name}
        </a>
        <nav class="site-nav" aria-label="Main">
          <ul>
            {items.map((item) => (
              <li>
                <a href={sitePath(site, item.path)} aria-current={current === item.section ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {search && (
          <div class="site-search">
            {/* The label is hidden beside the nav; the placeholder says what the box is for anyone who sees it. */}
            <SearchForm site={site} id="site-search" variant="header" label="Search health information" labelHidden placeholder="Search health information" landmark />
          </div>
        )}
      </div>
    </header>
  );
}

function SiteFooter({ site, canonical }: { site: SiteContext; canonical: string | null }) {
  return (
    <footer class="site-footer">
      <div class="container">
        <p class="site-footer__disclaimer">
          Health information on this site is for general education and is not a substitute for advice from a doctor.
        </p>
        {(site.footerPages ?? []).length > 0 && (
          <nav aria-label="About this site">
            <ul class="site-footer__links site-footer__pages">
              {(site.footerPages ?? []).map((page) => (
                <li><a href={sitePath(site, paths.sitePage(page.slug))}>{page.title}</a></li>
              ))}
            </ul>
          </nav>
        )}
        {/* On paper, where the page came from (and so where to find its current version). */}
        {canonical && <p class="site-footer__printed-from">Printed from {canonical}</p>}
        <ul class="site-footer__links">
          <li><a href={sitePath(site, paths.az())}>Health A–Z</a></li>
          <li><a href={sitePath(site, paths.feed())}>Latest articles feed (Atom)</a></li>
          <li><a href={sitePath(site, paths.sitemap())}>Sitemap</a></li>
        </ul>
      </div>
    </footer>
  );
}
