/**
 * Care cards' words: how urgent each level is, and what a reader in each country does about it.
 * The author writes a card's level and symptoms; everything here is generated from the level and
 * the site's country (HEALTHPRESS_COUNTRY), so a site moving country changes no article.
 * These are directions to services, never medical facts: the symptoms are the author's.
 */

export const CARE_CARD_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareCardLevel = (typeof CARE_CARD_LEVELS)[number];

export const COUNTRIES = ['uk', 'us'] as const;
export type Country = (typeof COUNTRIES)[number];
export const DEFAULT_COUNTRY: Country = 'uk';

export function isCareCardLevel(value: string): value is CareCardLevel {
  return (CARE_CARD_LEVELS as readonly string[]).includes(value);
}

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

/**
 * The level in words, first in every card's heading: screen readers hear it and print shows it,
 * so the level never rests on colour alone (the NHS care card's wording).
 */
export const CARE_CARD_LEVEL_LABELS: Record<CareCardLevel, string> = {
  'non-urgent': 'Non-urgent advice',
  urgent: 'Urgent advice',
  emergency: 'Immediate action required',
};

export interface CareCardWording {
  /** The heading when the author gives none: a call to action ending "if:", the symptoms follow. */
  heading: string;
  /** The card's last line, in Markdown: a phone number is a `tel:` link. */
  action: string;
}

/** The one table of country wording: a new country is a new column here and in COUNTRIES. */
export const CARE_CARD_WORDING: Record<Country, Record<CareCardLevel, CareCardWording>> = {
  uk: {
    'non-urgent': { heading: 'See a GP or speak to a pharmacist if:', action: 'See a GP, or speak to a pharmacist for advice.' },
    urgent: { heading: 'Ask for an urgent GP appointment or call 111 if:', action: 'Call [111](tel:111) or ask your GP surgery for an urgent appointment.' },
    emergency: { heading: 'Call 999 or go to A&E now if:', action: 'Call [999](tel:999) or go to A&E now.' },
  },
  us: {
    'non-urgent': { heading: 'Make an appointment with your doctor if:', action: "Call your doctor's office to make an appointment." },
    urgent: { heading: 'Call your doctor today or go to urgent care if:', action: "Call your doctor's office today, or go to an urgent care center if you cannot reach them." },
    emergency: { heading: 'Call 911 or go to the emergency room now if:', action: 'Call [911](tel:911) or go to the nearest emergency room now.' },
  },
};
