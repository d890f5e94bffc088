import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { excerpt } from '../../content/excerpt.js';
import { questionTypeRank } from '../../content/question-types.js';
import { slugify } from '../../content/slug.js';
import { displayTopicName } from '../../content/topic.js';
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths } from './site.js';
export function renderTopicPage(site, data) {
    const { topic } = data;
    const name = displayTopicName(topic.name);
    const usedIds = new Set();
    // Reading order (overview, causes, symptoms, ...) whatever order the caller grouped in;
    // the sort is stable, so groups the ranking does not know keep their given order.
    const groups = data.groups
        .filter((group) => group.articles.length > 0)
        .sort((a, b) => questionTypeRank(a.questionType) - questionTypeRank(b.questionType))
        .map((group, index) => ({ ...group, id: uniqueId(`section-${slugify(group.label) || index + 1}`, usedIds) }));
    const count = groups.reduce((sum, group) => sum + group.articles.length, 0);
    const description = excerpt(topic.summary ?? '', 160) || `${name}: ${plural(count, 'article')} on ${name.toLowerCase()}.`;
    return renderDocument(_jsxs(Layout, { site: site, title: name, description: description, canonicalPath: paths.topic(topic.slug), current: "az", children: [_jsx(Breadcrumbs, { site: site, crumbs: data.breadcrumbs }), _jsxs("header", { class: "page-header", children: [_jsx("h1", { children: name }), topic.synonyms.length > 0 && (_jsxs("p", { class: "also-called", children: [_jsx("span", { class: "also-called__label", children: "Also called:" }), " ", topic.synonyms.join(', ')] })), topic.semanticGroup && (_jsxs("p", { class: "topic__group", children: [_jsx("span", { class: "visually-hidden", children: "Type: " }), _jsx("span", { class: "badge", children: topic.semanticGroup })] }))] }), topic.summary && _jsx("p", { class: "lead", children: topic.summary }), groups.length > 1 && (_jsxs("nav", { class: "toc", "aria-label": "On this page", children: [_jsx("p", { class: "toc__heading", children: "On this page" }), _jsx("ul", { children: groups.map((group) => (_jsx("li", { children: _jsx("a", { href: `#${group.id}`, children: group.label }) }))) })] })), groups.length === 0 && _jsx("p", { class: "empty", children: "There are no articles on this topic yet." }), groups.map((group) => (_jsxs("section", { class: "topic-section", "aria-labelledby": group.id, children: [_jsx("h2", { id: group.id, children: group.label }), _jsx(ArticleList, { site: site, articles: group.articles, showTopic: false, showType: false, showDate: false })] })))] }));
}
/** Two question types can share a label ("diet", "dietary"); their anchors must not. */
function uniqueId(base, used) {
    let id = base;
    for (let n = 2; used.has(id); n++)
        id = `${base}-${n}`;
    used.add(id);
    return id;
}
//# sourceMappingURL=topic-page.js.map