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
    genetic_changes: 'Genetic changes',
    'when to contact a medical professional': 'When to see a doctor',
    research: 'Research and clinical trials',
    considerations: 'Considerations',
    stages: 'Stages',
    'support groups': 'Support groups',
    'how can i learn more': 'Learn more',
    dosage: 'Dosage',
    'side effects': 'Side effects',
    usage: 'How to use it',
    indication: 'What it is used for',
    'storage and disposal': 'Storage and disposal',
    'severe reaction': 'Severe reactions',
    'forget a dose': 'If you miss a dose',
    precautions: 'Precautions',
    'special instructions': 'Special instructions',
    interactions_with_foods: 'Interactions with food',
    interactions_with_herbs_and_supplements: 'Interactions with herbs and supplements',
    interactions_with_medications: 'Interactions with medicines',
    effectiveness: 'Effectiveness',
    'brand names': 'Brand names',
    'brand names of combination products': 'Combination products',
    'emergency or overdose': 'Emergency or overdose',
    'other information': 'Other information',
    contraindication: 'When not to use it',
    'dietary': 'Diet',
    'diet': 'Diet',
};
/** The order an encyclopedia entry reads in: what it is, why, how you notice, what to do. */
const READING_ORDER = [
    'information', 'frequency', 'causes', 'genetic_changes', 'inheritance', 'susceptibility',
    'symptoms', 'exams and tests', 'stages', 'treatment', 'prevention', 'complications', 'outlook',
    'when to contact a medical professional', 'considerations', 'support groups', 'research',
    'how can i learn more',
];
export function questionTypeLabel(type) {
    if (!type)
        return 'Other';
    const label = LABELS[type.toLowerCase()];
    if (label)
        return label;
    const words = type.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}
export function questionTypeRank(type) {
    const index = type ? READING_ORDER.indexOf(type.toLowerCase()) : -1;
    return index === -1 ? READING_ORDER.length : index;
}
export function normalizeQuestionType(raw) {
    const value = (raw ?? '').trim().toLowerCase();
    return value === '' ? null : value;
}
//# sourceMappingURL=question-types.js.map