import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "preact/jsx-runtime";
import { excerpt } from '../../content/excerpt.js';
import { questionTypeLabel } from '../../content/question-types.js';
import { displayTopicName } from '../../content/topic.js';
import { ArticleDates, LinkOutNotice, SampleNotice } from './article-notices.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { articleJsonLd, serializeJsonLd } from './json-ld.js';
import { Layout } from './layout.js';
import { PrevNext } from './prev-next.js';
import { Recommended } from './recommended.js';
import { renderDocument } from './render.js';
import { paths, sitePath } from './site.js';
import { Sources } from './sources.js';
/** Long enough for a search snippet, short enough not to be truncated mid-word by it. */
const DESCRIPTION_LENGTH = 160;
export function renderArticlePage(site, data) {
    const { article } = data;
    const description = excerpt(article.leadText, DESCRIPTION_LENGTH) || article.title;
    const jsonLd = serializeJsonLd(articleJsonLd(site, article, data.breadcrumbs, description));
    const head = (_jsxs(_Fragment, { children: [article.publishedAt && _jsx("meta", { property: "article:published_time", content: article.publishedAt }), article.updatedAt && _jsx("meta", { property: "article:modified_time", content: article.updatedAt }), article.tags.map((tag) => (_jsx("meta", { property: "article:tag", content: tag.name }))), _jsx("script", { type: "application/ld+json", dangerouslySetInnerHTML: { __html: jsonLd } })] }));
    return renderDocument(_jsxs(Layout, { site: site, title: article.title, description: description, canonicalPath: paths.article(article.slug), ogType: "article", head: head, children: [_jsx(Breadcrumbs, { site: site, crumbs: data.breadcrumbs }), _jsxs("article", { class: "article", "data-provenance-id": article.provenance.id, children: [_jsxs("header", { class: "article__header", children: [_jsx(ArticleKicker, { site: site, article: article }), _jsx("h1", { children: article.title }), _jsx(ArticleDates, { article: article })] }), article.isSample && _jsx(SampleNotice, {}), !article.hasAnswer && _jsx(LinkOutNotice, { article: article }), article.bodyHtml.trim() !== '' && (
                    // bodyHtml is sanitised when it is stored; it is the only unescaped HTML on the page.
                    _jsx("div", { class: "prose article__body", dangerouslySetInnerHTML: { __html: article.bodyHtml } })), article.tags.length > 0 && (_jsxs("section", { class: "tags", "aria-labelledby": "tags-heading", children: [_jsx("h2", { id: "tags-heading", class: "tags__heading", children: "Tags" }), _jsx("ul", { class: "tags__list", children: article.tags.map((tag) => (_jsx("li", { children: _jsx("a", { href: sitePath(site, paths.tag(tag.slug)), children: tag.name }) }))) })] })), _jsx(Sources, { article: article })] }), _jsx(PrevNext, { site: site, neighbours: data.neighbours }), _jsx(Recommended, { site: site, articles: data.related })] }));
}
/** Topic and question type above the title, so a reader landing from search sees the context. */
function ArticleKicker({ site, article }) {
    if (!article.topic && !article.questionType)
        return null;
    return (_jsxs("p", { class: "article__kicker", children: [article.topic && (_jsxs("a", { href: sitePath(site, paths.topic(article.topic.slug)), children: [_jsx("span", { class: "visually-hidden", children: "Topic: " }), displayTopicName(article.topic.name)] })), article.topic && article.questionType && _jsx("span", { "aria-hidden": "true", children: " \u00B7 " }), article.questionType && _jsx("span", { class: "article__type", children: questionTypeLabel(article.questionType) })] }));
}
//# sourceMappingURL=article-page.js.map