import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serializeJsonLd } from './json-ld.js';

describe('serializeJsonLd', () => {
  it('cannot end its script element early and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & <!-- \u2028', n: 1 };
    const text = serializeJsonLd(value);
    assert.ok(!text.includes('<') && !text.includes('>') && !text.includes('&'));
    assert.ok(!text.includes('\u2028'));
    assert.deepEqual(JSON.parse(text), value);
  });

  it('omits undefined members', () => {
    assert.equal(serializeJsonLd({ a: 'x', b: undefined }), '{"a":"x"}');
  });
});
