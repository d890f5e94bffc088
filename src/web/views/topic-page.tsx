import type { ArticleSummary } from '../../content/article.js';
import { excerpt } from '../../content/excerpt.js';
import { questionTypeRank } from '../../content/question-types.js';
import { slugify } from '../../content/slug.js';
import { displayTopicName, type Topic } from '../../content/topic.js';
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, type Crumb, type SiteContext } from './site.js';

export interface TopicGroup {
  questionType: string | null;
  label: string;
  articles: ArticleSummary[];
}

export interface TopicPageData {
  topic: Topic;
  breadcrumbs: Crumb[];
  groups: TopicGroup[];
}

export function renderTopicPage(site: SiteContext, data: TopicPageData): string {
  const { topic } = data;
  const name = displayTopicName(topic.name);
  const usedIds = new Set<string>();
  // Reading order (overview, causes, symptoms, ...) whatever order the caller grouped in; types
  // outside it follow by label.
  const groups = data.groups
    .filter((group) => group.articles.length > 0)
    .sort((a, b) => questionTypeRank(a.questionType) - questionTypeRank(b.questionType) || a.label.localeCompare(b.label))
    .map((group, index) => ({ ...group, id: uniqueId(`section-${slugify(group.label) || index + 1}`, usedIds) }));
  const count = groups.reduce((sum, group) => sum + group.articles.length, 0);
  const description =
    excerpt(topic.summary ?? '', 160) || `${name}: ${plural(count, 'article')} on ${name.toLowerCase()}.`;

  return renderDocument(
    <Layout site={site} title={name} description={description} canonicalPath={paths.topic(topic.slug)} current="az">
      <Breadcrumbs site={site} crumbs={data.breadcrumbs} />
      <header class="page-header">
        <h1>{name}</h1>
        {topic.synonyms.length > 0 && (
          <p class="also-called">
            <span class="also-called__label">Also called:</span> {topic.synonyms.join(', ')}
          </p>
        )}
      </header>
      {topic.summary && <p class="lead">{topic.summary}</p>}
      {groups.length > 1 && (
        <nav class="toc" aria-label="On this page">
          <p class="toc__heading">On this page</p>
          <ul>
            {groups.map((group) => (
              <li>
                <a href={`#${group.id}`}>{group.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.length === 0 && <p class="empty">There are no articles on this topic yet.</p>}
      {groups.map((group) => (
        <section class="topic-section" aria-labelledby={group.id}>
          <h2 id={group.id}>{group.label}</h2>
          <ArticleList site={site} articles={group.articles} showTopic={false} showType={false} showDate={false} />
        </section>
      ))}
    </Layout>,
  );
}

/** Two question types can share a label ("diet", "dietary"); their anchors must not. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
