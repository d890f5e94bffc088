import { type Kysely, sql } from 'kysely';
import type { ArticleFeedback, FeedbackStore, FeedbackTotals } from '../../editorial/feedback-store.js';
import type { FeedbackAnswer, FeedbackComment, FeedbackTally } from '../../editorial/reader-feedback.js';
import type { Database } from '../schema.js';

const commentFromRow = (row: { helpful: number; comment: string | null; day: string }): FeedbackComment =>
  ({ helpful: Number(row.helpful) === 1, comment: row.comment ?? '', day: row.day });

// Sums as numbers on both databases (PostgreSQL's sum and count are bigint, which pg returns as text).
const yesCount = sql<number>`coalesce(sum(helpful), 0)`;
const noCount = sql<number>`coalesce(sum(1 - helpful), 0)`;

/** Reader feedback on SQLite and PostgreSQL: one row per answer, counted on read. */
export class KyselyFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(answer: FeedbackAnswer): Promise<boolean> {
    // insert … select: the published check and the write are one statement, so no race between them.
    const result = await this.db
      .insertInto('article_feedback')
      .columns(['article_id', 'helpful', 'comment', 'day'])
      .expression((eb) =>
        eb.selectFrom('articles')
          .select([
            'id',
            eb.val(answer.helpful ? 1 : 0).as('helpful'),
            eb.cast<string | null>(eb.val(answer.comment), 'text').as('comment'),
            eb.cast<string>(eb.val(answer.day), 'text').as('day'),
          ])
          .where('id', '=', answer.articleId)
          .where('status', '=', 'published'),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async forArticle(articleId: number, commentLimit: number): Promise<ArticleFeedback> {
    const [counts, comments] = await Promise.all([
      this.db
        .selectFrom('article_feedback')
        .select([yesCount.as('yes'), noCount.as('no'), sql<number>`count(comment)`.as('with_comment')])
        .where('article_id', '=', articleId)
        .executeTakeFirstOrThrow(),
      this.commentsAfter(articleId, null, commentLimit),
    ]);
    return { yes: Number(counts.yes), no: Number(counts.no), commentCount: Number(counts.with_comment), comments };
  }

  async sinceLastReview(minAnswers: number): Promise<FeedbackTally[]> {
    const rows = await this.db
      .selectFrom('article_feedback as f')
      .innerJoin('articles as a', 'a.id', 'f.article_id')
      .select(['f.article_id', sql<number>`coalesce(sum(f.helpful), 0)`.as('yes'), sql<number>`coalesce(sum(1 - f.helpful), 0)`.as('no')])
      .where('a.status', '=', 'published')
      // last_reviewed_at is a date or a timestamp: its first ten characters are the day either way.
      .where((eb) => eb.or([eb('a.last_reviewed_at', 'is', null), eb('f.day', '>', sql<string>`substr(a.last_reviewed_at, 1, 10)`)]))
      .groupBy('f.article_id')
      .having(sql`count(*)`, '>=', minAnswers)
      .orderBy('f.article_id')
      .execute();
    return rows.map((row) => ({ articleId: Number(row.article_id), yes: Number(row.yes), no: Number(row.no) }));
  }

  async commentsAfter(articleId: number, afterDay: string | null, limit: number): Promise<FeedbackComment[]> {
    let query = this.db
      .selectFrom('article_feedback')
      .select(['helpful', 'comment', 'day'])
      .where('article_id', '=', articleId)
      .where('comment', 'is not', null);
    if (afterDay !== null) query = query.where('day', '>', afterDay);
    const rows = await query.orderBy('day', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(commentFromRow);
  }

  async totals(): Promise<FeedbackTotals> {
    const row = await this.db
      .selectFrom('article_feedback')
      .select([yesCount.as('yes'), noCount.as('no'), sql<number>`count(distinct article_id)`.as('articles')])
      .executeTakeFirstOrThrow();
    return { yes: Number(row.yes), no: Number(row.no), articles: Number(row.articles) };
  }
}
