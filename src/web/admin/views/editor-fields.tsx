import { type BodySection, bodySections } from '../../../content/body-sections.js';
import { REVIEW_INTERVAL_DEFAULT_MONTHS, REVIEW_INTERVAL_MAX_MONTHS } from '../../../editorial/review-dates.js';
import { CareCardInsert } from './care-card-insert.js';
import { fieldId, SelectField, TextareaField, TextField } from './form-parts.js';
import { ImageInsert, type ImageInsertPaths } from './image-insert.js';
import type { EditorFields, FieldErrors, Option, SourceFields } from './view-models.js';

/** Without JavaScript the form must still take this many sources; admin.js adds rows on demand. */
export const MIN_SOURCE_ROWS = 3;

export interface EditorFieldsetProps {
  fields: EditorFields;
  revisionNote?: string | undefined;
  errors?: FieldErrors | undefined;
  topics: string[];
  categories: Option[];
  questionTypes: Option[];
  /** A site page: only title, address, summary, body and author (docs/site-pages.md). */
  sitePage?: boolean | undefined;
  /** Id prefix, so two editors on one page (the merge view) keep unique ids. */
  prefix?: string;
  /** "Insert an image" under the body (image-insert.tsx), for whoever may upload images. */
  imageInsert?: ImageInsertPaths | undefined;
}

/**
 * The article's fields, shared by the editor and the conflict page's "merge by hand" form. Names
 * match `EditorFields` (see view-models.ts for how the form POST spells tags and sources).
 */
export function EditorFieldset(props: EditorFieldsetProps) {
  const { fields } = props;
  const errors = props.errors ?? {};
  const prefix = props.prefix ?? 'f';
  const id = (name: string) => fieldId(name, prefix);
  const topicList = `${prefix}-topic-list`;
  return (
    <div class="editor-fields">
      <TextField name="title" id={id('title')} label="Title" value={fields.title} error={errors.title} required inputData={{ 'editor-title': '' }} />
      <input type="hidden" name="slugEdited" value={fields.slugEdited ? 'true' : 'false'} data-editor-slug-edited="" />
      <TextField
        name="slug"
        id={id('slug')}
        label="Web address (slug)"
        hint={props.sitePage
          ? 'Lower-case words joined by hyphens: the page is at /' + (fields.slug || 'slug') + '. Addresses the site uses itself (search, topics, admin…) are refused.'
          : 'Lower-case words joined by hyphens. It follows the title until you edit it by hand; the server makes the final one unique.'}
        value={fields.slug}
        error={errors.slug}
        inputData={{ 'editor-slug': '' }}
      />
      {/* How an article is filed; a site page is filed nowhere (docs/site-pages.md). */}
      {!props.sitePage && <FilingFields {...props} errors={errors} id={id} topicList={topicList} />}
      <TextareaField name="summary" id={id('summary')} label="Summary" hint="One or two sentences shown in listings and search results." value={fields.summary} rows={3} error={errors.summary} />
      <TextareaField
        name="bodyMarkdown"
        id={id('bodyMarkdown')}
        label="Body"
        hint="Markdown: ## for a heading, - for a list item, [text](https://…) for a link; a care card is a list between “:::care-card urgent” (or non-urgent, emergency) and “:::”."
        value={fields.bodyMarkdown}
        rows={24}
        error={errors.bodyMarkdown}
        class="field--body"
      />
      {!props.sitePage && <CareCardInsert prefix={prefix} bodyId={id('bodyMarkdown')} />}
      {props.imageInsert && <ImageInsert prefix={prefix} bodyId={id('bodyMarkdown')} paths={props.imageInsert} />}
      {!props.sitePage && <SourcesFieldset sources={fields.sources} errors={errors} prefix={prefix} bodyMarkdown={fields.bodyMarkdown} />}
      <TextField name="author" id={id('author')} label="Author" value={fields.author} error={errors.author} autocomplete="off" />
      {!props.sitePage && (
        <TextField
          name="reviewIntervalMonths"
          id={id('reviewIntervalMonths')}
          label="Review every N months"
          hint={`A whole number from 1 to ${REVIEW_INTERVAL_MAX_MONTHS}; leave empty for the site's default of ${REVIEW_INTERVAL_DEFAULT_MONTHS} months. The next review falls due this long after the last one.`}
          value={fields.reviewIntervalMonths}
          error={errors.reviewIntervalMonths}
          autocomplete="off"
        />
      )}
      <TextField
        name="revisionNote"
        id={id('revisionNote')}
        label="Revision note (optional)"
        hint="What you changed and why, for the revision history."
        value={props.revisionNote}
        error={errors.revisionNote}
      />
    </div>
  );
}

