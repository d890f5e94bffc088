// Recommendation quality, offline, on the 16,423 answered MedQuAD articles, against Hugo's
// Related lists for the same pages built in the same run (../shared/bench/hugo-medquad/run.sh).
//
// The measure (docs/benchmarks.md): each list entry is judged by MedQuAD's own annotations of
// the two articles' topics — the same topic or a shared UMLS CUI ("on topic"), or else a shared
// UMLS semantic type ("same kind"). Ours is scored twice: as shipped, and with the topic link
// hidden (no topic ids, names, synonyms, profiles or caps: the text alone must find the topics).
// A random list is the floor.
//
//   node dist/bench/related-quality.js [--db mq.db] [--hugo-variants related,related-untuned] [--sample docs/related-sample.md]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { describeReason } from '../src/cli/commands/related-command.js';
import { runImport } from '../src/importers/import-runner.js';
import { medquadLoader } from '../src/importers/medquad/medquad-loader.js';
import { projectRoot } from '../src/project-files.js';
import type { RelatedEntry, RelatedSource } from '../src/related/related-document.js';
import { RelatedModel } from '../src/related/related-model.js';
import { RECOMMENDED_LIST_LENGTH as LIST_LENGTH } from '../src/related/list-length.js';
import { openSqliteSite } from '../src/store/sqlite/open-sqlite-site.js';
import { MEDQUAD_TARBALL } from '../src/testing/shared-data.js';
import { judge, measureLists } from './related-judgement.js';
import { argValue } from './support.js';

interface Info {
  id: number;
  provenanceId: string;
  title: string;
  topicId: number | null;
  topicName: string | null;
  cuis: string[];
  types: string[];
}

const work = mkdtempSync(join(tmpdir(), 'hp-bench-related-quality-'));
const hugoDir = resolve(projectRoot, '..', 'shared', 'bench', 'hugo-medquad');
const hugoWork = process.env.HUGO_MEDQUAD_WORK ?? join(process.env.TMPDIR ?? '/tmp', 'hugo-medquad-work');

// A fixed-seed generator, so the random floor and the sample are the same on every run.
let seed = Number(argValue('--seed') ?? 4);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

async function openDatabase() {
  const path = join(work, 'answered.db');
  const given = argValue('--db');
  if (given) copyFileSync(given, path);
  const { site } = await openSqliteSite(path);
  if (!given) await runImport(site, medquadLoader, MEDQUAD_TARBALL, { skipRelated: true });
  return site;
}

const site = await openDatabase();
// The benchmark's own questions of the file, over a connection of its own (the ports answer readers, not benchmarks).
const raw = new SQLite(join(work, 'answered.db'), { readonly: true });
const rows = raw
  .prepare(
    `select a.id, a.provenance_id, a.title, a.topic_id, t.name, t.cuis, t.semantic_types
     from articles a left join topics t on t.id = a.topic_id where a.has_answer = 1 and a.status = 'published'`,
  )
  .all() as { id: number; provenance_id: string; title: string; topic_id: number | null; name: string | null; cuis: string | null; semantic_types: string | null }[];
raw.close();
const info = new Map<string, Info>(
  rows.map((r) => [
    r.provenance_id,
    { id: r.id, provenanceId: r.provenance_id, title: r.title, topicId: r.topic_id, topicName: r.name, cuis: JSON.parse(r.cuis ?? '[]'), types: JSON.parse(r.semantic_types ?? '[]') },
  ]),
);
const byId = new Map([...info.values()].map((i) => [i.id, i]));

// Our lists, computed in memory over the answered articles only (what Hugo has too).
const sources: RelatedSource[] = [];
for (let page = await site.related.sources(0, 2000); page.length; page = await site.related.sources(page.at(-1)!.id, 2000)) {
  sources.push(...page.filter((s) => byId.has(s.id)));
}
const topics = await site.related.topics();
function ourLists(useTopics: boolean): { lists: Map<string, string[]>; entries: Map<string, RelatedEntry[]> } {
  const model = RelatedModel.build(sources, topics, { limit: LIST_LENGTH, useTopics });
  const lists = new Map<string, string[]>();
  const entries = new Map<string, RelatedEntry[]>();
  for (const source of sources) {
    const list = model.rank(source.id);
    const key = byId.get(source.id)!.provenanceId;
    entries.set(key, list);
    lists.set(key, list.map((e) => byId.get(e.articleId)!.provenanceId));
  }
  return { lists, entries };
}

/** Hugo page path → provenance id, from the converted content's front matter. */
function hugoPaths(): Map<string, string> {
  const content = join(hugoWork, 'site', 'content');
  const paths = new Map<string, string>();
  for (const section of readdirSync(content, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(content, section.name)).filter((f) => f.endsWith('.md') && f !== '_index.md')) {
      const text = readFileSync(join(content, section.name, file), 'utf8');
      const folder = /^categories: \["([^"]+)"\]/m.exec(text)?.[1];
      const qid = /^qid: "([^"]+)"/m.exec(text)?.[1];
      if (folder && qid) paths.set(`/${section.name}/${file.slice(0, -3)}/`, `medquad:${folder}/${qid.replace(/-(\d+)$/, '#$1')}`);
    }
  }
  return paths;
}

