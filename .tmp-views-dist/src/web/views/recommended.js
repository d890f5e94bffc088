import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { excerpt } from '../../content/excerpt.js';
import { paths, sitePath } from './site.js';
/** As many as the legacy site's "Recommend" block showed. */
export const RECOMMENDED_LIMIT = 13;
export function Recommended({ site, articles }) {
    const shown = articles.slice(0, RECOMMENDED_LIMIT);
    if (shown.length === 0)
        return null;
    return (_jsxs("section", { class: "recommended", "aria-labelledby": "recommended-heading", children: [_jsx("h2", { id: "recommended-heading", children: "Recommended" }), _jsx("ul", { class: "recommended__list", children: shown.map((article) => {
                    const summary = excerpt(article.leadText, site.excerptLength);
                    return (_jsxs("li", { class: "recommended__item", children: [_jsx("a", { href: sitePath(site, paths.article(article.slug)), children: article.title }), summary && _jsx("p", { class: "recommended__excerpt", children: summary })] }));
                }) })] }));
}
//# sourceMappingURL=recommended.js.map