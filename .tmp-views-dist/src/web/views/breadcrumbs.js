import { jsx as _jsx } from "preact/jsx-runtime";
import { sitePath } from './site.js';
export function Breadcrumbs({ site, crumbs }) {
    if (crumbs.length === 0)
        return null;
    const last = crumbs.length - 1;
    return (_jsx("nav", { class: "breadcrumbs", "aria-label": "Breadcrumb", children: _jsx("ol", { children: crumbs.map((crumb, index) => (_jsx("li", { children: index === last ? (_jsx("span", { "aria-current": "page", children: crumb.name })) : (_jsx("a", { href: sitePath(site, crumb.path), children: crumb.name })) }))) }) }));
}
//# sourceMappingURL=breadcrumbs.js.map