import { CARE_CARD_LEVEL_LABELS, CARE_CARD_WORDING, type CareCardLevel, type Country } from '../../content/care-card-wording.js';
import { careCardWordingHtml, markdownToPlainText, readCareCards, renderMarkdown } from '../../content/markdown.js';

/** A care card as the JSON APIs give it: what the author wrote and what the site's country adds. */
export interface CareCardJson {
  level: CareCardLevel;
  /** The level in words, as the card's heading starts. */
  levelLabel: string;
  /** The author's heading, or the country's default for the level. */
  heading: string;
  headingIsDefault: boolean;
  /** The country's action line ("Call 999 or go to A&E now."), as text and as sanitized HTML. */
  action: string;
  actionHtml: string;
  /** The card's body as written, and as sanitized HTML. */
  markdown: string;
  bodyHtml: string;
}

/** The care cards of an article body, in order (invalid cards are never stored, so none is left out here). */
export function careCardsJson(bodyMarkdown: string, country: Country): CareCardJson[] {
  if (!bodyMarkdown.includes(':::')) return [];
  return readCareCards(bodyMarkdown).cards.map((card) => {
    const wording = CARE_CARD_WORDING[country][card.level];
    return {
      level: card.level,
      levelLabel: CARE_CARD_LEVEL_LABELS[card.level],
      heading: card.heading ?? wording.heading,
      headingIsDefault: card.heading === null,
      action: markdownToPlainText(wording.action),
      actionHtml: careCardWordingHtml(country, card.level).action,
      markdown: card.markdown,
      bodyHtml: renderMarkdown(card.markdown),
    };
  });
}
