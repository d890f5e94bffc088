import type { ArticleSummary } from '../../content/article.js';
import { leadExcerpt } from '../../content/excerpt.js';
import { questionTypeLabel } from '../../content/question-types.js';
import { displayTopicName } from '../../content/topic.js';
import { displayDate } from './format.js';
import { paths, sitePath, type SiteContext } from './site.js';

export interface ArticleListProps {
  site: SiteContext;
  articles: ArticleSummary[];
  /** Topic pages already name the topic; repeating it on every item is noise. */
  showTopic?: boolean;
  /** Off where the list is already grouped by question type. */
  showType?: boolean;
  showDate?: boolean;
  /** Shown in a list's place so an empty page still says something. */
  emptyText?: string;
}

/** The listing used by category, tag, topic and home pages. */
export function ArticleList(props: ArticleListProps) {
  const { site, articles, showTopic = true, showType = true, showDate = true, emptyText } = props;
  if (articles.length === 0) return emptyText ? <p class="empty">{emptyText}</p> : null;
  return (
    <ul class="article-list">
      {articles.map((article) => {
        const summary = leadExcerpt(article, site.excerptLength);
        const published = showDate ? displayDate(article.publishedAt) : null;
        const topic = showTopic && article.topicName ? displayTopicName(article.topicName) : null;
        const type = showType && article.questionType ? questionTypeLabel(article.questionType) : null;
        return (
          <li class="article-list__item">
            <a class="article-list__title" href={sitePath(site, paths.article(article.slug))}>
              {article.title}
            </a>
            {(topic || type || published) && (
              <p class="article-list__meta">
                {topic && <span>{topic}</span>}
                {type && <span>{type}</span>}
                {published && <time datetime={published.iso}>{published.text}</time>}
              </p>
            )}
            {summary && <p class="article-list__excerpt">{summary}</p>}
          </li>
        );
      })}
    </ul>
  );
}
