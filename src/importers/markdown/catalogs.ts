import { access } from 'node:fs/promises';
import path from 'node:path';
import type { TopicRef } from '../../content/article.js';
import { categoryPathSlug, validateCategoryPath } from '../../content/category.js';
import { slugify } from '../../content/slug.js';
import { topicKey } from '../../content/topic.js';
import type { CategoryInput } from '../article-ingest.js';
import type { LoadedFile } from '../loader.js';
import { readTextFile } from '../text/files.js';
import { FieldReader, describe } from './fields.js';
import { isRecord, parseYamlText, yamlErrorMessage } from './front-matter.js';

export const TOPICS_FILE = '_topics.yml';
export const CATEGORIES_FILE = '_categories.yml';

export interface Catalogs {
  topics: TopicRef[];
  /** Topic by topic key of its name, and of its slug when the entry gives one. */
  topicIndex: Map<string, TopicRef>;
  categories: CategoryInput[];
  /** One entry per catalog file with problems; the good entries are used all the same. */
  reports: LoadedFile[];
}

export async function readCatalogs(root: string): Promise<Catalogs> {
  const catalogs: Catalogs = { topics: [], topicIndex: new Map(), categories: [], reports: [] };
  const topics = await readCatalog(root, TOPICS_FILE, (entry) => addTopic(entry, catalogs));
  const categories = await readCatalog(root, CATEGORIES_FILE, (entry) => addCategory(entry, catalogs));
  for (const report of [topics, categories]) if (report) catalogs.reports.push(report);
  return catalogs;
}

/** Reads a YAML list; returns a report when the file or any entry has problems. */
async function readCatalog(
  root: string,
  name: string,
  addEntry: (entry: FieldReader) => void,
): Promise<LoadedFile | null> {
  const file = path.join(root, name);
  if (!(await exists(file))) return null;
  const fail = (error: string): LoadedFile => ({ file: name, articles: [], skipped: [], error });
  const decoded = await readTextFile(file);
  // An empty catalog is a catalog with nothing in it yet, not a mistake.
  if (decoded.error === 'empty file') return null;
  if (decoded.error !== undefined) return fail(decoded.error);
  let value: unknown;
  try {
    value = parseYamlText(decoded.text);
  } catch (error) {
    return fail(`YAML: ${yamlErrorMessage(error)}`);
  }
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return fail(`must be a YAML list of entries (got ${describe(value)})`);
  const problems: string[] = [];
  value.forEach((item: unknown, index) => {
    const prefix = `entry ${index + 1}: `;
    if (!isRecord(item)) {
      problems.push(`${prefix}must be a set of fields (got ${describe(item)})`);
      return;
    }
    const entry = new FieldReader(item, prefix);
    addEntry(entry);
    problems.push(...entry.problems);
  });
  return problems.length > 0 ? fail(problems.join('; ')) : null;
}

function addTopic(entry: FieldReader, catalogs: Catalogs): void {
  entry.rejectUnknown(['name', 'slug', 'also_called', 'semantic_group', 'summary']);
  const name = entry.text('name', true);
  const slug = entry.text('slug');
  const synonyms = entry.names('also_called');
  const semanticGroup = entry.text('semantic_group');
  const summary = entry.text('summary');
  if (slug !== null && slugify(slug) !== slug) entry.fail('slug', `"${slug}" is not a slug (lowercase words joined by hyphens)`);
  if (name === null) return;
  const keys = [topicKey(name), ...(slug === null ? [] : [slug])];
  const taken = keys.find((key) => catalogs.topicIndex.has(key));
  if (taken !== undefined) entry.fail('name', `"${name}" is listed twice (same name or slug as "${catalogs.topicIndex.get(taken)?.name}")`);
  if (entry.problems.length > 0) return;
  const topic: TopicRef = { name, synonyms, semanticGroup, summary };
  catalogs.topics.push(topic);
  for (const key of keys) catalogs.topicIndex.set(key, topic);
}

function addCategory(entry: FieldReader, catalogs: Catalogs): void {
  entry.rejectUnknown(['path', 'description']);
  const description = entry.text('description');
  let categoryPath: string[];
  try {
    categoryPath = validateCategoryPath(entry.raw('path'));
  } catch (error) {
    entry.fail('path', error instanceof Error ? error.message : String(error));
    return;
  }
  const key = categoryPathSlug(categoryPath);
  const duplicate = catalogs.categories.some((known) => categoryPathSlug(known.path) === key);
  if (duplicate) entry.fail('path', `${categoryPath.join(' > ')} is listed twice`);
  if (entry.problems.length === 0) catalogs.categories.push({ path: categoryPath, description });
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
