import type { CategoryInput } from '../article-ingest.js';

/**
 * The twelve MedQuAD collections. Each folder of the corpus holds one collection, and every
 * document in it names the same `source`; the folder decides the category, the source attribute
 * is the fallback for a folder renamed by whoever unpacked the corpus.
 */
export interface MedquadCollection {
  /** Folder name as the corpus ships it. */
  folder: string;
  /** The document's `source` attribute (`corpus` in the lowercase format). */
  source: string;
  /** Reader-facing name of the publisher, used in citations and link-out pages. */
  publisher: string;
  categoryPath: readonly string[];
  /** The dataset's authors removed every answer of this collection (MedlinePlus copyright). */
  answersRemoved: boolean;
}

export const MEDQUAD_COLLECTIONS: readonly MedquadCollection[] = [
  {
    folder: '1_CancerGov_QA', source: 'CancerGov', publisher: 'National Cancer Institute (cancer.gov)',
    categoryPath: ['Conditions', 'Cancer'], answersRemoved: false,
  },
  {
    folder: '2_GARD_QA', source: 'GARD', publisher: 'Genetic and Rare Diseases Information Center (GARD)',
    categoryPath: ['Conditions', 'Rare diseases'], answersRemoved: false,
  },
  {
    folder: '3_GHR_QA', source: 'GHR', publisher: 'Genetics Home Reference (NLM)',
    categoryPath: ['Conditions', 'Genetic conditions'], answersRemoved: false,
  },
  {
    folder: '4_MPlus_Health_Topics_QA', source: 'MPlusHealthTopics', publisher: 'MedlinePlus Health Topics',
    categoryPath: ['Health topics'], answersRemoved: false,
  },
  {
    folder: '5_NIDDK_QA', source: 'NIDDK',
    publisher: 'National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)',
    categoryPath: ['Conditions', 'Diabetes, digestive and kidney diseases'], answersRemoved: false,
  },
  {
    folder: '6_NINDS_QA', source: 'NINDS',
    publisher: 'National Institute of Neurological Disorders and Stroke (NINDS)',
    categoryPath: ['Conditions', 'Brain and nerves'], answersRemoved: false,
  },
  {
    folder: '7_SeniorHealth_QA', source: 'NIHSeniorHealth', publisher: 'NIHSeniorHealth',
    categoryPath: ['Healthy ageing'], answersRemoved: false,
  },
  {
    folder: '8_NHLBI_QA_XML', source: 'NHLBI', publisher: 'National Heart, Lung, and Blood Institute (NHLBI)',
    categoryPath: ['Conditions', 'Heart, lung and blood'], answersRemoved: false,
  },
  {
    folder: '9_CDC_QA', source: 'CDC', publisher: 'Centers for Disease Control and Prevention (CDC)',
    categoryPath: ['Infections and public health'], answersRemoved: false,
  },
  {
    folder: '10_MPlus_ADAM_QA', source: 'ADAM', publisher: 'A.D.A.M. Medical Encyclopedia (MedlinePlus)',
    categoryPath: ['Medical encyclopedia'], answersRemoved: true,
  },
  {
    folder: '11_MPlusDrugs_QA', source: 'MPlusDrugs', publisher: 'MedlinePlus Drug Information',
    categoryPath: ['Medicines and supplements', 'Medicines'], answersRemoved: true,
  },
  {
    folder: '12_MPlusHerbsSupplements_QA', source: 'MPlusHerbsSupplements',
    publisher: 'MedlinePlus Herbs and Supplements',
    categoryPath: ['Medicines and supplements', 'Herbs and supplements'], answersRemoved: true,
  },
];

/** Folder name → category path (top level first). */
export const MEDQUAD_CATEGORY_PATHS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  MEDQUAD_COLLECTIONS.map((collection) => [collection.folder, collection.categoryPath]),
);

/** One sentence per category, parents included, so the store can describe every level. */
export const MEDQUAD_CATEGORIES: readonly CategoryInput[] = [
  {
    path: ['Conditions'],
    description: 'Diseases and health conditions: what they are, why they happen, and how they are found and treated.',
  },
  {
    path: ['Conditions', 'Cancer'],
    description: 'Types of cancer, how they are diagnosed and staged, and the treatments available, from the National Cancer Institute.',
  },
  {
    path: ['Conditions', 'Rare diseases'],
    description: 'Rare diseases explained by the Genetic and Rare Diseases Information Center, from symptoms to treatment.',
  },
  {
    path: ['Conditions', 'Genetic conditions'],
    description: 'Genetic conditions, the gene changes behind them, how they are inherited and how common they are.',
  },
  {
    path: ['Health topics'],
    description: 'Plain-language overviews of health topics, tests and treatments from MedlinePlus.',
  },
  {
    path: ['Conditions', 'Diabetes, digestive and kidney diseases'],
    description: 'Diabetes, hormone, digestive, liver, kidney and urinary conditions, from the National Institute of Diabetes and Digestive and Kidney Diseases.',
  },
  {
    path: ['Conditions', 'Brain and nerves'],
    description: 'Disorders of the brain, spinal cord and nerves, from the National Institute of Neurological Disorders and Stroke.',
  },
  {
    path: ['Healthy ageing'],
    description: 'Health information written for older adults and the people who care for them, from NIHSeniorHealth.',
  },
  {
    path: ['Conditions', 'Heart, lung and blood'],
    description: 'Heart, lung, blood and sleep disorders, from the National Heart, Lung, and Blood Institute.',
  },
  {
    path: ['Infections and public health'],
    description: 'Infections, parasites, vaccines and other public-health topics, from the Centers for Disease Control and Prevention.',
  },
  {
    path: ['Medical encyclopedia'],
    description: 'Encyclopedia entries on diseases, symptoms, tests and procedures from the A.D.A.M. Medical Encyclopedia.',
  },
  {
    path: ['Medicines and supplements'],
    description: 'Medicines, herbs and dietary supplements: what they are for and how to use them safely.',
  },
  {
    path: ['Medicines and supplements', 'Medicines'],
    description: 'Prescription and over-the-counter medicines: uses, doses, precautions and side effects, from MedlinePlus.',
  },
  {
    path: ['Medicines and supplements', 'Herbs and supplements'],
    description: 'Herbs and dietary supplements: how well they work, how safe they are and what they interact with, from MedlinePlus.',
  },
];

const BY_FOLDER = new Map(MEDQUAD_COLLECTIONS.map((collection) => [collection.folder.toLowerCase(), collection]));
const BY_SOURCE = new Map(MEDQUAD_COLLECTIONS.map((collection) => [collection.source.toLowerCase(), collection]));

/** The collection a file belongs to: by its folder first, then by the document's source. */
export function findCollection(folder: string, source: string | null): MedquadCollection | null {
  return BY_FOLDER.get(folder.toLowerCase()) ?? (source ? BY_SOURCE.get(source.toLowerCase()) : undefined) ?? null;
}
