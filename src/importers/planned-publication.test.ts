import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleInput } from '../testing/factories.js';
import { plannedPublication } from './planned-publication.js';

describe('plannedPublication', () => {
  const now = '2026-12-06T10:00:00.000Z';
  const cases: Array<[string, Parameters<typeof articleInput>[0], string | null]> = [
    ['a date to come: scheduled for the start of that day, UTC', { status: 'published', publishedAt: '2026-12-07' }, '2026-12-07T00:00:00.000Z'],
    ['a time to come', { status: 'published', publishedAt: '2026-12-06T11:30:00.000Z' }, '2026-12-06T11:30:00.000Z'],
    ['today: published now', { status: 'published', publishedAt: '2026-12-06' }, null],
    ['a past date', { status: 'published', publishedAt: '2025-01-01' }, null],
    ['no date', { status: 'published', publishedAt: null }, null],
    ['a draft with a date to come stays a draft', { status: 'draft', publishedAt: '2027-01-01' }, null],
  ];
  for (const [name, overrides, expected] of cases) {
    it(name, () => {
      const planned = plannedPublication(articleInput(overrides), now);
      assert.equal(planned?.publishAt ?? null, expected);
      if (planned) {
        assert.equal(planned.article.status, 'draft', 'readers cannot see it until then');
        assert.equal(planned.article.publishedAt, null);
      }
    });
  }
});
