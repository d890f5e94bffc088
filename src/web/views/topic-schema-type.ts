/**
 * The schema.org type of what an article is about, from its topic's UMLS semantic group
 * (McCray et al.'s 15 groups; MedQuAD stores them by name, e.g. "Disorders", and the group's
 * four-letter code is accepted too). A disorder is a MedicalCondition; a pregnancy (Physiology)
 * is not, so groups schema.org has no medical type for are MedicalEntity, and groups outside
 * medicine Thing. Unknown or missing: MedicalEntity, the least it can be on a health site.
 * Procedures are MedicalProcedure: telling a test (MedicalTest) from them needs semantic types,
 * which the article's topic does not carry.
 */
export type TopicSchemaType = 'MedicalCondition' | 'Drug' | 'MedicalProcedure' | 'AnatomicalStructure' | 'MedicalDevice' | 'MedicalEntity' | 'Thing';

const BY_GROUP: Record<string, TopicSchemaType> = {
  diso: 'MedicalCondition', disorders: 'MedicalCondition',
  chem: 'Drug', 'chemicals & drugs': 'Drug', 'chemicals and drugs': 'Drug',
  proc: 'MedicalProcedure', procedures: 'MedicalProcedure',
  anat: 'AnatomicalStructure', anatomy: 'AnatomicalStructure',
  devi: 'MedicalDevice', devices: 'MedicalDevice',
  phys: 'MedicalEntity', physiology: 'MedicalEntity',
  phen: 'MedicalEntity', phenomena: 'MedicalEntity',
  gene: 'MedicalEntity', 'genes & molecular sequences': 'MedicalEntity', 'genes and molecular sequences': 'MedicalEntity',
  livb: 'MedicalEntity', 'living beings': 'MedicalEntity',
  acti: 'Thing', 'activities & behaviors': 'Thing', 'activities and behaviors': 'Thing',
  conc: 'Thing', 'concepts & ideas': 'Thing', 'concepts and ideas': 'Thing',
  geog: 'Thing', 'geographic areas': 'Thing',
  objc: 'Thing', objects: 'Thing',
  occu: 'Thing', occupations: 'Thing',
  orga: 'Thing', organizations: 'Thing',
};

export function topicSchemaType(semanticGroup: string | null): TopicSchemaType {
  if (semanticGroup === null) return 'MedicalEntity';
  return BY_GROUP[semanticGroup.trim().toLowerCase()] ?? 'MedicalEntity';
}
