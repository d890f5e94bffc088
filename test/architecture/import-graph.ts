// The import graph of src/ and the layering rules it must keep (docs/architecture.md). Read with
// the TypeScript compiler's own pre-processor, so type-only imports, re-exports and dynamic
// imports all count, and nothing inside strings or comments does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Files by their path under src/ with forward slashes (`export/build-site.ts`), each with the src/ files it imports. */
export interface ImportGraph {
  imports: Map<string, Set<string>>;
  /** Relative specifiers that name no file under src/: a typo here would hide an edge. */
  unresolved: { file: string; specifier: string }[];
}

/** The pure core: what it imports must not know about storage, transport or the command line. */
export const CORE_FOLDERS = ['content', 'search', 'related', 'editorial', 'accounts'] as const;

/** What the core may not import: the adapters, the use cases and the composition root with its configuration. */
export const NOT_FOR_CORE = ['store', 'web', 'cli', 'export', 'importers', 'app', 'boot.ts', 'config'] as const;

/**
 * Who may import `store/` (its ports live with their users, so nobody else needs it): the store
 * itself, the composition root that opens it, and test code, which opens real databases.
 */
export const STORE_IMPORTERS = ['store', 'boot.ts', 'testing'] as const;

/** The adapters and use cases, whose inner files the store must not reach into. */
const OUTER_LAYERS = ['web', 'cli', 'export', 'importers', 'app', 'boot.ts'] as const;

/**
 * The ports the store implements that live in an outer layer, with their users (see
 * docs/architecture.md): the only files there the store may import. The core's ports
 * (`related/related-repository.ts`, `search/search-index.ts`) need no entry.
 */
export const PORTS_OUTSIDE_CORE = [
  'importers/article-ingest.ts',
  'web/published-catalogue.ts',
  'web/rate-limit-counter.ts',
  'export/site-change-feed.ts',
  'app/site-maintenance.ts',
  'app/site.ts',
] as const;

const SOURCE = /\.tsx?$/;
const TEST_FILE = /\.test\.tsx?$/;

export function readImportGraph(srcDir: string): ImportGraph {
  const root = resolve(srcDir);
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  const graph: ImportGraph = { imports: new Map(), unresolved: [] };
  const name = (path: string) => relative(root, path).split(sep).join('/');
  for (const file of files) {
    const targets = new Set<string>();
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) continue; // a package or node: built-in
      const target = resolveSource(resolve(dirname(file), specifier));
      if (target === null) {
        // Outside src/ (e.g. package.json) is no part of the graph; inside, it must resolve.
        if (!relative(root, resolve(dirname(file), specifier)).startsWith('..')) graph.unresolved.push({ file: name(file), specifier });
        continue;
      }
      targets.add(name(target));
    }
    graph.imports.set(name(file), targets);
  }
  return graph;
}

/** NodeNext specifiers name the emitted `.js`; the source is the `.ts` or `.tsx` beside it. */
function resolveSource(path: string): string | null {
  const stem = path.replace(/\.(js|jsx|mjs|ts|tsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`]) if (existsSync(candidate)) return candidate;
  return null;
}

/** `store` for `store/sqlite/x.ts`; a top-level file is its own layer (`boot.ts`). */
export function layerOf(file: string): string {
  return file.split('/')[0]!;
}

export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file);
}

export interface Edge {
  from: string;
  to: string;
}

/** Imports from a core folder into an adapter, `app/`, `boot.ts` or `config/` (test files in the core included). */
export function coreViolations(graph: ImportGraph): Edge[] {
  const core = new Set<string>(CORE_FOLDERS);
  const forbidden = new Set<string>(NOT_FOR_CORE);
  return edges(graph).filter(({ from, to }) => core.has(layerOf(from)) && forbidden.has(layerOf(to)));
}

/** Imports of `store/` from anywhere but the store, `boot.ts`, `testing/` and test files. */
export function storeViolations(graph: ImportGraph): Edge[] {
  const allowed = new Set<string>(STORE_IMPORTERS);
  return edges(graph).filter(({ from, to }) => layerOf(to) === 'store' && !allowed.has(layerOf(from)) && !isTestFile(from));
}

/**
 * Imports from `store/` into an adapter, `app/` or `boot.ts` other than a port the store
 * implements; the store's test files may also import those ports' contract suites, which they run.
 */
export function storeReachViolations(graph: ImportGraph): Edge[] {
  const outer = new Set<string>(OUTER_LAYERS);
  const ports = new Set<string>(PORTS_OUTSIDE_CORE);
  const contracts = new Set<string>(PORTS_OUTSIDE_CORE.map((port) => port.replace(/\.ts$/, '.contract.ts')));
  return edges(graph).filter(
    ({ from, to }) => layerOf(from) === 'store' && outer.has(layerOf(to)) && !ports.has(to) && !(isTestFile(from) && contracts.has(to)),
  );
}

function edges(graph: ImportGraph): Edge[] {
  return [...graph.imports].flatMap(([from, targets]) => [...targets].map((to) => ({ from, to }))).sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/**
 * The import cycles: each strongly connected component of more than one file (or a file that
 * imports itself), with one loop through it to show where to cut. Tarjan's algorithm.
 */
export function importCycles(graph: ImportGraph): { files: string[]; loop: string[] }[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.imports.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    components.push(component);
  };
  for (const file of [...graph.imports.keys()].sort()) if (!index.has(file)) visit(file);
  return components
    .filter((files) => files.length > 1 || graph.imports.get(files[0]!)?.has(files[0]!))
    .map((files) => ({ files: files.sort(), loop: shortestLoop(graph, files[0]!, new Set(files)) }))
    .sort((a, b) => a.files[0]!.localeCompare(b.files[0]!));
}

/** The shortest way from `start` back to itself inside its component, start repeated at the end. */
function shortestLoop(graph: ImportGraph, start: string, component: Set<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!;
    for (const target of [...(graph.imports.get(file) ?? [])].sort()) {
      if (!component.has(target)) continue;
      if (target === start) {
        const path: string[] = [];
        for (let at = file; at !== start; at = cameFrom.get(at)!) path.unshift(at);
        return [start, ...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return [start];
}
