import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { pagePath, Pagination, PaginationHeadLinks } from './pagination.js';
import { renderDocument } from './render.js';
import { paths } from './site.js';
export function renderTagPage(site, data) {
    const { tag, pageNumber, pageCount } = data;
    const basePathForPages = paths.tag(tag.slug);
    const title = pageNumber > 1 ? `${tag.name} (page ${pageNumber} of ${pageCount})` : tag.name;
    const pagination = { site, basePathForPages, pageNumber, pageCount };
    const crumbs = [
        { name: 'Home', path: paths.home() },
        { name: tag.name, path: basePathForPages },
    ];
    return renderDocument(_jsxs(Layout, { site: site, title: title, description: `${plural(tag.articleCount, 'article')} tagged “${tag.name}”.`, canonicalPath: pagePath(basePathForPages, pageNumber), head: _jsx(PaginationHeadLinks, { ...pagination }), children: [_jsx(Breadcrumbs, { site: site, crumbs: crumbs }), _jsxs("header", { class: "page-header", children: [_jsx("p", { class: "eyebrow", children: "Articles tagged" }), _jsx("h1", { children: tag.name }), _jsx("p", { class: "count", children: plural(tag.articleCount, 'article') })] }), _jsx(ArticleList, { site: site, articles: data.page.items, emptyText: "There are no articles with this tag yet." }), _jsx(Pagination, { ...pagination })] }));
}
//# sourceMappingURL=tag-page.js.map