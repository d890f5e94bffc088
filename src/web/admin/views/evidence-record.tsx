import type { SourceEvidenceEntry } from './view-models.js';

/**
 * Each source of the working revision with the date the last sign-off checked it and what a
 * reviewer should look at again. Every flag is a sentence after the word "Check:", never a colour.
 */
export function EvidenceRecord({ sources, timeText }: { sources: SourceEvidenceEntry[]; timeText: (iso: string) => string }) {
  const flagged = sources.filter((source) => source.flags.length > 0).length;
  return (
    <div class="evidence" data-evidence-record="" data-flagged={String(flagged)}>
      <h3 id="evidence-title">Evidence record</h3>
      {sources.length === 0 ? (
        <p>This revision cites no sources.</p>
      ) : (
        <>
          <p>{flagged === 0 ? 'Every source was checked at the last sign-off and nothing needs attention.' : `${flagged} of ${sources.length} sources need attention.`}</p>
          <ul class="evidence__list" aria-labelledby="evidence-title">
            {sources.map((source) => (
              <li data-source-key={source.key} data-flags={source.flags.map((flag) => flag.code).join(' ')}>
                <strong>{source.title}</strong>
                {source.publisher && <> · {source.publisher}</>}
                {' · '}
                {source.checkedAt ? <>checked {timeText(source.checkedAt)}</> : 'not checked'}
                {source.sections.length > 0 && <> · supports: {source.sections.map((section) => section.heading ?? section.slug).join(', ')}</>}
                {source.flags.length > 0 && (
                  <ul class="evidence__flags">
                    {source.flags.map((flag) => (
                      <li data-flag={flag.code}><strong>Check:</strong> {flag.message}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
