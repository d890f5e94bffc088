import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "preact/jsx-runtime";
import { isMedquad, MEDQUAD_CREDIT } from './provenance-credit.js';
import { safeExternalUrl } from './site.js';
/** Citations, then where this copy of the text came from and under which licence. */
export function Sources({ article }) {
    const { provenance } = article;
    const sourceUrl = safeExternalUrl(provenance.sourceUrl);
    return (_jsxs("section", { class: "sources", "aria-labelledby": "sources-heading", children: [_jsx("h2", { id: "sources-heading", children: "Sources" }), article.sources.length > 0 && (_jsx("ul", { class: "sources__list", children: article.sources.map((source) => {
                    const url = safeExternalUrl(source.url);
                    return (_jsxs("li", { children: [url ? _jsx("a", { href: url, children: source.title }) : source.title, source.publisher && _jsxs("span", { class: "sources__publisher", children: [" \u2014 ", source.publisher] })] }));
                }) })), _jsxs("p", { class: "credit", children: ["Source: ", provenance.sourceSite, sourceUrl && (_jsxs(_Fragment, { children: [", ", _jsx("a", { class: "credit__url", href: sourceUrl, children: sourceUrl })] })), provenance.licence && _jsxs(_Fragment, { children: [". Licence: ", provenance.licence] }), ".", isMedquad(provenance.id) && (_jsxs(_Fragment, { children: [' ', "Dataset: ", _jsx("a", { href: MEDQUAD_CREDIT.url, children: MEDQUAD_CREDIT.text }), "."] }))] }), _jsxs("p", { class: "provenance-id", "data-provenance-id": provenance.id, children: ["Content ID: ", _jsx("code", { children: provenance.id })] })] }));
}
//# sourceMappingURL=sources.js.map