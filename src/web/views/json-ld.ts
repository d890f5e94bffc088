import type { Article, Source } from '../../content/article.js';
import { doiUrl, isDoi, isPmid, pubmedUrl } from '../../content/source.js';
import { displayTopicName } from '../../content/topic.js';
import { absoluteUrl, paths, safeExternalUrl, type Crumb, type SiteContext } from './site.js';
import { isMedquad, MEDQUAD_CREDIT } from './provenance-credit.js';
import { licenceUrl } from '../../content/licence.js';
import { topicSchemaType } from './topic-schema-type.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };
export type JsonObject = { [key: string]: JsonValue | undefined };

/**
 * JSON for an inline <script>. JSON.stringify alone lets a title such as "</script><script>"
 * end the element early; escaping '<', '>' and '&' as \u escapes keeps the JSON identical
 * for parsers. U+2028/2029 are escaped for old JavaScript parsers that treat them as newlines.
 */
export function serializeJsonLd(value: JsonObject): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function breadcrumbListJsonLd(site: SiteContext, crumbs: Crumb[]): JsonObject {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site, crumb.path),
    })),
  };
}

/**
 * schema.org MedicalWebPage: lets search engines see review dates and what the page is about (typed
 * by the topic's semantic group), who publishes it, and its licence as a URL (none when unknown).
 */
export function articleJsonLd(site: SiteContext, article: Article, crumbs: Crumb[], description: string): JsonObject {
  const url = absoluteUrl(site, paths.article(article.slug));
  const citations: JsonValue[] = article.sources.map(citationJsonLd);
  const basedOn: JsonValue[] = [];
  const sourceUrl = safeExternalUrl(article.provenance.sourceUrl);
  if (sourceUrl) basedOn.push({ '@type': 'WebPage', name: article.provenance.sourceSite, url: sourceUrl });
  if (isMedquad(article.provenance.id)) {
    basedOn.push({ '@type': 'Dataset', name: 'MedQuAD', license: MEDQUAD_CREDIT.licenceUrl, url: MEDQUAD_CREDIT.url });
  }

  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.title,
    headline: article.title,
    description: description || undefined,
    url,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: site.name, url: absoluteUrl(site, paths.home()) },
    publisher: { '@type': 'Organization', name: site.name, url: absoluteUrl(site, paths.home()) },
    about: article.topic ? { '@type': topicSchemaType(article.topic.semanticGroup), name: displayTopicName(article.topic.name) } : undefined,
    lastReviewed: article.lastReviewedAt ?? undefined,
    // Only our reviewers' sign-off: an imported source's own review is provenance, not ours.
    reviewedBy: article.reviewedBy ? { '@type': 'Person', name: article.reviewedBy.name, jobTitle: article.reviewedBy.credential || undefined } : undefined,
    dateModified: article.updatedAt ?? article.publishedAt ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    keywords: article.tags.length > 0 ? article.tags.map((tag) => tag.name).join(', ') : undefined,
    license: licenceUrl(article.provenance.licence, site.licenceUrl ?? null) ?? undefined,
    identifier: article.provenance.id,
    isBasedOn: basedOn.length > 0 ? basedOn : undefined,
    citation: citations.length > 0 ? citations : undefined,
    breadcrumb: crumbs.length > 0 ? breadcrumbListJsonLd(site, crumbs) : undefined,
  };
}

/**
 * A source as schema.org CreativeWork: its DOI and PMID as `identifier` PropertyValues and their
 * resolver links as `sameAs`; `url` is its web address, else the first resolver link.
 */
function citationJsonLd(source: Source): JsonObject {
  const doi = source.doi && isDoi(source.doi) ? source.doi : null;
  const pmid = source.pmid && isPmid(source.pmid) ? source.pmid : null;
  const identifiers: JsonValue[] = [
    ...(doi ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: doi }] : []),
    ...(pmid ? [{ '@type': 'PropertyValue', propertyID: 'PMID', value: pmid }] : []),
  ];
  const sameAs = [...(doi ? [doiUrl(doi)] : []), ...(pmid ? [pubmedUrl(pmid)] : [])];
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: safeExternalUrl(source.url) ?? sameAs[0] ?? undefined,
    publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    identifier: identifiers.length === 0 ? undefined : identifiers.length === 1 ? identifiers[0] : identifiers,
    sameAs: sameAs.length === 0 ? undefined : sameAs.length === 1 ? sameAs[0] : sameAs,
  };
}
