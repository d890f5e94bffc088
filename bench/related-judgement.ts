// How the offline quality measure judges one recommendation, from MedQuAD's own UMLS annotations
// of the two articles' topics (bench/related-quality.ts; the definition is in docs/benchmarks.md).

export interface JudgedArticle {
  topicId: number | null;
  cuis: string[];
  types: string[];
}

/**
 * own: the article's own topic. cui: another topic sharing a UMLS concept (the same condition under
 * another name or from another source). type: another topic sharing a UMLS semantic type.
 * unrelated: both annotated, nothing shared. unknown: either side has no annotation to judge by.
 */
export type Judgement = 'own' | 'cui' | 'type' | 'unrelated' | 'unknown';

/** Same-topic entries a reader is served by; more crowd out related topics (issue 4: "at most a few"). */
export const USEFUL_OWN_TOPIC = 3;

const overlaps = (a: string[], b: string[]) => a.some((x) => b.includes(x));
export const annotated = (a: JudgedArticle) => a.cuis.length > 0 || a.types.length > 0;

export function judge(source: JudgedArticle, target: JudgedArticle): Judgement {
  if (source.topicId !== null && source.topicId === target.topicId) return 'own';
  if (!annotated(source) || !annotated(target)) return 'unknown';
  if (overlaps(source.cuis, target.cuis)) return 'cui';
  return overlaps(source.types, target.types) ? 'type' : 'unrelated';
}

export interface ListMeasure {
  lists: number;
  entries: number;
  onTopic: number;
  sameKind: number;
  usefulAtLength: number;
  /** The same with no cap on same-topic entries: plain precision at `length`. */
  precisionAtLength: number;
  ownTopicHit: number;
  ownTopicEntries: number;
  topicsPerList: number;
  otherSameKind: number;
}

/**
 * Scores every list of `lists` (source key → recommended keys). Per-entry shares leave out the
 * entries that cannot be judged; "useful at length" counts, per list of `length` slots, the
 * same-topic entries up to USEFUL_OWN_TOPIC and every other-topic entry sharing a CUI or a
 * semantic type — an empty slot, a judgeable miss or a fourth same-topic entry is not useful.
 * Lists of sources without annotations are left out of both.
 */
export function measureLists(
  lists: Map<string, string[]>,
  info: Map<string, JudgedArticle>,
  topicSizes: Map<number, number>,
  length: number,
): ListMeasure {
  let judged = 0, entries = 0, onTopic = 0, sameKind = 0, useful = 0, precision = 0, hitBase = 0, hits = 0;
  let ownEntries = 0, topics = 0, otherEntries = 0, otherSameKind = 0, judgedLists = 0;
  for (const [key, list] of lists) {
    const source = info.get(key);
    if (!source) continue;
    const targets = list.map((p) => info.get(p)).filter((t): t is JudgedArticle => t !== undefined);
    const verdicts = targets.map((target) => judge(source, target));
    judged++;
    entries += targets.length;
    topics += new Set(targets.map((t) => t.topicId)).size;
    const own = verdicts.filter((v) => v === 'own').length;
    ownEntries += own;
    if (source.topicId !== null && (topicSizes.get(source.topicId) ?? 0) > 1) {
      hitBase++;
      if (own > 0) hits++;
    }
    const known = verdicts.filter((v) => v !== 'unknown');
    // A source without annotations has nothing to judge its list by (3.6 % of MedQuAD's answers).
    if (annotated(source) && known.length) {
      judgedLists++;
      const related = known.filter((v) => v === 'cui' || v === 'type').length;
      onTopic += known.filter((v) => v === 'own' || v === 'cui').length / known.length;
      sameKind += (own + related) / known.length;
      const slots = length - (targets.length - known.length);
      useful += (Math.min(own, USEFUL_OWN_TOPIC) + related) / slots;
      precision += (own + related) / slots;
      const others = known.filter((v) => v !== 'own' && v !== 'cui');
      otherEntries += others.length;
      otherSameKind += others.filter((v) => v === 'type').length;
    }
  }
  return {
    lists: judged,
    entries: entries / judged,
    onTopic: onTopic / judgedLists,
    sameKind: sameKind / judgedLists,
    usefulAtLength: useful / judgedLists,
    precisionAtLength: precision / judgedLists,
    ownTopicHit: hits / hitBase,
    ownTopicEntries: ownEntries / judged,
    topicsPerList: topics / judged,
    otherSameKind: otherSameKind / Math.max(1, otherEntries),
  };
}
