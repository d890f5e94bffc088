/**
 * Question types, named as MedQuAD names them: lower case, words separated by single spaces
 * ("exams and tests", "genetic changes"). That spelling is the canonical one — importers store it,
 * search cues name it, and the topic page looks labels and reading order up by it.
 * Unknown types from an importer are kept as given, so the type is an open string.
 */
export type QuestionType = string;

/** The 39 question types of MedQuAD, every one an importer can produce from that corpus. */
export const MEDQUAD_QUESTION_TYPES = [
  'information', 'causes', 'symptoms', 'treatment', 'prevention', 'outlook', 'exams and tests',
  'inheritance', 'genetic changes', 'susceptibility', 'frequency', 'complications',
  'when to contact a medical professional', 'research', 'support groups', 'stages',
  'considerations', 'dietary', 'dose', 'usage', 'indication', 'side effects', 'severe reaction',
  'forget a dose', 'emergency or overdose', 'storage and disposal', 'precautions',
  'important warning', 'contraindication', 'brand names', 'brand names of combination products',
  'interactions with medications', 'interactions with foods',
  'interactions with herbs and supplements', 'how effective is it', 'how does it work',
  'why get vaccinated', 'how can i learn more', 'other information',
] as const;

export type MedquadQuestionType = (typeof MEDQUAD_QUESTION_TYPES)[number];

const LABELS = {
  information: 'Overview',
  causes: 'Causes',
  symptoms: 'Symptoms',
  'exams and tests': 'Exams and tests',
  treatment: 'Treatment',
  prevention: 'Prevention',
  outlook: 'Outlook',
  complications: 'Complications',
  susceptibility: 'Who is at risk',
  frequency: 'How common it is',
  inheritance: 'Inheritance',
  'genetic changes': 'Genetic changes',
  'when to contact a medical professional': 'When to see a doctor',
  research: 'Research and clinical trials',
  considerations: 'Considerations',
  stages: 'Stages',
  'support groups': 'Support groups',
  'how can i learn more': 'Learn more',
  dose: 'Dosage',
  'side effects': 'Side effects',
  usage: 'How to use it',
  indication: 'What it is used for',
  'storage and disposal': 'Storage and disposal',
  'severe reaction': 'Severe reactions',
  'forget a dose': 'If you miss a dose',
  precautions: 'Precautions',
  'important warning': 'Important warning',
  'interactions with foods': 'Interactions with food',
  'interactions with herbs and supplements': 'Interactions with herbs and supplements',
  'interactions with medications': 'Interactions with medicines',
  'how effective is it': 'Effectiveness',
  'how does it work': 'How does it work',
  'why get vaccinated': 'Why get vaccinated',
  'brand names': 'Brand names',
  'brand names of combination products': 'Combination products',
  'emergency or overdose': 'Emergency or overdose',
  'other information': 'Other information',
  contraindication: 'When not to use it',
  dietary: 'Diet',
} satisfies Record<MedquadQuestionType, string>;

const LABEL_OF: ReadonlyMap<string, string> = new Map(Object.entries(LABELS));

/** The order an encyclopedia entry reads in: what it is, why, how you notice, what to do. */
export const READING_ORDER: readonly MedquadQuestionType[] = [
  'information', 'frequency', 'causes', 'genetic changes', 'inheritance', 'susceptibility',
  'symptoms', 'exams and tests', 'stages', 'treatment', 'prevention', 'complications', 'outlook',
  'when to contact a medical professional', 'considerations', 'support groups', 'research',
  'how can i learn more',
];

const RANK_OF: ReadonlyMap<string, number> = new Map(READING_ORDER.map((type, index) => [type, index]));

export function questionTypeLabel(type: QuestionType | null): string {
  const key = normalizeQuestionType(type);
  if (!key) return 'Other';
  const label = LABEL_OF.get(key);
  if (label) return label;
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** Position in the reading order; types outside it come after, all at one rank. */
export function questionTypeRank(type: QuestionType | null): number {
  const key = normalizeQuestionType(type);
  return (key === null ? undefined : RANK_OF.get(key)) ?? READING_ORDER.length;
}

/**
 * The canonical spelling: trimmed, lower case, underscores and runs of white space as one space,
 * so a Markdown author's `genetic_changes` is stored as MedQuAD's "genetic changes".
 */
export function normalizeQuestionType(raw: string | null | undefined): QuestionType | null {
  const value = (raw ?? '').replace(/[\s_]+/g, ' ').trim().toLowerCase();
  return value === '' ? null : value;
}
