import type { DisplayDate } from '../../views/format.js';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
});

/** "5 Dec 2026, 14:02 UTC"; null for a missing or unreadable time. */
export function displayDateTime(value: string | null | undefined): DisplayDate | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { iso: date.toISOString(), text: `${DATE_TIME.format(date)} UTC` };
}

export function When({ at }: { at: string | null | undefined }) {
  const shown = displayDateTime(at);
  return shown ? <time dateTime={shown.iso}>{shown.text}</time> : <>—</>;
}
