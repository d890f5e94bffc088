import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { passwordProblems } from './password-rules.js';

const context = { email: 'ada.lovelace@example.org', siteName: 'Healthpress' };

describe('password rules', () => {
  const refused: [password: string, reason: RegExp][] = [
    ['short', /at least 12 characters \(it has 5\)/],
    ['x'.repeat(257), /at most 256/],
    ['password1234', /most common/],
    ['qwerty123456', /most common/],
    ['Qwertyuiop!!', /most common/],
    ['iloveyou2024', /most common/],
    ['Sunshine_2024', /most common/],
    ['correcthorsebatterystaple', /most common/],
    ['123456789012', /repeated or sequential/],
    ['zzzzzzzzzzzz', /repeated or sequential/],
    ['xyzxyzxyzxyz', /repeated or sequential/],
    ['abcdefghijklmn', /most common|repeated or sequential/],
    ['ada.lovelace2024', /must not be the email/],
    ['ADA.LOVELACE@EXAMPLE.ORG', /must not be the email/],
    ['Healthpress2026!', /site's name/],
  ];
  for (const [password, reason] of refused) {
    it(`refuses "${password.slice(0, 30)}"`, () => {
      const problems = passwordProblems(password, context);
      assert.ok(problems.length > 0, 'refused');
      assert.ok(problems.every((p) => p.startsWith('password: ')), problems.join('; '));
      assert.match(problems.join('; '), reason);
    });
  }
  for (const password of ['tulip-kettle-orbit-9', 'My cat eats 3 lemons', 'zq7!Lp0#vR2m', 'é'.repeat(6) + 'ü'.repeat(6)]) {
    it(`accepts "${password}"`, () => assert.deepEqual(passwordProblems(password, context), []));
  }
  it('counts characters, not UTF-16 units', () => {
    assert.match(passwordProblems('😀'.repeat(11))[0] ?? '', /it has 11/);
  });
  it('names the field it was given', () => {
    assert.match(passwordProblems('short', {}, 'newPassword')[0] ?? '', /^newPassword: /);
  });
  it('bundles about a thousand common passwords, lowercased and unique', () => {
    assert.ok(COMMON_PASSWORDS.length >= 900, `${COMMON_PASSWORDS.length}`);
    assert.equal(new Set(COMMON_PASSWORDS).size, COMMON_PASSWORDS.length);
    assert.ok(COMMON_PASSWORDS.every((p) => p === p.toLowerCase()));
  });
});
