/**
 * A licence as a URL, for machines (JSON-LD `license`). Provenance keeps the licence as the source
 * gave it ("CC BY 4.0"; "healthpress" for what this site wrote, under the site's own terms), which
 * reads well on the page; schema.org wants a URL. Pure: a Creative Commons name maps to its deed,
 * a URL stays itself, the site's own content takes the site's licence URL when one is set, and
 * anything else ("Public domain (U.S. government work)", "Unknown") gives none rather than a guess.
 */
export const OWN_CONTENT_LICENCE = 'healthpress';

const CREATIVE_COMMONS = /^(?:CC|Creative Commons)[\s-]+(BY(?:[\s-](?:NC|SA|ND))*)[\s-]+(\d\.\d)(?:\s+International)?$/i;
const CC_ZERO = /^CC[\s-]?0(?:[\s-]+1\.0)?(?:\s+Universal)?$/i;

export function licenceUrl(licence: string, siteLicenceUrl: string | null = null): string | null {
  const text = licence.trim();
  if (text === OWN_CONTENT_LICENCE) return siteLicenceUrl;
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  if (CC_ZERO.test(text)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  const cc = CREATIVE_COMMONS.exec(text);
  if (!cc) return null;
  const kind = cc[1]!.toLowerCase().split(/[\s-]+/).join('-');
  return `https://creativecommons.org/licenses/${kind}/${cc[2]}/`;
}
