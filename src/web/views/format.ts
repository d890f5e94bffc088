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
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: DATE_ONLY.test(value) ? value : date.toISOString(), text: READABLE.format(date) };
}

export function sameDay(a: string | null, b: string | null): boolean {
  const left = displayDate(a);
  const right = displayDate(b);
  return left !== null && right !== null && left.text === right.text;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
