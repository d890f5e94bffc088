import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assetFingerprints, forgetAssetFingerprints } from './asset-fingerprints.js';
import { assetPath } from './views/site.js';
import { makeSite } from './views/fixtures.js';

describe('asset fingerprints (a hash of each file\'s content in its URL)', () => {
  it('an asset\'s URL changes when its content does, and only then', () => {
    const folder = mkdtempSync(join(tmpdir(), 'hp-assets-'));
    mkdirSync(join(folder, 'fonts'));
    writeFileSync(join(folder, 'site.css'), 'body { color: #222; }');
    writeFileSync(join(folder, 'feedback.js'), '"use strict";');
    writeFileSync(join(folder, 'fonts', 'a.woff2'), 'font');
    const urlOf = (file: string) => assetPath(makeSite({ basePath: '', assetVersion: assetFingerprints(folder) }), file);
    const before = { css: urlOf('site.css'), js: urlOf('feedback.js') };
    assert.match(before.css, /^\/assets\/site\.css\?v=[\w-]{12}$/);
    assert.notEqual(before.css.split('?')[1], before.js.split('?')[1], 'each file its own version');
    assert.match(urlOf('fonts/a.woff2'), /^\/assets\/fonts\/a\.woff2\?v=[\w-]{12}$/);

    forgetAssetFingerprints(folder);
    assert.equal(urlOf('site.css'), before.css, 'read again, same content: same URL');

    writeFileSync(join(folder, 'site.css'), 'body { color: #111; }');
    forgetAssetFingerprints(folder);
    assert.notEqual(urlOf('site.css'), before.css, 'changed content: a new URL');
    assert.equal(urlOf('feedback.js'), before.js, 'the other files keep theirs');
  });
});
