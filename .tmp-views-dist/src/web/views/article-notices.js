import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "preact/jsx-runtime";
import { displayDate, sameDay } from './format.js';
import { safeExternalUrl } from './site.js';
export const SAMPLE_NOTICE = 'Sample content written for the healthpress demo — not medical advice.';
export function SampleNotice() {
    return (_jsx("div", { class: "notice notice--warning", children: _jsx("p", { children: _jsx("strong", { children: SAMPLE_NOTICE }) }) }));
}
/** Some sources withhold their answer text; the reader still deserves a way to the answer. */
export function LinkOutNotice({ article }) {
    const sourceUrl = safeExternalUrl(article.provenance.sourceUrl);
    const fallback = article.sources.map((source) => ({ ...source, url: safeExternalUrl(source.url) })).find((s) => s.url);
    const url = sourceUrl ?? fallback?.url ?? null;
    const siteName = sourceUrl ? article.provenance.sourceSite : (fallback?.publisher ?? fallback?.title ?? article.provenance.sourceSite);
    return (_jsx("div", { class: "notice notice--info", children: _jsxs("p", { children: ["The answer to this question is not reproduced on this site.", ' ', url ? (_jsxs(_Fragment, { children: ["Read it on ", _jsx("a", { href: url, children: siteName || url }), "."] })) : (_jsxs(_Fragment, { children: ["It is published by ", siteName, "."] }))] }) }));
}
/** Review date first: for health content it says more about trustworthiness than publication. */
export function ArticleDates({ article }) {
    const reviewed = displayDate(article.lastReviewedAt);
    const published = displayDate(article.publishedAt);
    // "Updated" on the day of publication says nothing new.
    const updated = sameDay(article.updatedAt, article.publishedAt) ? null : displayDate(article.updatedAt);
    const rows = [
        { label: 'Last reviewed', date: reviewed },
        { label: 'Updated', date: updated },
        { label: 'Published', date: published },
    ].filter((row) => row.date !== null);
    if (rows.length === 0)
        return null;
    return (_jsx("ul", { class: "article-dates", children: rows.map(({ label, date }) => (_jsxs("li", { children: [label, " ", _jsx("time", { datetime: date?.iso, children: date?.text })] }))) }));
}
//# sourceMappingURL=article-notices.js.map