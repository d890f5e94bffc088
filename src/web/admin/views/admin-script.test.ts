import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { slugify } from '../../../content/slug.js';
import { publicDir } from '../../../project-files.js';

interface Helpers {
  slugify(text: string): string;
  splitTags(text: string): string[];
  createSaveQueue(send: (kind: string) => Promise<void>): { request(kind: string): void; busy(): boolean; whenIdle(cb: () => void): void };
}

/** public/admin.js run without a browser: it returns its pure helpers and touches no DOM. */
function loadHelpers(): Helpers {
  const context: Record<string, unknown> = {};
  vm.runInNewContext(readFileSync(`${publicDir}/admin.js`, 'utf8'), context);
  return context.HealthpressAdmin as Helpers;
}

describe('admin.js helpers', () => {
  const helpers = loadHelpers();
  it('slugifies as the server does', () => {
    for (const title of ['What is anaemia?', 'Crohn’s disease & you', 'Café au lait spots', '  --Hello--  ', 'x'.repeat(100), 'a '.repeat(60)]) {
      assert.equal(helpers.slugify(title), slugify(title), title);
    }
  });
  it('splits tags', () => {
    assert.deepEqual([...helpers.splitTags(' blood, ,tiredness ,')], ['blood', 'tiredness']);
  });
  it('never has two saves in flight and coalesces those asked meanwhile into one', async () => {
    const sent: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const resolvers: (() => void)[] = [];
    const queue = helpers.createSaveQueue((kind) => {
      sent.push(kind);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<void>((resolve) => resolvers.push(() => { inFlight--; resolve(); }));
    });
    queue.request('autosave');
    await new Promise((r) => setImmediate(r));
    queue.request('autosave');
    queue.request('save');
    queue.request('autosave');
    assert.equal(sent.length, 1);
    resolvers.shift()!();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(sent, ['autosave', 'save']);
    const idle = new Promise<void>((resolve) => queue.whenIdle(resolve));
    resolvers.shift()!();
    await idle;
    assert.equal(maxInFlight, 1);
    assert.equal(queue.busy(), false);
  });
});
