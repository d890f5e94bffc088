import type { DiffPart, FieldDiff } from './view-models.js';

/**
 * Word-level differences. Added words are <ins>, removed ones <del>, each with visually hidden
 * "added"/"removed" text around it, so the difference is never carried by colour (or by a
 * strike-through screen readers do not announce) alone.
 */
export function DiffText({ parts, side }: { parts: DiffPart[]; side: 'both' | 'before' | 'after' }) {
  return (
    <div class="diff-text">
      {parts.map((part) => {
        if (part.added) {
          if (side === 'before') return null;
          return (
            <ins>
              <span class="visually-hidden">[added: </span>
              {part.value}
              <span class="visually-hidden">]</span>
            </ins>
          );
        }
        if (part.removed) {
          if (side === 'after') return null;
          return (
            <del>
              <span class="visually-hidden">[removed: </span>
              {part.value}
              <span class="visually-hidden">]</span>
            </del>
          );
        }
        return <>{part.value}</>;
      })}
    </div>
  );
}

/**
 * Two versions of each changed field side by side; unchanged fields listed, collapsed, below.
 * `headingLevel` keeps heading order right wherever the list sits.
 */
export function FieldDiffList(props: {
  diffs: FieldDiff[];
  beforeLabel: string;
  afterLabel: string;
  /** 'split': before and after columns (conflicts); 'inline': one text with both marked (revisions). */
  layout: 'split' | 'inline';
}) {
  const changed = props.diffs.filter((diff) => diff.changed);
  const unchanged = props.diffs.filter((diff) => !diff.changed);
  return (
    <div class="diff-list">
      {changed.length === 0 && <p>No field differs.</p>}
      {changed.map((diff) => (
        <section class="diff-field" aria-labelledby={`diff-${diff.field}`}>
          <h3 id={`diff-${diff.field}`}>{diff.label} <span class="diff-field__changed">(changed)</span></h3>
          {props.layout === 'split' ? (
            <div class="diff-columns">
              <div class="diff-column">
                <p class="diff-column__label">{props.beforeLabel}</p>
                <DiffText parts={diff.parts} side="before" />
              </div>
              <div class="diff-column">
                <p class="diff-column__label">{props.afterLabel}</p>
                <DiffText parts={diff.parts} side="after" />
              </div>
            </div>
          ) : (
            <DiffText parts={diff.parts} side="both" />
          )}
        </section>
      ))}
      {unchanged.length > 0 && (
        <details class="diff-unchanged">
          <summary>Unchanged fields ({unchanged.length})</summary>
          <dl>
            {unchanged.map((diff) => (
              <>
                <dt>{diff.label}</dt>
                <dd class="diff-text">{diff.after || '(empty)'}</dd>
              </>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
