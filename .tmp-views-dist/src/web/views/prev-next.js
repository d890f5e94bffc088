import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { paths, sitePath } from './site.js';
export function PrevNext({ site, neighbours }) {
    const { previous, next } = neighbours;
    if (!previous && !next)
        return null;
    return (_jsx("nav", { class: "prev-next", "aria-label": "Previous and next articles", children: _jsxs("ul", { children: [previous && (_jsx("li", { class: "prev-next__prev", children: _jsxs("a", { href: sitePath(site, paths.article(previous.slug)), rel: "prev", children: [_jsx("span", { class: "prev-next__label", children: "Previous article" }), _jsx("span", { class: "prev-next__title", children: previous.title })] }) })), next && (_jsx("li", { class: "prev-next__next", children: _jsxs("a", { href: sitePath(site, paths.article(next.slug)), rel: "next", children: [_jsx("span", { class: "prev-next__label", children: "Next article" }), _jsx("span", { class: "prev-next__title", children: next.title })] }) }))] }) }));
}
//# sourceMappingURL=prev-next.js.map