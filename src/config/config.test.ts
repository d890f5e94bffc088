import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../errors.js';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('reports every invalid setting at once as CONFIG_INVALID, naming where each came from', () => {
    const error = (() => {
      try {
        loadConfig({ port: 'eighty', baseUrl: 'ftp://x' }, { HEALTHPRESS_EXCERPT_LENGTH: '5' });
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    assert.ok(error instanceof AppError, 'an AppError');
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.deepEqual(error.details, [
      '--port: "eighty" must be a whole number from 0 to 65535',
      'HEALTHPRESS_EXCERPT_LENGTH: "5" must be a whole number from 10 to 1000',
      '--base-url: "ftp://x" must be an absolute http(s) URL',
    ]);
    assert.match(error.message, /^invalid configuration:\n {2}- --port: "eighty"/);
  });

  it('accepts good settings', () => {
    const config = loadConfig({ port: 8080 }, {});
    assert.equal(config.port, 8080);
    assert.equal(config.baseUrl, 'http://localhost:8080');
  });

  it('takes the reading grade target from HEALTHPRESS_READING_GRADE, 8 by default, and refuses one outside 1–18 by name', () => {
    assert.equal(loadConfig({}, {}).readingGrade, 8);
    assert.equal(loadConfig({}, { HEALTHPRESS_READING_GRADE: '6' }).readingGrade, 6);
    assert.throws(() => loadConfig({}, { HEALTHPRESS_READING_GRADE: 'easy' }), (error: AppError) =>
      error.details?.[0] === 'HEALTHPRESS_READING_GRADE: "easy" must be a whole number from 1 to 18');
  });
  it('reads HEALTHPRESS_TRUST_PROXY: off by default; true, hops or proxy addresses; anything else refused by name', () => {
    assert.equal(loadConfig({}, {}).trustProxy, false);
    assert.equal(loadConfig({}, { HEALTHPRESS_TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({}, { HEALTHPRESS_TRUST_PROXY: 'false' }).trustProxy, false);
    assert.equal(loadConfig({}, { HEALTHPRESS_TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(loadConfig({}, { HEALTHPRESS_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,loopback' }).trustProxy, ['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
    for (const bad of ['maybe', '10.0.0.0/33', 'proxy.example.org', '0']) {
      assert.throws(() => loadConfig({}, { HEALTHPRESS_TRUST_PROXY: bad }), (e: AppError) => e.details?.[0]?.startsWith(`HEALTHPRESS_TRUST_PROXY: "${bad}" must be`) === true, bad);
    }
  });

  it('gives suggestions their own budget, higher than searches\' by default', () => {
    const config = loadConfig({}, {});
    assert.ok(config.suggestPerMinute > config.searchPerMinute);
    assert.equal(loadConfig({}, { HEALTHPRESS_SUGGEST_PER_MINUTE: '42' }).suggestPerMinute, 42);
  });

  it('reads the care cards\' country: uk by default, us when set, anything else refused by name', () => {
    assert.equal(loadConfig({}, {}).country, 'uk');
    assert.equal(loadConfig({}, { HEALTHPRESS_COUNTRY: 'US' }).country, 'us');
    assert.throws(() => loadConfig({}, { HEALTHPRESS_COUNTRY: 'fr' }), (error: unknown) =>
      error instanceof AppError && (error.details as string[]).includes('HEALTHPRESS_COUNTRY: "fr" must be one of uk, us'));
  });
  it('takes the licence of the site\'s own articles as an http(s) URL, none by default', () => {
    assert.equal(loadConfig({}, {}).licenceUrl, null);
    assert.equal(loadConfig({}, { HEALTHPRESS_LICENCE_URL: 'https://health.example/terms' }).licenceUrl, 'https://health.example/terms');
    assert.throws(() => loadConfig({}, { HEALTHPRESS_LICENCE_URL: 'our terms' }), (error: unknown) =>
      error instanceof AppError && error.details?.[0] === 'HEALTHPRESS_LICENCE_URL: "our terms" must be an absolute http(s) URL');
  });
  it('reads the reader-feedback settings, defaults and bounds', () => {
    assert.deepEqual(loadConfig({}, {}).feedbackReview, { minAnswers: 5, noPercent: 40 });
    assert.equal(loadConfig({}, {}).feedbackPerHour, 20);
    const set = loadConfig({}, { HEALTHPRESS_FEEDBACK_REVIEW_MIN_ANSWERS: '10', HEALTHPRESS_FEEDBACK_REVIEW_NO_PERCENT: '25', HEALTHPRESS_FEEDBACK_PER_HOUR: '3' });
    assert.deepEqual([set.feedbackReview, set.feedbackPerHour], [{ minAnswers: 10, noPercent: 25 }, 3]);
    assert.throws(() => loadConfig({}, { HEALTHPRESS_FEEDBACK_REVIEW_NO_PERCENT: '140' }), (error: AppError) =>
      error.details?.[0] === 'HEALTHPRESS_FEEDBACK_REVIEW_NO_PERCENT: "140" must be a whole number from 1 to 100');
  });
});
