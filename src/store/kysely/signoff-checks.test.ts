import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSourceChecks } from './signoff-checks.js';

describe('a stored sign-off\'s evidence record', () => {
  const signedAt = '2026-06-01T12:00:00.000Z';
  it('reads a date per source', () => {
    assert.deepEqual(readSourceChecks('[{"source":"doi:10.1234/x","checkedAt":"2026-06-02T08:00:00.000Z"}]', signedAt), [{ source: 'doi:10.1234/x', checkedAt: '2026-06-02T08:00:00.000Z' }]);
  });
  it('reads a sign-off stored before (bare URLs) as checked when signed', () => {
    assert.deepEqual(readSourceChecks('["https://www.nhs.uk/a"]', signedAt), [{ source: 'https://www.nhs.uk/a', checkedAt: signedAt }]);
    assert.deepEqual(readSourceChecks('[]', signedAt), []);
  });
});
