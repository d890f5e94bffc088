/** The one place internal paths get the basePath prefix. `path` must start with '/'. */
export function sitePath(site, path) {
    return site.basePath.replace(/\/+$/, '') + path;
}
/** Absolute URL for canonical links, Open Graph and JSON-LD (baseUrl already holds the base). */
export function absoluteUrl(site, path) {
    return site.baseUrl.replace(/\/+$/, '') + path;
}
export function assetPath(site, file) {
    return sitePath(site, `/assets/${file}?v=${encodeURIComponent(site.assetVersion)}`);
}
/**
 * Slugs may hold non-ASCII letters (e.g. Chinese); encoding each segment keeps the href valid
 * while a category slug's '/' stays a path separator.
 */
function encodeSlug(slug) {
    return slug.split('/').map(encodeURIComponent).join('/');
}
export const paths = {
    home: () => '/',
    article: (slug) => `/articles/${encodeSlug(slug)}`,
    topic: (slug) => `/topics/${encodeSlug(slug)}`,
    tag: (slug) => `/tags/${encodeSlug(slug)}`,
    category: (slug) => `/categories/${encodeSlug(slug)}`,
    az: () => '/health-a-z/',
    feed: () => '/feed.xml',
    sitemap: () => '/sitemap.xml',
};
/**
 * Source URLs come from imported data; only http(s) may become an href, so a `javascript:`
 * or protocol-relative value can never reach the page as a link.
 */
export function safeExternalUrl(url) {
    if (!url)
        return null;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=site.js.map