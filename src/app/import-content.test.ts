import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../project-files.js';
import type { Site } from './site.js';
import { openSqliteSite } from '../store/sqlite/open-sqlite-site.js';
import { importContent } from './import-content.js';

describe('importContent', () => {
  let site: Site;
  before(async () => ({ site } = await openSqliteSite(join(mkdtempSync(join(tmpdir(), 'hp-import-')), 'site.db'))));
  after(() => site.maintenance.close());

  it('imports a source of the given kind, reporting the files and the recommended lists', async () => {
    const files: string[] = [];
    const phases = new Set<string>();
    const report = await importContent(site, { kind: 'markdown', path: join(projectRoot, 'test', 'fixtures', 'markdown', 'good') }, {
      onFile: ({ file }) => files.push(file),
      onRelatedProgress: (phase) => phases.add(phase),
    });
    assert.ok(report.imported > 0 && report.failed.length === 0, JSON.stringify(report));
    assert.equal(files.length, report.files);
    assert.ok(phases.has('ranking'), [...phases].join(', '));
  });

  it('names the path that does not exist, and the kind it does not know', async () => {
    await assert.rejects(importContent(site, { kind: 'markdown', path: '/no/such/place' }), { message: 'import: "/no/such/place" does not exist' });
    await assert.rejects(importContent(site, { kind: 'docx', path: projectRoot }), /unknown kind "docx"/);
  });
});
