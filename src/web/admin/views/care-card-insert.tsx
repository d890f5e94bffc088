import { CARE_CARD_LEVEL_LABELS, CARE_CARD_LEVELS } from '../../../content/care-card-wording.js';
import { MAX_CARE_CARD_BULLETS, MAX_URGENT_CARE_CARD_BULLETS } from '../../../content/care-cards.js';
import { fieldId } from './form-parts.js';

/**
 * "Insert a care card" under the body: a level, an optional heading and the symptoms, which
 * public/care-card-insert.js writes into the body as a `:::care-card` block (docs/editorial.md).
 * Its fields have no names, so the form never sends them; without JavaScript it stays hidden and
 * the syntax is typed by hand (the body's hint says how).
 */
export function CareCardInsert({ prefix, bodyId }: { prefix: string; bodyId: string }) {
  const id = (name: string) => fieldId(`careCard-${name}`, prefix);
  return (
    <details class="care-card-insert" data-care-card-insert="" data-body={bodyId} hidden>
      <summary>Insert a care card</summary>
      <p class="field__hint">
        A "when to get help" box. The site adds the number to call and what to do, for its country; you write the symptoms.
      </p>
      <div class="field">
        <label class="field__label" for={id('level')}>How urgent</label>
        <select class="field__input field__select" id={id('level')} data-care-card-level="">
          {CARE_CARD_LEVELS.map((level) => <option value={level}>{CARE_CARD_LEVEL_LABELS[level]} ({level})</option>)}
        </select>
      </div>
      <div class="field">
        <label class="field__label" for={id('heading')}>Heading (optional)</label>
        <p class="field__hint" id={`${id('heading')}-hint`}>A call to action ending in "if:". Left empty, the site's standard heading for the level is used.</p>
        <input class="field__input" type="text" id={id('heading')} aria-describedby={`${id('heading')}-hint`} autocomplete="off" data-care-card-heading="" />
      </div>
      <div class="field">
        <label class="field__label" for={id('symptoms')}>Symptoms, one per line</label>
        <p class="field__hint" id={`${id('symptoms')}-hint`}>
          At most {MAX_CARE_CARD_BULLETS} ({MAX_URGENT_CARE_CARD_BULLETS} on an urgent card, the last a catch-all). An emergency card takes no links.
        </p>
        <textarea class="field__input field__textarea" id={id('symptoms')} rows={5} aria-describedby={`${id('symptoms')}-hint`} data-care-card-symptoms="" />
      </div>
      <p class="button-row">
        <button type="button" class="button button--secondary" data-care-card-insert-button="">Insert into the body</button>
      </p>
      <p class="care-card-insert__status" role="status" aria-live="polite" data-care-card-insert-status=""></p>
    </details>
  );
}
