/**
 * Ranking-quality metrics for the search evaluation. Judgments grade an article 0–3; for the
 * binary metrics (P@1, MRR, MAP) an article is relevant at grade 2 or more, nDCG uses the
 * grades themselves (gain 2^grade − 1).
 */
export type Judgments = Readonly<Record<string, number>>;

export const RELEVANT_GRADE = 2;
export const CUTOFF = 10;

export interface QueryMetrics {
  p1: number;
  mrr: number;
  map: number;
  ndcg: number;
}

export function evaluateRanking(ranked: readonly string[], judgments: Judgments, cutoff = CUTOFF): QueryMetrics {
  const top = ranked.slice(0, cutoff);
  const relevant = (id: string) => (judgments[id] ?? 0) >= RELEVANT_GRADE;
  const relevantCount = Object.values(judgments).filter((g) => g >= RELEVANT_GRADE).length;

  const firstRelevant = top.findIndex(relevant);
  let hits = 0;
  let precisionSum = 0;
  top.forEach((id, i) => {
    if (!relevant(id)) return;
    hits++;
    precisionSum += hits / (i + 1);
  });

  const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(judgments).sort((a, b) => b - a).slice(0, cutoff));
  return {
    p1: top.length > 0 && relevant(top[0]!) ? 1 : 0,
    mrr: firstRelevant === -1 ? 0 : 1 / (firstRelevant + 1),
    map: relevantCount === 0 ? 0 : precisionSum / Math.min(relevantCount, cutoff),
    ndcg: ideal === 0 ? 0 : dcg(top.map((id) => judgments[id] ?? 0)) / ideal,
  };
}

export function meanMetrics(all: readonly QueryMetrics[]): QueryMetrics {
  const mean = (key: keyof QueryMetrics) => (all.length === 0 ? 0 : all.reduce((s, m) => s + m[key], 0) / all.length);
  return { p1: mean('p1'), mrr: mean('mrr'), map: mean('map'), ndcg: mean('ndcg') };
}
