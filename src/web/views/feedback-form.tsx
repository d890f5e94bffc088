import { FEEDBACK_COMMENT_MAX } from '../../editorial/reader-feedback.js';
import { paths, sitePath, type SiteContext } from './site.js';

/**
 * "Is this page helpful?" under an article: a plain form that posts without JavaScript (the
 * server answers with a thank-you page); feedback.js, when it runs, shows the comment box only
 * after "No" and sends the answer without leaving the page. Nothing in it is per reader (no
 * token, no cookie), so the article page stays one cached page for everyone.
 */
export function FeedbackForm({ site, slug }: { site: SiteContext; slug: string }) {
  return (
    <section class="feedback" id="feedback" aria-labelledby="feedback-heading">
      <form class="feedback__form" method="post" action={sitePath(site, paths.articleFeedback(slug))} data-feedback="">
        <fieldset class="feedback__question">
          <legend class="feedback__legend">
            <h2 id="feedback-heading" class="feedback__heading">Is this page helpful?</h2>
          </legend>
          <div class="feedback__choices">
            <div class="feedback__choice">
              <input type="radio" id="feedback-yes" name="helpful" value="yes" required />
              <label for="feedback-yes">Yes</label>
            </div>
            <div class="feedback__choice">
              <input type="radio" id="feedback-no" name="helpful" value="no" required />
              <label for="feedback-no">No</label>
            </div>
          </div>
        </fieldset>
        <div class="feedback__comment" data-feedback-comment="">
          <label class="feedback__label" for="feedback-comment">What was wrong or missing? (optional)</label>
          <p class="feedback__hint" id="feedback-comment-hint">
            At most {FEEDBACK_COMMENT_MAX} characters. We cannot reply, and we do not record who sends feedback: please do not include your name,
            contact details or anything about your own health.
          </p>
          <textarea class="feedback__textarea" id="feedback-comment" name="comment" rows={4} maxLength={FEEDBACK_COMMENT_MAX} aria-describedby="feedback-comment-hint" />
        </div>
        <button class="feedback__button" type="submit">Send feedback</button>
        <p class="feedback__message" data-feedback-message="" role="status" />
      </form>
    </section>
  );
}
