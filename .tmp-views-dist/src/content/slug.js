/**
 * URL slugs: lowercase ASCII words joined by hyphens. Accented Latin letters lose their accents;
 * text with no Latin letters at all (e.g. Chinese) keeps its letters, which browsers percent-encode.
 */
export function slugify(text, maxLength = 80) {
    const folded = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/['’]/g, '')
        .replace(/&/g, ' and ');
    let slug = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
    if (slug.length > maxLength) {
        const cut = slug.slice(0, maxLength);
        const lastHyphen = cut.lastIndexOf('-');
        slug = lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
        slug = slug.replace(/-+$/g, '');
    }
    return slug;
}
/** `base`, `base-2`, `base-3`, ...: the slugs to try, in order, until one is free. */
export function* slugCandidates(base) {
    const start = base === '' ? 'article' : base;
    yield start;
    for (let n = 2;; n++)
        yield `${start}-${n}`;
}
//# sourceMappingURL=slug.js.map