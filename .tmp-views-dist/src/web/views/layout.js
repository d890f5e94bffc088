import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { absoluteUrl, assetPath, paths, sitePath } from './site.js';
export function Layout(props) {
    const { site } = props;
    const fullTitle = `${props.title} · ${site.name}`;
    const canonical = props.canonicalPath === undefined ? null : absoluteUrl(site, props.canonicalPath);
    return (_jsxs("html", { lang: "en", children: [_jsxs("head", { children: [_jsx("meta", { charset: "utf-8" }), _jsx("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }), _jsx("title", { children: fullTitle }), _jsx("meta", { name: "description", content: props.description }), props.noindex && _jsx("meta", { name: "robots", content: "noindex" }), _jsx("meta", { name: "color-scheme", content: "light dark" }), _jsx("link", { rel: "stylesheet", href: assetPath(site, 'site.css') }), _jsx("link", { rel: "icon", type: "image/svg+xml", href: assetPath(site, 'favicon.svg') }), _jsx("link", { rel: "alternate", type: "application/atom+xml", title: `${site.name} – latest articles`, href: sitePath(site, paths.feed()) }), canonical && _jsx("link", { rel: "canonical", href: canonical }), _jsx("meta", { property: "og:site_name", content: site.name }), _jsx("meta", { property: "og:title", content: props.title }), _jsx("meta", { property: "og:description", content: props.description }), _jsx("meta", { property: "og:type", content: props.ogType ?? 'website' }), canonical && _jsx("meta", { property: "og:url", content: canonical }), _jsx("meta", { property: "og:locale", content: "en_GB" }), props.head] }), _jsxs("body", { children: [_jsx("a", { class: "skip-link", href: "#main", children: "Skip to main content" }), _jsx(SiteHeader, { site: site, current: props.current ?? null }), _jsx("main", { id: "main", tabIndex: -1, children: _jsx("div", { class: "container", children: props.children }) }), _jsx(SiteFooter, { site: site })] })] }));
}
function SiteHeader({ site, current }) {
    const items = [
        { section: 'home', label: 'Home', path: paths.home() },
        { section: 'az', label: 'Health A–Z', path: paths.az() },
        // The home page lists every category; a separate index page would repeat it.
        { section: 'categories', label: 'Categories', path: '/#categories' },
    ];
    return (_jsx("header", { class: "site-header", children: _jsxs("div", { class: "container site-header__inner", children: [_jsxs("a", { class: "site-name", href: sitePath(site, paths.home()), children: [_jsx("span", { class: "site-name__mark", "aria-hidden": "true" }), site.name] }), _jsx("nav", { class: "site-nav", "aria-label": "Main", children: _jsx("ul", { children: items.map((item) => (_jsx("li", { children: _jsx("a", { href: sitePath(site, item.path), "aria-current": current === item.section ? 'page' : undefined, children: item.label }) }))) }) })] }) }));
}
function SiteFooter({ site }) {
    return (_jsx("footer", { class: "site-footer", children: _jsxs("div", { class: "container", children: [_jsx("p", { class: "site-footer__disclaimer", children: "Health information on this site is for general education and is not a substitute for advice from a doctor." }), _jsxs("ul", { class: "site-footer__links", children: [_jsx("li", { children: _jsx("a", { href: sitePath(site, paths.az()), children: "Health A\u2013Z" }) }), _jsx("li", { children: _jsx("a", { href: sitePath(site, paths.feed()), children: "Latest articles feed (Atom)" }) }), _jsx("li", { children: _jsx("a", { href: sitePath(site, paths.sitemap()), children: "Sitemap" }) })] })] }) }));
}
//# sourceMappingURL=layout.js.map