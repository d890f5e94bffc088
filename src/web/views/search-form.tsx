import { paths, sitePath, type SiteContext } from './site.js';

/** As long as the search engine reads a query; past this it would cut it anyway. */
export const SEARCH_MAX_LENGTH = 4000;

/** Where search forms send the query: the server's /search, or what a static export chose. */
export function searchAction(site: SiteContext): string {
  const action = site.staticExport?.searchAction ?? paths.search();
  return /^https?:\/\//.test(action) ? action : sitePath(site, action);
}

export interface SearchFormProps {
  site: SiteContext;
  /** Unique on the page: the input gets `${id}-q`, the script's listbox `${id}-q-listbox`. */
  id: string;
  label: string;
  /** The header form hides its label; its button and placement say what it is. */
  labelHidden?: boolean;
  value?: string;
  /** Class modifier: `search-form--${variant}`. */
  variant: 'header' | 'page';
  /**
   * Marks the input for `search-suggest.js`. The page must also load the script
   * (Layout's `searchSuggest`); without it the input stays a plain search box.
   */
  suggest?: boolean;
  /** One form per page is the search landmark (the header's, or the page's own where the header has none), so a page never has two with one name. */
  landmark?: boolean;
  /** Shown in the empty box (never instead of a label: the label stays, hidden or not). */
  placeholder?: string;
  /** Help shown under the label, tied to the input with aria-describedby. */
  hint?: string;
}

/**
 * A plain GET form: it works without JavaScript, and a new query starts without filters.
 * search-suggest.js turns a `data-suggest` input into a combobox when it can.
 */
export function SearchForm(props: SearchFormProps) {
  const { site, id, variant } = props;
  const inputId = `${id}-q`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <form
      class={`search-form search-form--${variant}`}
      action={searchAction(site)}
      method="get"
      role={props.landmark ? 'search' : undefined}
      aria-label={props.landmark ? 'Site' : undefined}
    >
      <label class={props.labelHidden ? 'visually-hidden' : 'search-form__label'} for={inputId}>
        {props.label}
      </label>
      {props.hint && (
        <p class="search-form__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div class="search-form__row">
        <div class="search-form__field">
          <input
            class="search-form__input"
            type="search"
            name="q"
            id={inputId}
            value={props.value || undefined}
            autocomplete="off"
            maxlength={SEARCH_MAX_LENGTH}
            enterkeyhint="search"
            placeholder={props.placeholder}
            aria-describedby={hintId}
            data-suggest={props.suggest ? '' : undefined}
            data-suggest-url={props.suggest ? sitePath(site, paths.suggest()) : undefined}
            data-suggest-base={props.suggest ? site.basePath.replace(/\/+$/, '') : undefined}
          />
        </div>
        <button class="search-form__button" type="submit">
          Search
        </button>
      </div>
    </form>
  );
}
