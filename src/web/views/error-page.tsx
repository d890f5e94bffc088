import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { SearchForm } from './search-form.js';
import { paths, sitePath, type SiteContext } from './site.js';

export interface ErrorPageData {
  status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500;
}

const COPY = {
  400: {
    title: 'We could not read that address',
    text: 'Part of the address is not in a form we understand, for example a page number that is not a number.',
  },
  401: {
    title: 'Please sign in',
    text: 'This page is for the site\'s editorial team. Sign in to continue.',
  },
  403: {
    title: 'You cannot do that',
    text: 'Your account does not have permission for this. Ask an administrator if you need it.',
  },
  409: {
    title: 'Someone else changed this first',
    text: 'Your change was not saved because the page changed after you opened it. Nothing you typed is lost: go back to compare and save again.',
  },
  422: {
    title: 'Some of what you entered cannot be used',
    text: 'Go back, correct the fields that are marked, and try again.',
  },
  429: {
    title: 'Too many searches',
    text: 'You have searched very often in a short time. Please wait a minute, then try again.',
  },
  404: {
    title: 'Page not found',
    text: 'We could not find the page you were looking for. It may have moved, or the address may have a typing error.',
  },
  500: {
    title: 'Sorry, something went wrong',
    text: 'There is a problem on our side. Please try again in a few minutes.',
  },
} as const;

/** Deliberately takes no error object: nothing about the failure can leak into the page. */
export function renderErrorPage(site: SiteContext, data: ErrorPageData): string {
  const copy = COPY[data.status];
  return renderDocument(
    // Only the 404 offers search: after a server error, search may be what is failing.
    <Layout site={site} title={copy.title} description={copy.text} noindex searchSuggest={data.status === 404}>
      <header class="page-header">
        <h1>{copy.title}</h1>
      </header>
      <div class="prose">
        <p>{copy.text}</p>
      </div>
      {data.status === 404 && (
        <div class="error-search">
          <SearchForm site={site} id="error-search" variant="page" label="Search for what you were looking for" suggest />
        </div>
      )}
      <div class="prose">
        <p>You can:</p>
        <ul>
          <li>
            <a href={sitePath(site, paths.home())}>go to the home page</a>
          </li>
          <li>
            <a href={sitePath(site, paths.az())}>find a topic in the Health A–Z</a>
          </li>
        </ul>
        <p>If you need medical help, contact a doctor or your local health service.</p>
      </div>
    </Layout>,
  );
}
