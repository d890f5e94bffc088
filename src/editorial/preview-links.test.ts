import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PREVIEW_LINK_LIFETIMES, previewLinkExpiry } from './preview-links.js';

describe('previewLinkExpiry', () => {
  it('adds the chosen lifetime to the time the link is made', () => {
    assert.equal(previewLinkExpiry('2026-12-05T10:00:00.000Z', '1d'), '2026-12-06T10:00:00.000Z');
    assert.equal(previewLinkExpiry('2026-12-05T10:00:00.000Z', '7d'), '2026-12-12T10:00:00.000Z');
    assert.equal(previewLinkExpiry('2026-12-05T10:00:00.000Z', '30d'), '2027-01-04T10:00:00.000Z');
  });

  it('offers the shortest lifetime first, as the default', () => {
    const hours = PREVIEW_LINK_LIFETIMES.map((option) => option.hours);
    assert.deepEqual(hours, [...hours].sort((a, b) => a - b));
  });
});
