/**
 * Small regex probes for the view tests. The views' output is our own, well-formed markup,
 * so these stay simple; they are not a general HTML parser.
 */
/** Every href and src value, entity-decoded for &amp; only (the only entity Preact emits in URLs). */
export function urlAttributes(html) {
    return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
}
/** The markup of the first element with this opening-tag fragment, up to its matching close. */
export function elementWith(html, tag, attributeFragment) {
    const start = html.search(new RegExp(`<${tag}\\b[^>]*${escapeRegExp(attributeFragment)}`));
    if (start === -1)
        return null;
    const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
    pattern.lastIndex = start;
    let depth = 0;
    for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
        depth += match[0].startsWith('</') ? -1 : 1;
        if (depth === 0)
            return html.slice(start, match.index + match[0].length);
    }
    return null;
}
export function jsonLdBlocks(html) {
    return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
}
export function textOf(fragment) {
    return decodeEntities(fragment.replace(/<[^>]*>/g, ''));
}
export function decodeEntities(text) {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
}
export function count(html, pattern) {
    return [...html.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].length;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
//# sourceMappingURL=html-probe.js.map