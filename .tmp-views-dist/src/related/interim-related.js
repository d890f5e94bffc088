import { questionTypeRank } from '../content/question-types.js';
/**
 * The first "Recommended" ranking: the other articles of the same topic in reading order
 * (overview, causes, symptoms, ...), then articles of the same category by tag overlap, then
 * the newest of the category. A later, content-based recommender replaces it.
 */
export function mergeRelated(sameTopic, byTagOverlap, latestInCategory, excludeId, limit) {
    const topicFirst = [...sameTopic].sort((a, b) => questionTypeRank(a.questionType) - questionTypeRank(b.questionType) || a.id - b.id);
    const chosen = [];
    const seen = new Set([excludeId]);
    for (const candidate of [...topicFirst, ...byTagOverlap, ...latestInCategory]) {
        if (chosen.length >= limit)
            break;
        if (seen.has(candidate.id))
            continue;
        seen.add(candidate.id);
        chosen.push(candidate);
    }
    return chosen;
}
//# sourceMappingURL=interim-related.js.map