import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { excerpt } from '../../content/excerpt.js';
import { questionTypeLabel } from '../../content/question-types.js';
import { displayTopicName } from '../../content/topic.js';
import { displayDate } from './format.js';
import { paths, sitePath } from './site.js';
/** The listing used by category, tag, topic and home pages. */
export function ArticleList(props) {
    const { site, articles, showTopic = true, showType = true, showDate = true, emptyText } = props;
    if (articles.length === 0)
        return emptyText ? _jsx("p", { class: "empty", children: emptyText }) : null;
    return (_jsx("ul", { class: "article-list", children: articles.map((article) => {
            const summary = excerpt(article.leadText, site.excerptLength);
            const published = showDate ? displayDate(article.publishedAt) : null;
            const topic = showTopic && article.topicName ? displayTopicName(article.topicName) : null;
            const type = showType && article.questionType ? questionTypeLabel(article.questionType) : null;
            return (_jsxs("li", { class: "article-list__item", children: [_jsx("a", { class: "article-list__title", href: sitePath(site, paths.article(article.slug)), children: article.title }), (topic || type || published) && (_jsxs("p", { class: "article-list__meta", children: [topic && _jsx("span", { children: topic }), type && _jsx("span", { children: type }), published && _jsx("time", { datetime: published.iso, children: published.text })] })), summary && _jsx("p", { class: "article-list__excerpt", children: summary })] }));
        }) }));
}
//# sourceMappingURL=article-list.js.map