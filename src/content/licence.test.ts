import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { licenceUrl } from './licence.js';

describe('licenceUrl', () => {
  const table: [string, string | null, string | null][] = [
    ['CC BY 4.0', null, 'https://creativecommons.org/licenses/by/4.0/'],
    ['cc-by-sa 4.0', null, 'https://creativecommons.org/licenses/by-sa/4.0/'],
    ['CC BY-NC-ND 3.0', null, 'https://creativecommons.org/licenses/by-nc-nd/3.0/'],
    ['Creative Commons BY 4.0 International', null, 'https://creativecommons.org/licenses/by/4.0/'],
    ['CC0', null, 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['CC0 1.0 Universal', null, 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['https://example.org/terms', null, 'https://example.org/terms'],
    ['healthpress', 'https://health.example/licence', 'https://health.example/licence'],
    ['healthpress', null, null],
    ['Public domain (U.S. government work)', null, null],
    ['Unknown — check before publishing', 'https://health.example/licence', null],
    ['javascript:alert(1)', null, null],
    ['', null, null],
  ];
  for (const [licence, site, expected] of table) {
    it(`"${licence}"${site ? ` (site licence ${site})` : ''} → ${expected ?? 'none'}`, () => {
      assert.equal(licenceUrl(licence, site), expected);
    });
  }
});
