import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../src/project-files.js';
import {
  CORE_FOLDERS,
  coreViolations,
  type Edge,
  type ImportGraph,
  importCycles,
  NOT_FOR_CORE,
  PORTS_OUTSIDE_CORE,
  readImportGraph,
  STORE_IMPORTERS,
  storeReachViolations,
  storeViolations,
} from './import-graph.js';

// The source tree, not dist/: the compiled files lose type-only imports.
const graph = readImportGraph(join(projectRoot, 'src'));

const list = (edges: Edge[]) => edges.map(({ from, to }) => `  ${from} → ${to}`).join('\n');

describe('the import graph of src/', () => {
  it('is read from the whole tree, every relative import resolved', () => {
    assert.ok(graph.imports.size > 100, `only ${graph.imports.size} files under ${join(projectRoot, 'src')}`);
    assert.ok(graph.imports.get('boot.ts')?.has('config/config.ts'), 'boot.ts → config/config.ts is missing: the reader lost an edge');
    assert.deepEqual(graph.unresolved, [], `imports that name no file:\n${graph.unresolved.map((u) => `  ${u.file}: ${u.specifier}`).join('\n')}`);
  });

  it(`keeps the core (${CORE_FOLDERS.join('/, ')}/) free of ${NOT_FOR_CORE.join(', ')}`, () => {
    const violations = coreViolations(graph);
    if (violations.length) assert.fail(`${violations.length} import(s) from the core into an outer layer:\n${list(violations)}`);
  });

  it('has no import cycle between files (type-only imports included)', () => {
    const cycles = importCycles(graph);
    if (cycles.length) {
      const shown = cycles.map(({ files, loop }) => `  ${files.join(', ')}\n    e.g. ${loop.join(' → ')}`).join('\n');
      assert.fail(`${cycles.length} import cycle(s); each line lists the files of one cycle:\n${shown}`);
    }
  });

  it(`lets only ${STORE_IMPORTERS.join(', ')} and test files import store/ (the ports live with their users)`, () => {
    const violations = storeViolations(graph);
    if (violations.length) assert.fail(`${violations.length} import(s) of store/ from outside it:\n${list(violations)}`);
  });

  it('lets store/ import from adapters and app/ only the ports it implements', () => {
    const violations = storeReachViolations(graph);
    if (violations.length) assert.fail(`${violations.length} import(s) from store/ into an outer layer, none of them a port (${PORTS_OUTSIDE_CORE.join(', ')}):\n${list(violations)}`);
  });
});

describe('the import-graph rules catch what they forbid', () => {
  const planted = (imports: Record<string, string[]>): ImportGraph => ({
    imports: new Map(Object.entries(imports).map(([file, targets]) => [file, new Set(targets)])),
    unresolved: [],
  });

  it('reads type-only imports, re-exports and dynamic imports, and not strings or comments', () => {
    const src = mkdtempSync(join(tmpdir(), 'hp-graph-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(src, file)), { recursive: true });
      writeFileSync(join(src, file), text);
    };
    write('related/service.ts', [
      "import type { Row } from '../store/rows.js';",
      "export { helper } from './helper.js';",
      "const view = await import('../web/view.js');",
      "// import { x } from '../cli/main.js';",
      "const text = \"import { y } from '../export/build.js'\";",
      "import { missing } from './missing.js';",
      "import { z } from 'some-package';",
    ].join('\n'));
    write('related/helper.ts', 'export const helper = 1;');
    write('store/rows.ts', 'export type Row = {};');
    write('web/view.tsx', 'export const view = 1;');
    const read = readImportGraph(src);
    assert.deepEqual([...read.imports.get('related/service.ts')!].sort(), ['related/helper.ts', 'store/rows.ts', 'web/view.tsx']);
    assert.deepEqual(read.unresolved, [{ file: 'related/service.ts', specifier: './missing.js' }]);
  });

  it('flags a core file importing an adapter, app/, boot.ts or config/, but not project-files.ts', () => {
    const found = coreViolations(planted({
      'related/a.ts': ['store/b.ts', 'project-files.ts', 'content/c.ts'],
      'content/c.ts': ['boot.ts', 'config/config.ts'],
      'search/d.test.ts': ['app/e.ts'],
      'web/f.ts': ['store/b.ts'],
    }));
    assert.deepEqual(found, [
      { from: 'content/c.ts', to: 'boot.ts' },
      { from: 'content/c.ts', to: 'config/config.ts' },
      { from: 'related/a.ts', to: 'store/b.ts' },
      { from: 'search/d.test.ts', to: 'app/e.ts' },
    ]);
  });

  it('finds every cycle, type-only or through several files, and a self-import', () => {
    const found = importCycles(planted({
      'export/a.ts': ['export/b.ts'],
      'export/b.ts': ['export/a.ts', 'content/x.ts'],
      'related/p.ts': ['related/q.ts'],
      'related/q.ts': ['related/r.ts'],
      'related/r.ts': ['related/p.ts'],
      'web/self.ts': ['web/self.ts'],
      'content/x.ts': [],
    }));
    assert.deepEqual(found, [
      { files: ['export/a.ts', 'export/b.ts'], loop: ['export/a.ts', 'export/b.ts', 'export/a.ts'] },
      { files: ['related/p.ts', 'related/q.ts', 'related/r.ts'], loop: ['related/p.ts', 'related/q.ts', 'related/r.ts', 'related/p.ts'] },
      { files: ['web/self.ts'], loop: ['web/self.ts', 'web/self.ts'] },
    ]);
  });

  it('flags store/ imported from outside the store, boot.ts, testing/ and test files', () => {
    const found = storeViolations(planted({
      'cli/a.ts': ['store/s.ts'],
      'app/b.ts': ['store/s.ts'],
      'boot.ts': ['store/s.ts'],
      'testing/c.ts': ['store/s.ts'],
      'web/d.test.ts': ['store/s.ts'],
      'store/e.ts': ['store/s.ts'],
    }));
    assert.deepEqual(found, [
      { from: 'app/b.ts', to: 'store/s.ts' },
      { from: 'cli/a.ts', to: 'store/s.ts' },
    ]);
  });

  it('flags store/ importing an adapter file that is not one of its ports', () => {
    const found = storeReachViolations(planted({
      'store/a.ts': ['importers/loader.ts', 'importers/article-ingest.ts', 'web/published-catalogue.ts', 'content/article.ts', 'related/related-repository.ts'],
      'store/b.ts': ['boot.ts', 'app/site.ts', 'web/published-catalogue.contract.ts'],
      // A database's test file runs the ports' contract suites; only a test file may.
      'store/c.test.ts': ['web/published-catalogue.contract.ts', 'web/app.ts'],
    }));
    assert.deepEqual(found, [
      { from: 'store/a.ts', to: 'importers/loader.ts' },
      { from: 'store/b.ts', to: 'boot.ts' },
      { from: 'store/b.ts', to: 'web/published-catalogue.contract.ts' },
      { from: 'store/c.test.ts', to: 'web/app.ts' },
    ]);
  });
});
