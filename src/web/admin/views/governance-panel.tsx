import type { SiteContext } from '../../views/site.js';
import { adminPaths } from './admin-paths.js';
import { Button, PostForm } from './form-parts.js';
import { EvidenceRecord } from './evidence-record.js';
import { displayDateTime } from './format.js';
import type { GovernancePanelData } from './view-models.js';

export type { GovernancePanelData, TimelineEntry } from './view-models.js';

const ACTION_LABEL: Record<string, string> = {
  submit: 'Submitted for review', request_changes: 'Changes requested', approve: 'Signed off clinically', schedule: 'Scheduled',
  unschedule: 'Schedule cancelled', publish: 'Published', unpublish: 'Unpublished', archive: 'Archived', unarchive: 'Unarchived',
  'signoff-voided': 'Sign-off voided by a clinical change', 'schedule-held': 'Scheduled publication held',
};

/** A time as the site's readers and editors read it, in the site's time zone. */
export function zonedText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A review date (a day, or a timestamp's day) as editors read it: 1 Sept 2026. */
function dayText(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(date.length === 10 ? `${date}T00:00:00.000Z` : date));
}

export function GovernancePanel({ site, csrfToken, data }: { site: SiteContext; csrfToken: string; data: GovernancePanelData }) {
  const action = adminPaths.articleWorkflow(data.articleId);
  const { latest, standing } = data.signoff;
  return (
    <section class="governance" aria-labelledby="governance-title">
      <h2 id="governance-title">Review and publishing</h2>
      <div class={`notice ${standing === 'current' ? 'notice--success' : 'notice--warning'}`} data-signoff-standing={standing}>
        {standing === 'none' && <p><strong>Not signed off.</strong> No clinical reviewer has signed this article's content off.</p>}
        {latest && (
          <p>
            <strong>{standing === 'current' ? 'Signed off' : 'Sign-off voided'}:</strong> {latest.reviewerName} ({latest.credential}) signed revision {latest.revision} off
            on {zonedText(latest.signedAt, data.timeZone)}.
            {standing === 'voided' && ' The title, summary, body or sources changed since, so a reviewer must sign the latest revision off.'}
          </p>
        )}
        {data.reviewRequiredReason && <p data-review-required="">Publishing needs a clinical sign-off first: {data.reviewRequiredReason}.</p>}
      </div>
      {data.sourceReviewedBy && (
        <p data-source-reviewer="">
          The source says it was reviewed by {data.sourceReviewedBy.name}
          {data.sourceReviewedBy.credential ? ` (${data.sourceReviewedBy.credential})` : ''}. That is the source's provenance, not a sign-off
          by one of our reviewers, and readers are not shown it.
        </p>
      )}
      {data.review && (
        <dl class="governance__review" data-review-dates="">
          <div><dt>Last reviewed</dt><dd>{data.review.lastReviewedAt ? dayText(data.review.lastReviewedAt) : 'Never'}</dd></div>
          <div><dt>Next review due</dt><dd>{data.review.nextReviewDue ? dayText(data.review.nextReviewDue) : 'After its first review'}</dd></div>
          <div><dt>Review every</dt><dd>{data.review.intervalMonths} months{data.review.siteDefault ? " (the site's default)" : ''}</dd></div>
        </dl>
      )}
      {data.schedule && (
        <div class={`notice ${data.schedule.held ? 'notice--warning' : ''}`} data-schedule="">
          {data.schedule.publishAt && <p><strong>Scheduled:</strong> publishes {zonedText(data.schedule.publishAt, data.timeZone)}.</p>}
          {data.schedule.unpublishAt && <p>Unpublishes {zonedText(data.schedule.unpublishAt, data.timeZone)}.</p>}
          {data.schedule.held && <p role="alert"><strong>Held:</strong> {data.schedule.held}</p>}
        </div>
      )}
      <EvidenceRecord sources={data.sources} timeText={(iso) => zonedText(iso, data.timeZone)} />
      {data.may.approve && (
        <PostForm site={site} action={action} csrfToken={csrfToken} class="governance__form" label="Clinical sign-off">
          <h3>Sign off revision {data.revision}</h3>
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="revision" value={String(data.revision)} />
          <p class="field__hint">You confirm the whole page is clinically accurate. Readers see your name, your credential and today's date.</p>
          <div class="field">
            <label for="g-reviewer-name">Your name as readers see it</label>
            <input id="g-reviewer-name" name="reviewerName" required maxLength={120} value={data.reviewer.name} autocomplete="name" />
          </div>
          <div class="field">
            <label for="g-credential">Credential</label>
            <span class="field__hint" id="g-credential-hint">For example "GP" or "Registered nurse".</span>
            <input id="g-credential" name="credential" required maxLength={120} value={data.reviewer.credential} aria-describedby="g-credential-hint" />
          </div>
          {data.sources.length > 0 && (
            <fieldset class="field">
              <legend>Sources you checked</legend>
              <span class="field__hint">Tick each source you checked against the page today; the evidence record keeps the date. A source left unticked is flagged.</span>
              {data.sources.map((source, index) => (
                <div class="checkbox">
                  <input type="checkbox" id={`g-source-${index}`} name="checkedSources" value={source.key} />
                  <label for={`g-source-${index}`}>{source.title}{source.publisher && ` (${source.publisher})`}</label>
                </div>
              ))}
            </fieldset>
          )}
          <div class="field">
            <label for="g-signoff-note">Note (optional)</label>
            <textarea id="g-signoff-note" name="note" rows={2} maxLength={2000} />
          </div>
          <Button>Sign off revision {data.revision}</Button>
        </PostForm>
      )}
      {data.may.requestChanges && (
        <PostForm site={site} action={action} csrfToken={csrfToken} class="governance__form" label="Request changes">
          <h3>Request changes</h3>
          <input type="hidden" name="intent" value="request_changes" />
          <input type="hidden" name="baseRevision" value={String(data.revision)} />
          <div class="field">
            <label for="g-changes-note">What should change</label>
            <textarea id="g-changes-note" name="note" rows={3} required maxLength={2000} />
          </div>
          <Button variant="secondary">Send back to the writer</Button>
        </PostForm>
      )}
      {data.may.schedule && (
        <PostForm site={site} action={action} csrfToken={csrfToken} class="governance__form" label="Schedule">
          <h3>Schedule publication</h3>
          <input type="hidden" name="intent" value="schedule" />
          <input type="hidden" name="baseRevision" value={String(data.revision)} />
          <p class="field__hint">Times are in the site's time zone, {data.timeZone}.</p>
          <div class="field">
            <label for="g-publish-at">Publish at</label>
            <input id="g-publish-at" name="publishAt" type="datetime-local" required />
          </div>
          <div class="field">
            <label for="g-unpublish-at">Unpublish at (optional)</label>
            <input id="g-unpublish-at" name="unpublishAt" type="datetime-local" />
          </div>
          <Button variant="secondary">Schedule</Button>
        </PostForm>
      )}
      <div class="button-row">
        {data.may.unschedule && <StepButton site={site} csrfToken={csrfToken} action={action} intent="unschedule" label="Cancel the schedule" revision={data.revision} />}
        {data.may.archive && <StepButton site={site} csrfToken={csrfToken} action={action} intent="archive" label="Archive" revision={data.revision} warning />}
        {data.may.unarchive && <StepButton site={site} csrfToken={csrfToken} action={action} intent="unarchive" label="Unarchive" revision={data.revision} />}
      </div>
      <h3 id="timeline-title">Timeline</h3>
      {data.timeline.length === 0 ? (
        <p>No review steps yet.</p>
      ) : (
        <ol class="timeline" aria-labelledby="timeline-title">
          {data.timeline.map((entry) => {
            const when = displayDateTime(entry.at);
            return (
              <li>
                <strong>{ACTION_LABEL[entry.action] ?? entry.action}</strong> by {entry.actor}
                {when && <> · <time dateTime={when.iso}>{zonedText(entry.at, data.timeZone)}</time></>}
                {entry.revision !== null && <> · revision {entry.revision}</>}
                {entry.comment && <blockquote class="timeline__comment">{entry.comment}</blockquote>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function StepButton(props: { site: SiteContext; csrfToken: string; action: string; intent: string; label: string; revision: number; warning?: boolean }) {
  return (
    <PostForm site={props.site} action={props.action} csrfToken={props.csrfToken} class="inline-form">
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="baseRevision" value={String(props.revision)} />
      <Button variant={props.warning ? 'warning' : 'secondary'}>{props.label}</Button>
    </PostForm>
  );
}
