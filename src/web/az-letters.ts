/** The A–Z letter a topic is filed under; names that start with a digit or symbol go under '#'. */
export function azLetter(name: string): string {
  const first = name.trim().normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function azLetters(entries: { name: string }[]): string[] {
  return [...new Set(entries.map((entry) => azLetter(entry.name)))].sort((a, b) =>
    a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b),
  );
}
