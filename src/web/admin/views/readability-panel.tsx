import { renderToString } from 'preact-render-to-string';
import type { ReadabilityPanelData } from './view-models.js';

/** SMOG was made for samples of 30 sentences; below that it is a rough guide (docs/editorial-readability.md). */
const SMOG_SAMPLE = 30;

/**
 * The editor's readability panel: the Flesch–Kincaid grade against the site's target, SMOG, and
 * the sentences that raise the grade most. Without JavaScript it shows the saved revision's
 * scores; admin.js asks the server for this same panel as the author types and moves the new
 * score into the polite live region (only the score line is announced, not the list), and the
 * details into theirs. Over or within the target is said in words, never by colour alone.
 */
export function ReadabilityPanel(data: ReadabilityPanelData) {
  return (
    <section class="readability" aria-labelledby="readability-title" data-editor-readability-panel="">
      <h2 id="readability-title">Readability</h2>
      <div class="readability__score" aria-live="polite" aria-atomic="true" data-editor-readability-score="">
        <ReadabilityScore {...data} />
      </div>
      <div data-editor-readability-details="">
        <ReadabilityDetails {...data} />
      </div>
    </section>
  );
}

function ReadabilityScore({ fleschKincaidGrade, target }: ReadabilityPanelData) {
  if (fleschKincaidGrade === null) return <p>No reading grade yet: the body has no sentences to measure.</p>;
  const over = fleschKincaidGrade > target;
  return (
    <p>
      <span class={`badge readability__verdict readability__verdict--${over ? 'over' : 'within'}`}>{over ? 'Over target' : 'Within target'}</span>{' '}
      Reading grade <strong data-editor-readability-grade="">{fleschKincaidGrade.toFixed(1)}</strong> (Flesch–Kincaid); the site's target is grade {target} or
      lower.
    </p>
  );
}

function ReadabilityDetails({ smogGrade, sentences, words, hardest, source, fleschKincaidGrade }: ReadabilityPanelData) {
  return (
    <>
      <p class="field__hint">
        {source.kind === 'saved' ? `Scores of the saved revision ${source.revision}; they follow your typing when JavaScript is on.` : 'Scores of the text as typed (not saved yet).'}
      </p>
      {fleschKincaidGrade !== null && (
        <dl class="readability__figures">
          <div>
            <dt>SMOG grade</dt>
            <dd>
              {smogGrade?.toFixed(1) ?? '—'}
              {sentences < SMOG_SAMPLE && <span class="field__hint"> (a rough guide under {SMOG_SAMPLE} sentences)</span>}
            </dd>
          </div>
          <div>
            <dt>Sentences</dt>
            <dd>{sentences}</dd>
          </div>
          <div>
            <dt>Words</dt>
            <dd>{words}</dd>
          </div>
        </dl>
      )}
      {hardest.length > 0 && (
        <>
          <h3 class="readability__hardest-title">Sentences that raise the grade most</h3>
          <ol class="readability__hardest">
            {hardest.map((sentence) => (
              <li>
                <mark>{sentence.text}</mark>{' '}
                <span class="field__hint">
                  Grade {sentence.grade.toFixed(1)} on its own; without it the article would read {gradesLower(sentence.raises)} lower.
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** "1.4 grades", "0.03 grades": hundredths only where tenths would round a long article's sentences to nothing. */
function gradesLower(raises: number): string {
  const shown = raises >= 0.1 ? raises.toFixed(1) : raises.toFixed(2);
  return `${shown} grade${shown === '1.0' ? '' : 's'}`;
}

/** The panel alone, for admin.js (POST /admin/articles/:id/readability). */
export function renderReadabilityPanel(data: ReadabilityPanelData): string {
  return renderToString(<ReadabilityPanel {...data} />);
}
