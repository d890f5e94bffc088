import type MarkdownIt from 'markdown-it';
import type { PluginWithParams, StateCore, Token } from 'markdown-it';
import container from 'markdown-it-container';
import { CARE_CARD_LEVEL_LABELS, CARE_CARD_LEVELS, type CareCardLevel, isCareCardLevel } from './care-card-wording.js';

/**
 * Care cards: "when to get help" blocks inside an article's Markdown body (the NHS pattern).
 *
 *     :::care-card urgent Ask for an urgent appointment if:
 *     - a sample symptom
 *     - another sample symptom
 *     :::
 *
 * The opening line names the level (non-urgent, urgent or emergency) and, optionally, the heading;
 * the lines up to a closing `:::` are the card's body, Markdown (usually a list of symptoms).
 * markdown-it-container finds the blocks; the rule below checks them, remembers them in the parse
 * env and gives the renderer what it needs. The card's action line ("Call 999 or go to A&E now")
 * and a missing heading depend on the site's country, so they are written as empty placeholders
 * that `completeCareCards` (markdown.ts) fills when a page is shown: a stored body never holds a
 * country's wording.
 */

/** A card as its author wrote it: what the JSON API and the editor show. */
export interface CareCard {
  level: CareCardLevel;
  /** The author's heading, or null for the country's default. */
  heading: string | null;
  /** The body between the opening and closing lines, as written. */
  markdown: string;
  /** 1-based line of the opening `:::care-card` in the body. */
  line: number;
}

/** What a parse leaves in markdown-it's env: the valid cards and every problem, `line N: …`. */
export interface CareCardEnv {
  careCards?: CareCard[];
  careCardProblems?: string[];
}

/** At most this many bullet points: a card is read in a hurry. Urgent cards may add one catch-all. */
export const MAX_CARE_CARD_BULLETS = 5;
export const MAX_URGENT_CARE_CARD_BULLETS = MAX_CARE_CARD_BULLETS + 1;
export const MAX_CARE_CARD_HEADING_LENGTH = 120;

const CONTAINER = 'care-card';
const OPEN = `container_${CONTAINER}_open`;
const CLOSE = `container_${CONTAINER}_close`;
const LEVEL_CHOICES = 'non-urgent, urgent or emergency';

/** What the checks decided about one card; the renderer reads it from the open and close tokens. */
interface CardMeta {
  /** Null when the card cannot be shown as a card (unknown level, nested): its content renders as plain Markdown. */
  level: CareCardLevel | null;
  heading: string | null;
  headingTag: string;
  id: string;
}

export function careCardPlugin(md: MarkdownIt): void {
  // The plugin's types are written against markdown-it's CommonJS types; the plugin is the same.
  md.use(container as unknown as PluginWithParams, CONTAINER, {
    validate: (params: string) => /^care-card(\s|$)/i.test(params.trim()),
    render: (tokens: Token[], index: number) => renderCardTag(md, tokens[index]!),
  });
  // Last of the core rules: links (linkify included) are known by then.
  md.core.ruler.push('care_cards', checkCareCards);
}

function checkCareCards(state: StateCore): void {
  const env = state.env as CareCardEnv;
  const cards: CareCard[] = (env.careCards = []);
  const problems: string[] = (env.careCardProblems = []);
  // Nearly every body has no directive at all (MedQuAD has none): nothing to look at.
  if (!state.src.includes(':::')) return;
  const lines = state.src.split('\n');
  const tokens = state.tokens;
  let lastHeadingLevel = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open' && token.level === 0) lastHeadingLevel = Number(token.tag.slice(1));
    if (token.type === 'inline') problems.push(...strayMarkers(token, lines));
    if (token.type !== OPEN) continue;
    const close = matchingClose(tokens, i);
    const line = (token.map?.[0] ?? 0) + 1;
    const at = `line ${line}: the care card`;
    const words = token.info.trim().split(/\s+/);
    const levelWord = (words[1] ?? '').toLowerCase();
    const heading = token.info.trim().replace(/^\S+\s*/, '').replace(/^\S+\s*/, '').trim() || null;
    const level = isCareCardLevel(levelWord) ? levelWord : null;
    if (levelWord === '') problems.push(`${at} needs a level: write ":::care-card" then ${LEVEL_CHOICES}`);
    else if (!level) problems.push(`${at} has an unknown level "${words[1]}": use ${LEVEL_CHOICES}`);
    const nested = token.level > 0;
    if (nested) problems.push(`${at} is inside a list, a quote or another care card: start it on a line of its own at the left margin`);
    const end = token.map?.[1] ?? lines.length;
    const closed = end < lines.length && /^\s{0,3}:{3,}\s*$/.test(lines[end] ?? '');
    if (!closed) problems.push(`${at} is not closed: end it with a line of three colons, ":::"`);
    const body = lines.slice(line, end).join('\n').trim();
    if (body === '') problems.push(`${at} is empty: list the symptoms between ":::care-card" and ":::"`);
    if (heading !== null && heading.length > MAX_CARE_CARD_HEADING_LENGTH) {
      problems.push(`${at} has a heading of ${heading.length} characters: at most ${MAX_CARE_CARD_HEADING_LENGTH}, a short call to action`);
    }
    const inside = tokens.slice(i + 1, close);
    if (level) problems.push(...levelRules(at, level, inside, token.level));

    const shown = level !== null && !nested;
    const meta: CardMeta = { level: shown ? level : null, heading, headingTag: cardHeadingTag(lastHeadingLevel), id: `care-card-${count + 1}` };
    if (shown) count++;
    token.meta = meta;
    if (tokens[close]) tokens[close]!.meta = meta;
    if (shown && closed && body !== '') cards.push({ level, heading, markdown: body, line });
  }
}

