import { distance } from 'fastest-levenshtein';

/**
 * Reads typed values out of parsed YAML and collects every problem as "<field>: <reason>",
 * so an author fixing a file sees all of its mistakes at once instead of one per import.
 */
export class FieldReader {
  readonly problems: string[] = [];

  constructor(private readonly data: Record<string, unknown>, private readonly prefix = '') {}

  fail(field: string, reason: string): void {
    this.problems.push(`${this.prefix}${field}: ${reason}`);
  }

  has(field: string): boolean {
    const value = this.data[field];
    return value !== undefined && value !== null;
  }

  raw(field: string): unknown {
    return this.data[field];
  }

  /** Trimmed text; null when absent. Empty text counts as absent only when not required. */
  text(field: string, required = false): string | null {
    const value = this.data[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) this.fail(field, value === undefined ? 'is required' : 'must not be empty');
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(field, `must be text (got ${describe(value)})`);
      return null;
    }
    return value.trim();
  }

  /** A list of non-empty names; an absent field is an empty list. */
  names(field: string): string[] {
    const value = this.data[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(field, `must be a list of names (got ${describe(value)})`);
      return [];
    }
    const names: string[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item === 'string' && item.trim() !== '') names.push(item.trim());
      else this.fail(field, `item ${index + 1} must be a non-empty name (got ${describe(item)})`);
    });
    return names;
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.data[field];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    this.fail(field, `must be true or false (got ${describe(value)})`);
    return fallback;
  }

  choice<T extends string>(field: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(field);
    if (value === null) return fallback;
    const found = allowed.find((option) => option === value);
    if (found === undefined) {
      this.fail(field, `must be one of ${allowed.map((option) => `"${option}"`).join(', ')} (got "${value}")`);
      return fallback;
    }
    return found;
  }

  /** A calendar date as YYYY-MM-DD; null when absent. */
  date(field: string): string | null {
    const value = this.data[field];
    if (value === undefined || value === null || value === '') return null;
    const date = toIsoDate(value);
    if (date === null) {
      const shown = value instanceof Date ? 'an invalid date' : typeof value === 'string' ? `"${value}"` : describe(value);
      this.fail(field, `${shown} is not a date (expected YYYY-MM-DD)`);
    }
    return date;
  }

  /** Reports keys nobody reads: a misspelt optional field would otherwise vanish silently. */
  rejectUnknown(known: readonly string[]): void {
    for (const key of Object.keys(this.data)) {
      if (known.includes(key)) continue;
      const suggestion = key.length > 3 ? known.find((name) => distance(name, key.toLowerCase()) <= 2) : undefined;
      this.fail(key, suggestion ? `unknown field (did you mean "${suggestion}"?)` : 'unknown field');
    }
  }
}

/**
 * Dates arrive as text (YAML 1.2) or as Date objects (YAML 1.1 parsers turn 2026-03-12 into
 * one, at midnight UTC). A time of day is allowed and dropped. The calendar check matters:
 * `new Date('2026-02-30')` would quietly become 2 March.
 */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}
