import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderArticlePage } from './article-page.js';
import { renderFeedbackProblemPage } from './feedback-pages.js';
import { makeArticle, makeSite } from './fixtures.js';
import type { SiteContext } from './site.js';

const page = (site: SiteContext, preview = false) =>
  renderArticlePage(site, {
    article: makeArticle({ slug: 'what-is-anaemia' }),
    breadcrumbs: [{ name: 'Home', path: '/' }],
    neighbours: { previous: null, next: null },
    related: [],
    ...(preview ? { previewNotice: <p>Preview</p> } : {}),
  });

describe('the feedback form on the article page', () => {
  it('is on the page when the server takes feedback, posting to the article under the base path, with its script', () => {
    const html = page({ ...makeSite(), basePath: '/sub', readerFeedback: true });
    assert.match(html, /<form class="feedback__form" method="post" action="\/sub\/articles\/what-is-anaemia\/feedback"/);
    assert.match(html, /<fieldset class="feedback__question"><legend class="feedback__legend"><h2 id="feedback-heading"/);
    assert.match(html, /<label for="feedback-yes">Yes<\/label>/);
    assert.match(html, /<label class="feedback__label" for="feedback-comment">What was wrong or missing\? \(optional\)<\/label>/);
    assert.match(html, /<textarea[^>]*aria-describedby="feedback-comment-hint"/);
    assert.match(html, /<script src="\/sub\/assets\/feedback\.js\?v=[^"]+" defer>/);
  });

  it('is left out of a static export, a preview, and a server without feedback', () => {
    assert.doesNotMatch(page({ ...makeSite(), readerFeedback: true, staticExport: { searchAction: '/search' } }), /data-feedback|feedback\.js/);
    assert.doesNotMatch(page({ ...makeSite(), readerFeedback: true }, true), /data-feedback|feedback\.js/);
    assert.doesNotMatch(page(makeSite()), /data-feedback|feedback\.js/);
  });

  it('a refusal page says what was wrong and links back to the form', () => {
    const html = renderFeedbackProblemPage(makeSite(), { status: 429, message: 'Please wait 3 minutes, then try again.', slug: 'what-is-anaemia' });
    assert.match(html, /<h1>Too much feedback from your connection<\/h1>/);
    assert.match(html, /<a href="\/sub\/articles\/what-is-anaemia#feedback">Back to the page you were reading<\/a>/);
    assert.match(html, /<meta name="robots" content="noindex"\/?>/);
  });
});
