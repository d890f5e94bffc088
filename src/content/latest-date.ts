/** The latest of some dates (ISO strings sort as dates); null when there is none. An article's "last modified" is the latest of its published, updated and reviewed dates. */
export function latestDate(...dates: (string | null | undefined)[]): string | null {
  const present = dates.filter((date): date is string => typeof date === 'string' && date !== '').sort();
  return present.at(-1) ?? null;
}
