import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, sitePath } from './site.js';
const COPY = {
    404: {
        title: 'Page not found',
        text: 'We could not find the page you were looking for. It may have moved, or the address may have a typing error.',
    },
    500: {
        title: 'Sorry, something went wrong',
        text: 'There is a problem on our side. Please try again in a few minutes.',
    },
};
/** Deliberately takes no error object: nothing about the failure can leak into the page. */
export function renderErrorPage(site, data) {
    const copy = COPY[data.status];
    return renderDocument(_jsxs(Layout, { site: site, title: copy.title, description: copy.text, noindex: true, children: [_jsx("header", { class: "page-header", children: _jsx("h1", { children: copy.title }) }), _jsxs("div", { class: "prose", children: [_jsx("p", { children: copy.text }), _jsx("p", { children: "You can:" }), _jsxs("ul", { children: [_jsx("li", { children: _jsx("a", { href: sitePath(site, paths.home()), children: "go to the home page" }) }), _jsx("li", { children: _jsx("a", { href: sitePath(site, paths.az()), children: "find a topic in the Health A\u2013Z" }) })] }), _jsx("p", { children: "If you need medical help, contact a doctor or your local health service." })] })] }));
}
//# sourceMappingURL=error-page.js.map