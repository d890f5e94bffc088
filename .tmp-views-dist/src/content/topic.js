import { slugify } from './slug.js';
/**
 * Articles from different sources about the same focus share one topic. Names differ only in
 * case and punctuation between sources ("Polycystic kidney disease", "polycystic kidney
 * disease"), so the slug of the name is the topic's identity.
 */
export function topicKey(name) {
    return slugify(name, 120);
}
/** Union of synonym lists, first spelling wins, the topic's own name left out. */
export function mergeSynonyms(name, ...lists) {
    const seen = new Set([name.trim().toLowerCase()]);
    const merged = [];
    for (const list of lists) {
        for (const raw of list) {
            const synonym = raw.trim();
            const key = synonym.toLowerCase();
            if (synonym === '' || seen.has(key))
                continue;
            seen.add(key);
            merged.push(synonym);
        }
    }
    return merged;
}
/** Topic names from sources are often all lowercase; the A–Z index shows them capitalised. */
export function displayTopicName(name) {
    const trimmed = name.trim();
    return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
//# sourceMappingURL=topic.js.map