import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "preact/jsx-runtime";
import { absoluteUrl, sitePath } from './site.js';
/** Page 1 has no query string so it shares one URL with the unpaginated listing. */
export function pagePath(basePathForPages, page) {
    return page <= 1 ? basePathForPages : `${basePathForPages}?page=${page}`;
}
/** Page numbers to show: first, last and a window round the current one; null marks a gap. */
export function pageWindow(current, count, radius = 2) {
    const pages = [];
    for (let page = 1; page <= count; page++) {
        const near = Math.abs(page - current) <= radius;
        if (page === 1 || page === count || near)
            pages.push(page);
        else if (pages[pages.length - 1] !== null)
            pages.push(null);
    }
    return pages;
}
export function Pagination({ site, basePathForPages, pageNumber, pageCount }) {
    if (pageCount <= 1)
        return null;
    const href = (page) => sitePath(site, pagePath(basePathForPages, page));
    return (_jsx("nav", { class: "pagination", "aria-label": "Pagination", children: _jsxs("ul", { children: [pageNumber > 1 && (_jsx("li", { class: "pagination__step", children: _jsxs("a", { href: href(pageNumber - 1), rel: "prev", children: [_jsx("span", { "aria-hidden": "true", children: "\u2190" }), "Previous", _jsx("span", { class: "visually-hidden", children: " page" })] }) })), pageWindow(pageNumber, pageCount).map((page) => page === null ? (_jsx("li", { class: "pagination__gap", "aria-hidden": "true", children: "\u2026" })) : (_jsx("li", { children: _jsxs("a", { href: href(page), "aria-current": page === pageNumber ? 'page' : undefined, children: [_jsx("span", { class: "visually-hidden", children: "Page " }), page] }) }))), pageNumber < pageCount && (_jsx("li", { class: "pagination__step", children: _jsxs("a", { href: href(pageNumber + 1), rel: "next", children: ["Next", _jsx("span", { class: "visually-hidden", children: " page" }), _jsx("span", { "aria-hidden": "true", children: "\u2192" })] }) }))] }) }));
}
/** <link rel=prev/next> for the head; absolute, like the canonical link. */
export function PaginationHeadLinks({ site, basePathForPages, pageNumber, pageCount }) {
    return (_jsxs(_Fragment, { children: [pageNumber > 1 && _jsx("link", { rel: "prev", href: absoluteUrl(site, pagePath(basePathForPages, pageNumber - 1)) }), pageNumber < pageCount && _jsx("link", { rel: "next", href: absoluteUrl(site, pagePath(basePathForPages, pageNumber + 1)) })] }));
}
//# sourceMappingURL=pagination.js.map