/** `--hugo-built related=DIR,…` reuses pages an earlier run.sh built (while tuning; a recorded run builds them). */
const hugoBuilt = new Map((argValue('--hugo-built') ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string]));

function hugoLists(variant: string): Map<string, string[]> {
  const out = hugoBuilt.get(variant) ?? join(work, `hugo-${variant}`);
  if (!hugoBuilt.has(variant)) execFileSync('bash', [join(hugoDir, 'run.sh'), out, variant], { stdio: ['ignore', 'ignore', 'inherit'] });
  const paths = hugoPaths();
  const lists = new Map<string, string[]>();
  for (const [path, provenance] of paths) {
    const file = join(out, path, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const block = html.slice(html.indexOf('<section class="related">'));
    const hrefs = html.includes('<section class="related">') ? [...block.slice(0, block.indexOf('</section>')).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!) : [];
    lists.set(provenance, hrefs.map((href) => paths.get(href)).filter((p): p is string => p !== undefined));
  }
  return lists;
}

function randomLists(): Map<string, string[]> {
  const keys = [...info.keys()];
  return new Map(keys.map((key) => {
    const picked = new Set<string>();
    while (picked.size < LIST_LENGTH) {
      const other = keys[Math.floor(random() * keys.length)]!;
      if (other !== key) picked.add(other);
    }
    return [key, [...picked]];
  }));
}

const topicSizes = new Map<number, number>();
for (const i of info.values()) if (i.topicId !== null) topicSizes.set(i.topicId, (topicSizes.get(i.topicId) ?? 0) + 1);
const measure = (lists: Map<string, string[]>) => measureLists(lists, info, topicSizes, LIST_LENGTH);

const variants = (argValue('--hugo-variants') ?? 'related,related-untuned').split(',').filter(Boolean);
const systems: [string, Map<string, string[]>][] = [];
const full = ourLists(true);
systems.push(['healthpress (as shipped)', full.lists]);
systems.push(['healthpress, topic link hidden', ourLists(false).lists]);
const hugo = new Map<string, Map<string, string[]>>();
for (const variant of variants) {
  hugo.set(variant, hugoLists(variant));
  systems.push([`Hugo (${variant})`, hugo.get(variant)!]);
}
systems.push(['random lists (floor)', randomLists()]);

console.log(`Recommendation quality — ${info.size} answered MedQuAD articles, ${LIST_LENGTH} per list`);
console.log(`${'system'.padEnd(34)} ${['entries', 'on topic', 'same kind', `useful@${LIST_LENGTH}`, `P@${LIST_LENGTH}`, 'own-topic hit', 'own-topic n', 'topics/list', 'others kind'].map((h) => h.padStart(14)).join('')}`);
for (const [name, lists] of systems) {
  const m = measure(lists);
  console.log(`${name.padEnd(34)} ${[m.entries.toFixed(1), m.onTopic.toFixed(3), m.sameKind.toFixed(3), m.usefulAtLength.toFixed(3), m.precisionAtLength.toFixed(3), m.ownTopicHit.toFixed(3), m.ownTopicEntries.toFixed(2), m.topicsPerList.toFixed(1), m.otherSameKind.toFixed(3)].map((v) => v.padStart(14)).join('')}`);
}

const samplePath = argValue('--sample');
if (samplePath) {
  const keys = [...full.entries.keys()];
  const chosen = new Set<string>();
  while (chosen.size < 20) chosen.add(keys[Math.floor(random() * keys.length)]!);
  const hugoSample = hugo.get(variants[0] ?? '') ?? new Map<string, string[]>();
  const lines = [
    '# Recommended lists: 20 random MedQuAD articles',
    '',
    `Written by \`node dist/bench/related-quality.js --sample docs/related-sample.md\` (fixed seed) over the ${info.size} answered`,
    'articles. For each article: the 13 stored recommendations with their score and reason, then the Related block that',
    `Hugo (${variants[0] ?? 'none'}) builds for the same page. "on topic" / "same kind" marks what the quality measure counts`,
    '(same topic or shared UMLS CUI / shared UMLS semantic type).',
    '',
  ];
  let n = 0;
  for (const key of chosen) {
    const source = info.get(key)!;
    const marks = { own: 'on topic', cui: 'on topic', type: 'same kind', unrelated: '—', unknown: 'not annotated' } as const;
    const mark = (t: Info) => marks[judge(source, t)];
    lines.push(`## ${++n}. ${source.title}`, '', `Topic: ${source.topicName ?? '—'} · \`${key}\``, '', '| # | recommended | topic | score | why | measure |', '| ---: | --- | --- | ---: | --- | --- |');
    full.entries.get(key)!.forEach((entry, i) => {
      const target = byId.get(entry.articleId)!;
      lines.push(`| ${i + 1} | ${target.title} | ${target.topicName ?? '—'} | ${entry.score.toFixed(3)} | ${describeReason(entry.reason)} | ${mark(target)} |`);
    });
    const theirs = (hugoSample.get(key) ?? []).map((p) => info.get(p)!).filter(Boolean);
    lines.push('', `Hugo: ${theirs.length ? theirs.map((t) => `${t.title} (${mark(t)})`).join('; ') : 'no Related block'}`, '');
  }
  writeFileSync(samplePath, `${lines.join('\n')}\n`);
  console.log(`wrote ${samplePath}`);
}
await site.maintenance.close();
