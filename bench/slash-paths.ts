// Time of one request whose path ends in a long run of slashes (issue 14), in-process on the demo
// site without the page cache, against the same path without them. Also times the old regular
// expressions alone on the same strings, for comparison.
//
//   node dist/bench/slash-paths.js [--slashes 16000] [--requests 20]
import { splitListingPath, withoutTrailingSlashes } from '../src/web/listing-path.js';
import { startDemoSite } from '../src/testing/demo-site.js';
import { argValue } from './support.js';

const slashes = Number(argValue('--slashes') ?? 16_000);
const requests = Number(argValue('--requests') ?? 20);
const site = await startDemoSite({ pageCache: false });

async function msPerRequest(url: string): Promise<number> {
  await site.app.inject({ url });
  const started = performance.now();
  for (let i = 0; i < requests; i++) await site.app.inject({ url });
  return (performance.now() - started) / requests;
}

function msPerCall(work: () => unknown): number {
  const started = performance.now();
  for (let i = 0; i < requests; i++) work();
  return (performance.now() - started) / requests;
}

const run = '/'.repeat(slashes);
const category = '/categories/bones-joints-and-muscles/back-and-spine';
const rows = [
  [`${category}`, await msPerRequest(category)],
  [`${category} + ${slashes} slashes`, await msPerRequest(`${category}${run}`)],
  // Slashes followed by something else: the case the old expressions took quadratic time on.
  [`/categories/ + ${slashes} slashes + x`, await msPerRequest(`/categories/${run}x`)],
  [`/api/categories/ + ${slashes} slashes + x`, await msPerRequest(`/api/categories/${run}x`)],
  [`old regex /^(.*?)(?:\\/page\\/([^/]+))?\\/*$/ alone`, msPerCall(() => /^(.*?)(?:\/page\/([^/]+))?\/*$/.exec(`${run}x`))],
  [`old regex /\\/+$/ alone`, msPerCall(() => `x${run}y`.replace(/\/+$/, ''))],
  ['splitListingPath alone', msPerCall(() => splitListingPath(`${run}x`))],
  ['withoutTrailingSlashes alone', msPerCall(() => withoutTrailingSlashes(`x${run}y`))],
] as const;
for (const [label, ms] of rows) console.log(`${label.padEnd(72)} ${ms.toFixed(3)} ms`);
await site.close();
