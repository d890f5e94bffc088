import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';
import { projectRoot } from '../../src/project-files.js';

interface Lockfile { packages: Record<string, { engines?: { node?: string } | string[] }> }

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as Lockfile;

/** Every installed package that states which Node versions it runs on, with that range. */
function nodeRanges(): Array<[string, string]> {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    return path !== '' && range ? [[path.replace(/^.*node_modules\//, ''), range] as [string, string]] : [];
  });
}

describe('the Node versions we say we support are ones every dependency supports (npm ci warns of none)', () => {
  it('the oldest Node our package.json allows satisfies every dependency\'s engines.node', () => {
    const oldest = semver.minVersion(manifest.engines.node);
    assert.ok(oldest, `package.json engines.node "${manifest.engines.node}" names no version`);
    const unmet = nodeRanges().filter(([, range]) => !semver.satisfies(oldest, range)).map(([name, range]) => `${name} needs ${range}`);
    assert.deepEqual(unmet, [], `package.json allows Node ${oldest.version}`);
  });

  it('the Node running this suite is one package.json allows (CI runs the oldest supported major)', () => {
    assert.ok(semver.satisfies(process.version, manifest.engines.node), `${process.version} is outside ${manifest.engines.node}`);
  });
});
