import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayName, emailProblems, nameProblems, normaliseEmail } from './identity.js';
import { formatSecret, looksLikeApiToken, looksLikeSecret } from './secrets.js';

describe('emails, names and secrets', () => {
  it('normalises and checks emails', () => {
    assert.equal(normaliseEmail('  Ada@Example.ORG '), 'ada@example.org');
    assert.deepEqual(emailProblems('ada@example.org'), []);
    assert.deepEqual(emailProblems(''), ['email: is required']);
    assert.deepEqual(emailProblems('ada'), ['email: "ada" is not an email address']);
    assert.deepEqual(emailProblems('a b@example.org'), ['email: "a b@example.org" is not an email address']);
  });
  it('defaults a display name to the local part, and refuses control characters', () => {
    assert.equal(displayName(undefined, 'ada@example.org'), 'ada');
    assert.equal(displayName('  Ada   Lovelace ', 'ada@example.org'), 'Ada Lovelace');
    assert.deepEqual(nameProblems('Ada\u0007'), ['name: must not contain control characters']);
  });
  it('formats secrets from 32 random bytes', () => {
    const bytes = new Uint8Array(32).fill(7);
    const token = formatSecret('token', bytes);
    assert.match(token, /^hp_[A-Za-z0-9_-]{43}$/);
    assert.ok(looksLikeApiToken(token));
    assert.ok(looksLikeSecret(formatSecret('session', bytes)));
    assert.ok(!looksLikeApiToken('hp_short'));
    assert.throws(() => formatSecret('link', new Uint8Array(8)), /32 random bytes/);
  });
});
