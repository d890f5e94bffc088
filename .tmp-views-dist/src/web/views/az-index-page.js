import { jsx as _jsx, jsxs as _jsxs } from "preact/jsx-runtime";
import { displayTopicName } from '../../content/topic.js';
import { AZ_LETTERS, azLetterOf, azLetterPath, azLetterSlug } from './az.js';
import { LetterNav } from './az-nav.js';
import { Breadcrumbs } from './breadcrumbs.js';
import { plural } from './format.js';
import { Layout } from './layout.js';
import { renderDocument } from './render.js';
import { paths, sitePath } from './site.js';
/** Long synonym lists (some conditions have twenty) would bury the index. */
const SYNONYMS_SHOWN = 6;
export function renderAzIndexPage(site, data) {
    const { currentLetter } = data;
    const groups = groupByLetter(data.entries);
    const heading = currentLetter ? `Health A–Z: ${letterName(currentLetter)}` : 'Health A–Z';
    const crumbs = [{ name: 'Home', path: paths.home() }, { name: 'Health A–Z', path: paths.az() }];
    if (currentLetter)
        crumbs.push({ name: letterName(currentLetter), path: azLetterPath(currentLetter) });
    return renderDocument(_jsxs(Layout, { site: site, title: heading, description: `Health topics${currentLetter ? ` starting with ${letterName(currentLetter)}` : ' from A to Z'}: conditions, symptoms and treatments.`, canonicalPath: currentLetter ? azLetterPath(currentLetter) : paths.az(), current: "az", children: [_jsx(Breadcrumbs, { site: site, crumbs: crumbs }), _jsxs("header", { class: "page-header", children: [_jsx("h1", { children: heading }), _jsx("p", { class: "lead", children: "Find a condition or health topic by the first letter of its name." })] }), _jsx(LetterNav, { site: site, letters: data.letters, currentLetter: currentLetter, inPage: currentLetter === null }), groups.length === 0 && _jsx("p", { class: "empty", children: "There are no topics under this letter yet." }), groups.map(([letter, entries]) => (_jsxs("section", { class: "az-group", "aria-labelledby": `letter-${azLetterSlug(letter)}`, children: [_jsx("h2", { id: `letter-${azLetterSlug(letter)}`, children: letterName(letter) }), _jsx("ul", { class: "az-list", children: entries.map((entry) => (_jsx(AzEntry, { site: site, entry: entry }))) })] })))] }));
}
function AzEntry({ site, entry }) {
    const shown = entry.synonyms.slice(0, SYNONYMS_SHOWN);
    const more = entry.synonyms.length - shown.length;
    return (_jsxs("li", { class: "az-list__item", children: [_jsx("a", { href: sitePath(site, paths.topic(entry.slug)), children: displayTopicName(entry.name) }), ' ', _jsxs("span", { class: "count", children: ["(", plural(entry.articleCount, 'article'), ")"] }), shown.length > 0 && (_jsxs("p", { class: "also-called", children: [_jsx("span", { class: "also-called__label", children: "Also called:" }), " ", shown.join(', '), more > 0 && ` and ${more} more`] }))] }));
}
function letterName(letter) {
    return letter === '#' ? 'Numbers and symbols' : letter;
}
/** Entries keep the caller's order within each letter; letters follow the A–Z bar. */
function groupByLetter(entries) {
    const byLetter = new Map();
    for (const entry of entries) {
        const letter = azLetterOf(entry.name);
        const list = byLetter.get(letter) ?? [];
        list.push(entry);
        byLetter.set(letter, list);
    }
    return AZ_LETTERS.flatMap((letter) => {
        const list = byLetter.get(letter);
        return list ? [[letter, list]] : [];
    });
}
//# sourceMappingURL=az-index-page.js.map