import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { ArticleList } from './article-list.js';
import { LetterNav } from './az-nav.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, sitePath } from './site.js';
export function renderHomePage(site, data) {
    const summary = `${plural(data.stats.articles, 'article')} on ${plural(data.stats.topics, 'health topic')}`;
    return renderDocument(_jsxs(Layout, { site: site, title: "Health information", description: `Plain-language health information: ${summary}, from conditions and symptoms to treatments.`, canonicalPath: paths.home(), current: "home", children: [_jsxs("header", { class: "page-header home-intro", children: [_jsx("h1", { children: "Find health information" }), _jsxs("p", { class: "lead", children: ["Plain-language articles on conditions, symptoms and treatments. ", summary, "."] })] }), _jsxs("section", { class: "home-section", "aria-labelledby": "az-heading", children: [_jsx("h2", { id: "az-heading", children: "Health A\u2013Z" }), _jsx(LetterNav, { site: site, letters: data.letters, currentLetter: null, inPage: false }), _jsx("p", { children: _jsx("a", { href: sitePath(site, paths.az()), children: "Browse all health topics" }) })] }), data.topCategories.length > 0 && (_jsxs("section", { class: "home-section", id: "categories", "aria-labelledby": "categories-heading", children: [_jsx("h2", { id: "categories-heading", children: "Browse by category" }), _jsx("ul", { class: "category-grid", children: data.topCategories.map((category) => (_jsx(CategoryCard, { site: site, category: category, subcategories: childrenOf(category, data.allCategories) }))) })] })), _jsxs("section", { class: "home-section", "aria-labelledby": "latest-heading", children: [_jsx("h2", { id: "latest-heading", children: "Latest articles" }), _jsx(ArticleList, { site: site, articles: data.latest, emptyText: "No articles have been published yet." })] })] }));
}
function CategoryCard({ site, category, subcategories }) {
    return (_jsxs("li", { class: "category-card", children: [_jsx("h3", { children: _jsx("a", { href: sitePath(site, paths.category(category.slug)), children: category.name }) }), _jsx("p", { class: "count", children: plural(category.articleCount, 'article') }), category.description && _jsx("p", { class: "category-card__description", children: category.description }), subcategories.length > 0 && (_jsx("ul", { class: "category-card__children", children: subcategories.map((child) => (_jsx("li", { children: _jsx("a", { href: sitePath(site, paths.category(child.slug)), children: child.name }) }))) }))] }));
}
function childrenOf(parent, all) {
    return all.filter((node) => node.parentId === parent.id).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
//# sourceMappingURL=home-page.js.map