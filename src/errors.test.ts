import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AppError, configInvalid, ERROR_CODES, ERROR_STATUS } from './errors.js';
import { projectRoot } from './project-files.js';

/** The rows of docs/errors.md's catalogue table: code → status as documented. */
function documentedCodes(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of readFileSync(`${projectRoot}docs/errors.md`, 'utf8').split('\n')) {
    const row = /^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|/.exec(line);
    if (row) rows.set(row[1]!, Number(row[2]));
  }
  return rows;
}

describe('the error catalogue', () => {
  it('is documented in docs/errors.md, code by code, with the same status', () => {
    const documented = documentedCodes();
    for (const code of ERROR_CODES) {
      assert.ok(documented.has(code), `${code} is missing from docs/errors.md`);
      assert.equal(documented.get(code), ERROR_STATUS[code], `docs/errors.md gives ${code} another status`);
    }
    assert.deepEqual([...documented.keys()].filter((code) => !(code in ERROR_STATUS)), [], 'docs/errors.md lists a code the catalogue does not have');
  });

  it('keeps every problem of an invalid configuration, one per line of the message', () => {
    const error = configInvalid(['--port: "x" must be a whole number from 0 to 65535', 'HEALTHPRESS_DATABASE_SCHEMA: "A" must be a lowercase identifier']);
    assert.ok(error instanceof AppError);
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.equal(error.details?.length, 2);
    assert.equal(
      error.message,
      'invalid configuration:\n  - --port: "x" must be a whole number from 0 to 65535\n  - HEALTHPRESS_DATABASE_SCHEMA: "A" must be a lowercase identifier',
    );
  });
});
