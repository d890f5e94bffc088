// Time to render an article page in-process, without the page cache: the cost every cache miss
// and every page of a static build pays. Baseline in the same run: the JSON API's article list
// (a store query and serialisation, no view), over the same articles.
//
//   node dist/bench/render.js [--db medquad.db] [--pages 2000]
import { paths } from '../src/content/paths.js';
import { buildApp } from '../src/web/app.js';
import { argValue, medquadSite } from './support.js';

const pages = Number(argValue('--pages') ?? 2000);
const site = await medquadSite();
const app = await buildApp({ catalogue: site.catalogue, config: { baseUrl: 'http://localhost', excerptLength: 50, siteName: 'Healthpress' } });

const slugs: string[] = [];
for (let offset = 0; slugs.length < pages; offset += 100) {
  const items = (await app.inject({ url: `/api/articles?limit=100&offset=${offset}` })).json().items as { slug: string }[];
  if (items.length === 0) break;
  slugs.push(...items.map((item) => item.slug));
}

async function perRequest(urls: string[]): Promise<number> {
  for (const url of urls.slice(0, 100)) await app.inject({ url }); // warm-up
  const started = performance.now();
  for (const url of urls) {
    const response = await app.inject({ url });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  }
  return (performance.now() - started) / urls.length;
}

const api = await perRequest(slugs.map((slug) => `/api${paths.article(slug)}`));
const html = await perRequest(slugs.map((slug) => paths.article(slug)));
console.log(`${slugs.length} articles, ${site.dbPath}`);
console.log(`JSON API article (baseline)  ${api.toFixed(3)} ms`);
console.log(`HTML article page            ${html.toFixed(3)} ms  (${(html / api).toFixed(2)}× the API)`);
await app.close();
await site.maintenance.close();
