import type { ComponentChildren } from 'preact';
import { sitePath, type SiteContext } from '../../views/site.js';
import type { FieldErrors, Option } from './view-models.js';

/**
 * The admin's form building blocks. Every field has a visible <label for>, an optional hint and
 * error tied to it by aria-describedby, and aria-invalid when it has an error (GOV.UK's pattern);
 * the error summary at the top links to each field by its id.
 */

/** The id of the input named `name`; the error summary links to `#` + this. */
export function fieldId(name: string, prefix = 'f'): string {
  return `${prefix}-${name}`;
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A POST form that always carries the CSRF field. `action` is without the base path. */
export function PostForm(props: {
  site: SiteContext;
  action: string;
  csrfToken: string;
  class?: string;
  id?: string;
  label?: string;
  children: ComponentChildren;
  /** data-* attributes for admin.js. */
  data?: Record<string, string>;
}) {
  const data = Object.fromEntries(Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return (
    <form method="post" action={sitePath(props.site, props.action)} class={props.class} id={props.id} aria-label={props.label} {...data}>
      <CsrfField token={props.csrfToken} />
      {props.children}
    </form>
  );
}

/**
 * "There is a problem" with a link to each field in error, in `order` (unknown keys last). It
 * takes focus-worthy role="alert" only when rendered after a submission, which is the only time it exists.
 */
export function ErrorSummary({ errors, order = [], prefix = 'f' }: { errors?: FieldErrors; order?: readonly string[]; prefix?: string }) {
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  if (entries.length === 0) return null;
  const rank = (name: string) => {
    const index = order.indexOf(name.replace(/-\d+$/, '').replace(/^source(Title|Publisher|Url|Accessed|Doi|Pmid|Sections)$/, 'sources'));
    return index === -1 ? order.length : index;
  };
  entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" class="error-summary__title">There is a problem</h2>
      <ul class="error-summary__list">
        {entries.map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name, prefix)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Defaults to fieldId(name); repeated rows pass their own. */
  id?: string;
  disabled?: boolean;
  class?: string;
}

function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldProps & { id: string; children: ComponentChildren }) {
  return (
    <div class={`field${props.error ? ' field--error' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label class="field__label" for={props.id}>{props.label}</label>
      {props.hint && <p class="field__hint" id={`${props.id}-hint`}>{props.hint}</p>}
      {props.error && (
        <p class="field__error" id={`${props.id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

export function TextField(props: FieldProps & {
  value?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'date';
  autocomplete?: string;
  list?: string;
  required?: boolean;
  inputData?: Record<string, string>;
}) {
  const id = props.id ?? fieldId(props.name);
  const data = Object.fromEntries(Object.entries(props.inputData ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return (
    <FieldFrame {...props} id={id}>
      <input
        class="field__input"
        type={props.type ?? 'text'}
        id={id}
        name={props.name}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        list={props.list}
        required={props.required}
        disabled={props.disabled}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        {...data}
      />
    </FieldFrame>
  );
}

export function TextareaField(props: FieldProps & { value?: string; rows?: number }) {
  const id = props.id ?? fieldId(props.name);
  return (
    <FieldFrame {...props} id={id}>
      <textarea
        class="field__input field__textarea"
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        disabled={props.disabled}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { value?: string | undefined; options: Option[]; emptyLabel?: string }) {
  const id = props.id ?? fieldId(props.name);
  const value = props.value ?? '';
  return (
    <FieldFrame {...props} id={id}>
      <select
        class="field__input field__select"
        id={id}
        name={props.name}
        disabled={props.disabled}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.emptyLabel !== undefined && <option value="" selected={value === ''}>{props.emptyLabel}</option>}
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === value}>{option.label}</option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A button; `variant` changes only its look, its text always says what it does. */
export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  name?: string;
  value?: string;
  formAction?: string;
  type?: 'submit' | 'button';
  id?: string;
  disabled?: boolean;
  data?: Record<string, string>;
}) {
  const data = Object.fromEntries(Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return (
    <button
      type={props.type ?? 'submit'}
      class={`button button--${props.variant ?? 'primary'}`}
      name={props.name}
      value={props.value}
      formAction={props.formAction}
      id={props.id}
      disabled={props.disabled}
      {...data}
    >
      {props.children}
    </button>
  );
}