/** Topic, category, tags and question type: where an article is filed. */
function FilingFields(props: EditorFieldsetProps & { errors: FieldErrors; id: (name: string) => string; topicList: string }) {
  const { fields, errors, id, topicList } = props;
  return (
    <>
      <TextField
        name="topic"
        id={id('topic')}
        label="Topic"
        hint="Pick a topic from the list or type a new one."
        value={fields.topic}
        error={errors.topic}
        list={topicList}
        autocomplete="off"
      />
      <datalist id={topicList}>
        {props.topics.map((topic) => <option value={topic} />)}
      </datalist>
      <SelectField name="category" id={id('category')} label="Category" value={fields.category} options={props.categories} emptyLabel="No category" error={errors.category} />
      <TextField name="tags" id={id('tags')} label="Tags" hint="Separate tags with commas, for example: blood, tiredness." value={fields.tags.join(', ')} error={errors.tags} />
      <SelectField name="questionType" id={id('questionType')} label="Question type" value={fields.questionType} options={props.questionTypes} emptyLabel="Not set" error={errors.questionType} />
    </>
  );
}

function SourcesFieldset({ sources, errors, prefix, bodyMarkdown }: { sources: SourceFields[]; errors: FieldErrors; prefix: string; bodyMarkdown: string }) {
  const empty: SourceFields = { title: '', publisher: '', url: '', accessed: '', doi: '', pmid: '', sections: [] };
  const rows = [...sources];
  while (rows.length < Math.max(MIN_SOURCE_ROWS, sources.length + 1)) rows.push(empty);
  const headings = bodySections(bodyMarkdown);
  return (
    <fieldset class="sources-fieldset" id={fieldId('sources', prefix)} aria-describedby={errors.sources ? `${fieldId('sources', prefix)}-error` : undefined}>
      <legend>Sources</legend>
      <p class="field__hint">
        Where the facts come from. Give a web address, a DOI or a PubMed id (PMID) so readers and reviewers can find it. Leave a row empty to skip it.
      </p>
      {errors.sources && (
        <p class="field__error" id={`${fieldId('sources', prefix)}-error`}>
          <span class="visually-hidden">Error: </span>
          {errors.sources}
        </p>
      )}
      <ol class="sources-rows" data-editor-sources="">
        {rows.map((source, index) => {
          const input = (name: string) => ({ name, id: fieldId(`${name}-${index}`, prefix), error: errors[`${name}-${index}`] });
          return (
            <li class="source-row" data-editor-source-row="">
              <p class="source-row__title">Source {index + 1}</p>
              <TextField {...input('sourceTitle')} label="Title" value={source.title} />
              <TextField {...input('sourcePublisher')} label="Publisher (optional)" value={source.publisher} />
              <TextField {...input('sourceUrl')} label="Web address" hint="Optional when the source has a DOI or PMID." type="url" value={source.url} />
              <TextField {...input('sourceAccessed')} label="Date accessed" type="date" value={source.accessed} />
              <TextField {...input('sourceDoi')} label="DOI (optional)" hint="For example 10.1136/bmj.m1234." value={source.doi} autocomplete="off" />
              <TextField {...input('sourcePmid')} label="PubMed id, PMID (optional)" hint="Digits only." value={source.pmid} autocomplete="off" />
              <SectionChoices source={source} headings={headings} index={index} prefix={prefix} error={errors[`sourceSections-${index}`]} />
            </li>
          );
        })}
      </ol>
      {/* Shown by admin.js: without it, the empty rows above are the way to add sources. */}
      <button type="button" class="button button--secondary" data-editor-add-source="" hidden>
        Add source
      </button>
    </fieldset>
  );
}

/**
 * Which of the body's `##` sections the source supports. A linked section whose heading is gone
 * stays ticked and says so, so saving never drops the link silently (the review panel flags it).
 */
function SectionChoices(props: { source: SourceFields; headings: BodySection[]; index: number; prefix: string; error: string | undefined }) {
  const { source, index, prefix } = props;
  const known = new Set(props.headings.map((h) => h.slug));
  const choices = [
    ...props.headings.map((h) => ({ slug: h.slug, label: h.heading, missing: false })),
    ...source.sections.filter((slug) => !known.has(slug)).map((slug) => ({ slug, label: `${slug} (no longer a heading of the body)`, missing: true })),
  ];
  const id = fieldId(`sourceSections-${index}`, prefix);
  return (
    <fieldset class={`source-row__sections${props.error ? ' field--error' : ''}`} id={id} aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>Sections it supports (optional)</legend>
      {props.error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
      {choices.length === 0 && <p class="field__hint">The body has no “##” headings yet. Save the body, then link its sections here.</p>}
      {choices.map((choice, k) => {
        const choiceId = fieldId(`sourceSection-${k}-${index}`, prefix);
        return (
          <div class="checkbox" {...(choice.missing ? { 'data-editor-missing-section': '' } : {})}>
            <input type="checkbox" id={choiceId} name={`sourceSections-${index}`} value={choice.slug} checked={source.sections.includes(choice.slug)} />
            <label for={choiceId}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