/** The level's own limits: how many bullet points, and an emergency card's only link being the emergency number. */
function levelRules(at: string, level: CareCardLevel, inside: Token[], cardLevel: number): string[] {
  const problems: string[] = [];
  const bullets = inside.filter((t) => t.type === 'list_item_open' && t.level === cardLevel + 2).length;
  const max = level === 'urgent' ? MAX_URGENT_CARE_CARD_BULLETS : MAX_CARE_CARD_BULLETS;
  if (bullets > max) {
    const allowance = level === 'urgent' ? ` (${MAX_CARE_CARD_BULLETS} and one catch-all on an urgent card)` : '';
    problems.push(`${at} has ${bullets} bullet points: at most ${max}${allowance}`);
  }
  if (level === 'emergency') {
    for (const link of inside.flatMap((t) => t.children ?? []).filter((t) => t.type === 'link_open')) {
      problems.push(`${at} links to "${link.attrGet('href')}": an emergency card links only to emergency services, which the card adds itself`);
    }
  }
  return problems;
}

/** A card's heading sits one level under the section it is in (h2 when no heading comes before it). */
function cardHeadingTag(lastHeadingLevel: number): string {
  if (lastHeadingLevel === 0) return 'h2';
  // Body h1s are shown as h2 (the sanitizer's rule): the title is the page's only h1.
  return `h${Math.min(Math.max(lastHeadingLevel, 2) + 1, 6)}`;
}

function matchingClose(tokens: Token[], openIndex: number): number {
  let depth = 0;
  for (let j = openIndex; j < tokens.length; j++) {
    if (tokens[j]!.type === OPEN) depth++;
    else if (tokens[j]!.type === CLOSE && --depth === 0) return j;
  }
  return tokens.length;
}

/** Lines of text that look like a directive but open or close no card: a typo would otherwise show as text. */
function strayMarkers(inline: Token, lines: string[]): string[] {
  if (!inline.map) return [];
  const problems: string[] = [];
  for (let n = inline.map[0]; n < inline.map[1]; n++) {
    const text = (lines[n] ?? '').trim();
    if (!/^:{3,}/.test(text)) continue;
    if (/^:{3,}$/.test(text)) problems.push(`line ${n + 1}: a closing ":::" with no care card open`);
    else problems.push(`line ${n + 1}: "${text}" is not a care card: write ":::care-card" then ${LEVEL_CHOICES}`);
  }
  return problems;
}

function renderCardTag(md: MarkdownIt, token: Token): string {
  const meta = token.meta as CardMeta | null;
  if (!meta?.level) return '';
  if (token.nesting === -1) {
    return `</div>\n<p class="care-card__action" data-care-card-action="${meta.level}"></p>\n</section>\n`;
  }
  const title = meta.heading === null
    ? `<span class="care-card__title" data-care-card-title="${meta.level}"></span>`
    : `<span class="care-card__title">${md.utils.escapeHtml(meta.heading)}</span>`;
  return (
    `<section class="care-card care-card--${meta.level}" aria-labelledby="${meta.id}">\n` +
    `<${meta.headingTag} class="care-card__heading" id="${meta.id}"><span class="care-card__level">${CARE_CARD_LEVEL_LABELS[meta.level]}:</span> ${title}</${meta.headingTag}>\n` +
    `<div class="care-card__content">\n`
  );
}

/** The classes a card's HTML uses, by tag: the sanitizer keeps these and no others. */
export const CARE_CARD_CLASSES: Record<string, string[]> = {
  section: ['care-card', ...CARE_CARD_LEVELS.map((level) => `care-card--${level}`)],
  div: ['care-card__content'],
  span: ['care-card__level', 'care-card__title'],
  p: ['care-card__action'],
  ...Object.fromEntries(['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, ['care-card__heading']])),
};

/** The only ids a body may carry: a card heading's, which its section is labelled by. */
export const CARE_CARD_ID = /^care-card-\d+$/;
