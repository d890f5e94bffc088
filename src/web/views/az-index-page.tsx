import { displayTopicName } from '../../content/topic.js';
import type { TopicIndexEntry } from '../published-catalogue.js';
import { AZ_LETTERS, azLetterOf, azLetterPath, azLetterSlug } from './az.js';
import { LetterNav } from './az-nav.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, sitePath, type SiteContext } from './site.js';

export interface AzIndexPageData {
  /** Letters that have topics ('#' for digits and symbols). */
  letters: string[];
  /** null: `entries` is the whole index, grouped by letter on one page. */
  currentLetter: string | null;
  entries: TopicIndexEntry[];
}

/** Long synonym lists (some conditions have twenty) would bury the index. */
const SYNONYMS_SHOWN = 6;

export function renderAzIndexPage(site: SiteContext, data: AzIndexPageData): string {
  const { currentLetter } = data;
  const groups = groupByLetter(data.entries);
  const heading = currentLetter ? `Health A–Z: ${letterName(currentLetter)}` : 'Health A–Z';
  const crumbs = [{ name: 'Home', path: paths.home() }, { name: 'Health A–Z', path: paths.az() }];
  if (currentLetter) crumbs.push({ name: letterName(currentLetter), path: azLetterPath(currentLetter) });

  return renderDocument(
    <Layout
      site={site}
      title={heading}
      description={`Health topics${currentLetter ? ` starting with ${letterName(currentLetter)}` : ' from A to Z'}: conditions, symptoms and treatments.`}
      canonicalPath={currentLetter ? azLetterPath(currentLetter) : paths.az()}
      current="az"
    >
      <Breadcrumbs site={site} crumbs={crumbs} />
      <header class="page-header">
        <h1>{heading}</h1>
        <p class="lead">Find a condition or health topic by the first letter of its name.</p>
      </header>
      <LetterNav site={site} letters={data.letters} currentLetter={currentLetter} inPage={currentLetter === null} />
      {groups.length === 0 && <p class="empty">There are no topics under this letter yet.</p>}
      {groups.map(([letter, entries]) => (
        <section class="az-group" aria-labelledby={`letter-${azLetterSlug(letter)}`}>
          <h2 id={`letter-${azLetterSlug(letter)}`}>{letterName(letter)}</h2>
          <ul class="az-list">
            {entries.map((entry) => (
              <AzEntry site={site} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </Layout>,
  );
}

function AzEntry({ site, entry }: { site: SiteContext; entry: TopicIndexEntry }) {
  const shown = entry.synonyms.slice(0, SYNONYMS_SHOWN);
  const more = entry.synonyms.length - shown.length;
  return (
    <li class="az-list__item">
      <a href={sitePath(site, paths.topic(entry.slug))}>{displayTopicName(entry.name)}</a>{' '}
      <span class="count">({plural(entry.articleCount, 'article')})</span>
      {shown.length > 0 && (
        <p class="also-called">
          <span class="also-called__label">Also called:</span> {shown.join(', ')}
          {more > 0 && ` and ${more} more`}
        </p>
      )}
    </li>
  );
}

function letterName(letter: string): string {
  return letter === '#' ? 'Numbers and symbols' : letter;
}

/** Entries keep the caller's order within each letter; letters follow the A–Z bar. */
function groupByLetter(entries: TopicIndexEntry[]): [string, TopicIndexEntry[]][] {
  const byLetter = new Map<string, TopicIndexEntry[]>();
  for (const entry of entries) {
    const letter = azLetterOf(entry.name);
    const list = byLetter.get(letter) ?? [];
    list.push(entry);
    byLetter.set(letter, list);
  }
  return AZ_LETTERS.flatMap((letter) => {
    const list = byLetter.get(letter);
    return list ? [[letter, list] as [string, TopicIndexEntry[]]] : [];
  });
}
