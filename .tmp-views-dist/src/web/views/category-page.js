import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { ArticleList } from './article-list.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { pagePath, Pagination, PaginationHeadLinks } from './pagination.js';
import { renderDocument } from './render.js';
import { paths, sitePath } from './site.js';
export function renderCategoryPage(site, data) {
    const { category, pageNumber, pageCount } = data;
    // Page numbers in the title keep search results and browser history for pages apart.
    const title = pageNumber > 1 ? `${category.name} (page ${pageNumber} of ${pageCount})` : category.name;
    const description = category.description ?? `${plural(category.articleCount, 'article')} about ${category.name.toLowerCase()}.`;
    const pagination = { site, basePathForPages: data.basePathForPages, pageNumber, pageCount };
    return renderDocument(_jsxs(Layout, { site: site, title: title, description: description, canonicalPath: pagePath(data.basePathForPages, pageNumber), current: "categories", head: _jsx(PaginationHeadLinks, { ...pagination }), children: [_jsx(Breadcrumbs, { site: site, crumbs: data.breadcrumbs }), _jsxs("header", { class: "page-header", children: [_jsx("h1", { children: category.name }), category.description && _jsx("p", { class: "lead", children: category.description })] }), data.subcategories.length > 0 && (_jsxs("section", { class: "subcategories", "aria-labelledby": "subcategories-heading", children: [_jsx("h2", { id: "subcategories-heading", children: "Subcategories" }), _jsx("ul", { class: "link-grid", children: data.subcategories.map((sub) => (_jsxs("li", { children: [_jsx("a", { href: sitePath(site, paths.category(sub.slug)), children: sub.name }), ' ', _jsxs("span", { class: "count", children: ["(", plural(sub.articleCount, 'article'), ")"] })] }))) })] })), _jsxs("section", { class: "listing", "aria-labelledby": "articles-heading", children: [_jsxs("h2", { id: "articles-heading", children: ["Articles ", _jsxs("span", { class: "count", children: ["(", plural(data.page.total, 'article'), ")"] })] }), _jsx(ArticleList, { site: site, articles: data.page.items, emptyText: "There are no articles in this category yet." }), _jsx(Pagination, { ...pagination })] })] }));
}
//# sourceMappingURL=category-page.js.map