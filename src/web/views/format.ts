const READABLE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  // Stored dates are UTC; formatting in the server's zone could shift them by a day.
  timeZone: 'UTC',
});

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface DisplayDate {
  /** Machine-readable value for `<time datetime>`. */
  iso: string;
  /** e.g. "12 March 2026". */
  text: string;
}

/** Null for missing or unparseable dates, so a bad value is hidden rather than shown as "Invalid Date". */
export function displayDate(value: string | null | undefined): DisplayDate | null {
  if (!value) return null;
  const known = formatted.get(value);
  if (known !== undefined) return known;
  const date = new Date(value);
  const shown = Number.isNaN(date.getTime()) ? null : { iso: DATE_ONLY.test(value) ? value : date.toISOString(), text: READABLE.format(date) };
  // Intl formatting was a twentieth of rendering a listing; a site has few distinct dates.
  if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
  formatted.set(value, shown);
  return shown;
}

const FORMATTED_LIMIT = 10_000;
const formatted = new Map<string, DisplayDate | null>();

export function sameDay(a: string | null, b: string | null): boolean {
  const left = displayDate(a);
  const right = displayDate(b);
  return left !== null && right !== null && left.text === right.text;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
