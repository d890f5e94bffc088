import { CareCardInsert } from './care-card-insert.js';
import { fieldId, SelectField, TextareaField, TextField } from './form-parts.js';
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
      {!props.sitePage && <SourcesFieldset sources={fields.sources} errors={errors} prefix={prefix} />}
      <TextField name="author" id={id('author')} label="Author" value={fields.author} error={errors.author} autocomplete="off" />
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

function SourcesFieldset({ sources, errors, prefix }: { sources: SourceFields[]; errors: FieldErrors; prefix: string }) {
  const empty: SourceFields = { title: '', publisher: '', url: '' };
  const rows = [...sources];
  while (rows.length < Math.max(MIN_SOURCE_ROWS, sources.length + 1)) rows.push(empty);
  return (
    <fieldset class="sources-fieldset" id={fieldId('sources', prefix)} aria-describedby={errors.sources ? `${fieldId('sources', prefix)}-error` : undefined}>
      <legend>Sources</legend>
      <p class="field__hint">Where the facts come from. Leave a row empty to skip it.</p>
      {errors.sources && (
        <p class="field__error" id={`${fieldId('sources', prefix)}-error`}>
          <span class="visually-hidden">Error: </span>
          {errors.sources}
        </p>
      )}
      <ol class="sources-rows" data-editor-sources="">
        {rows.map((source, index) => (
          <li class="source-row" data-editor-source-row="">
            <p class="source-row__title">Source {index + 1}</p>
            <TextField name="sourceTitle" id={fieldId(`sourceTitle-${index}`, prefix)} label="Title" value={source.title} error={errors[`sourceTitle-${index}`]} />
            <TextField name="sourcePublisher" id={fieldId(`sourcePublisher-${index}`, prefix)} label="Publisher (optional)" value={source.publisher} error={errors[`sourcePublisher-${index}`]} />
            <TextField name="sourceUrl" id={fieldId(`sourceUrl-${index}`, prefix)} label="Web address" type="url" value={source.url} error={errors[`sourceUrl-${index}`]} />
          </li>
        ))}
      </ol>
      {/* Shown by admin.js: without it, the empty rows above are the way to add sources. */}
      <button type="button" class="button button--secondary" data-editor-add-source="" hidden>
        Add source
      </button>
    </fieldset>
  );
}
