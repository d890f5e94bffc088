import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor, Role } from '../accounts/roles.js';
import { splitFrontMatter } from '../importers/markdown/front-matter.js';
import { demoNewsroomDir } from '../project-files.js';
import { createDraft } from './newsroom/create-draft.js';
import { type NewsroomPorts, openWorkingCopy } from './newsroom/newsroom-ports.js';
import { schedulePublication } from './newsroom/scheduling.js';
import { publishArticle, signOff, submitForReview } from './newsroom/workflow-steps.js';
import type { Site } from './site.js';

/**
 * The demo's fictional people. Every name says "(sample)" and every credential "sample
 * reviewer", because readers see both under "Clinically reviewed by". Their accounts are disabled
 * with no password: nobody signs in as them.
 */
export const SAMPLE_PEOPLE = {
  reviewerA: { name: 'Dr Sample Reviewer (sample)', credential: 'MB ChB, sample reviewer', email: 'sample.reviewer@example.org', role: 'reviewer' },
  reviewerB: { name: 'Alex Example, RN (sample)', credential: 'Registered nurse, sample reviewer', email: 'alex.example@example.org', role: 'reviewer' },
  editor: { name: 'Sam Editor (sample)', credential: '', email: 'sam.editor@example.org', role: 'editor' },
} as const satisfies Record<string, { name: string; credential: string; email: string; role: Role }>;

/** Demo articles the sample reviewers signed off, and how many months before the seed (so the review queue has due and overdue ones). */
const SIGNOFFS: { slug: string; by: 'reviewerA' | 'reviewerB'; monthsAgo: number }[] = [
  { slug: 'what-is-high-blood-pressure', by: 'reviewerA', monthsAgo: 2 },
  { slug: 'symptoms-of-a-heart-attack', by: 'reviewerA', monthsAgo: 4 },
  { slug: 'what-is-type-2-diabetes', by: 'reviewerB', monthsAgo: 6 },
  { slug: 'symptoms-of-flu', by: 'reviewerB', monthsAgo: 11.5 },
  { slug: 'causes-of-low-back-pain', by: 'reviewerA', monthsAgo: 13 },
];

/** The demo's scheduled article goes live this long after the seed. */
export const SCHEDULED_AFTER_DAYS = 3;

const DAY = 24 * 60 * 60 * 1000;
const MONTH = 30.44 * DAY;

export interface DemoGovernanceReport {
  sitePages: number;
  signedOff: number;
  scheduledArticleId: number;
  scheduledAt: string;
}

/**
 * After the demo articles are imported: the sample people, sign-offs of some articles (through
 * the real use cases, so reader pages show "Clinically reviewed by" and "Next review due"), the
 * four site pages (content/demo-newsroom/pages, published by the sample editor) and one article
 * scheduled a few days ahead (content/demo-newsroom/scheduled). `now` is the seed time.
 */
export async function seedDemoGovernance(site: Site, now: Date): Promise<DemoGovernanceReport> {
  let clock = now.getTime();
  const ports: NewsroomPorts = {
    newsroom: site.newsroom, previewLinks: site.previewLinks, taxonomy: site.taxonomy, feedback: site.feedback, related: site.related,
    audit: site.accounts.audit, clock: () => new Date(clock), clinicalReviewRequired: true,
  };
  const actors = await createSamplePeople(site, now.toISOString());

  let signedOff = 0;
  for (const { slug, by, monthsAgo } of SIGNOFFS) {
    const article = await site.catalogue.findArticleBySlug(slug);
    if (!article) continue;
    clock = now.getTime() - Math.round(monthsAgo * MONTH);
    const copy = await openWorkingCopy(ports, article.id);
    const person = SAMPLE_PEOPLE[by];
    await signOff(ports, actors[by], { articleId: article.id, revision: copy.working.number, reviewerName: person.name, credential: person.credential,
      note: 'Sample sign-off made when the demo was loaded.' });
    signedOff += 1;
  }

  // Site pages, one second apart and ending at the seed time, so the footer's order (first
  // published first) is the files' order and a page published later comes after them.
  const pages = await readDemoFiles(join(demoNewsroomDir, 'pages'));
  clock = now.getTime() - pages.length * 1000;
  for (const page of pages) {
    clock += 1000;
    const { articleId, revision } = await createDraft(ports, actors.editor, {
      title: page.title, kind: 'page', isSample: true, fields: { slug: page.slug, bodyMarkdown: page.body, author: 'Healthpress editorial team (sample content)' },
    });
    await publishArticle(ports, actors.editor, { articleId, baseRevision: revision });
  }

  const [scheduled] = await readDemoFiles(join(demoNewsroomDir, 'scheduled'));
  if (!scheduled) throw new Error(`${demoNewsroomDir}/scheduled: the demo's scheduled article is missing`);
  clock = now.getTime();
  const draft = await createDraft(ports, actors.editor, {
    title: scheduled.title, isSample: true, fields: { slug: scheduled.slug, bodyMarkdown: scheduled.body, author: 'Healthpress editorial team (sample content)' },
  });
  const submitted = await submitForReview(ports, actors.editor, { articleId: draft.articleId, baseRevision: draft.revision });
  await signOff(ports, actors.reviewerA, { articleId: draft.articleId, revision: submitted.revision, reviewerName: SAMPLE_PEOPLE.reviewerA.name,
    credential: SAMPLE_PEOPLE.reviewerA.credential });
  const publishAt = new Date(now.getTime() + SCHEDULED_AFTER_DAYS * DAY).toISOString();
  await schedulePublication(ports, actors.editor, { articleId: draft.articleId, publishAt, note: 'Sample schedule made when the demo was loaded.' });
  return { sitePages: pages.length, signedOff, scheduledArticleId: draft.articleId, scheduledAt: publishAt };
}

async function createSamplePeople(site: Site, now: string): Promise<Record<keyof typeof SAMPLE_PEOPLE, Actor>> {
  const actors = {} as Record<keyof typeof SAMPLE_PEOPLE, Actor>;
  for (const [key, person] of Object.entries(SAMPLE_PEOPLE) as [keyof typeof SAMPLE_PEOPLE, (typeof SAMPLE_PEOPLE)[keyof typeof SAMPLE_PEOPLE]][]) {
    const user = await site.accounts.users.create({ email: person.email, name: person.name, role: person.role, passwordHash: null, now });
    if (!user) throw new Error(`demo: a user ${person.email} exists already`);
    await site.accounts.users.setDisabled(user.id, true, now);
    actors[key] = { userId: user.id, role: person.role };
  }
  return actors;
}

/** The demo's newsroom files, in file-name order: title, slug and body from front matter. */
async function readDemoFiles(folder: string): Promise<{ title: string; slug: string; body: string }[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  const files = [];
  for (const name of names) {
    const parsed = splitFrontMatter(await readFile(join(folder, name), 'utf8'));
    if (parsed.error !== undefined) throw new Error(`${folder}/${name}: ${parsed.error}`);
    const { title, slug } = parsed.data;
    if (typeof title !== 'string' || typeof slug !== 'string') throw new Error(`${folder}/${name}: title and slug are required`);
    files.push({ title, slug, body: parsed.body.trim() + '\n' });
  }
  return files;
}
