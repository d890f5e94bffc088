import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

export type FrontMatter =
  | { data: Record<string, unknown>; body: string; error?: undefined }
  | { data?: undefined; body?: undefined; error: string };

/**
 * Splits a Markdown file into its YAML front matter and body.
 *
 * gray-matter does the splitting, but its defaults are not used: its YAML parser (js-yaml 3)
 * rolls an impossible date such as 2026-13-45 over into a real one, and its "---js" front
 * matter is run through eval. YAML 1.2 via `yaml` keeps dates as text for strict checking
 * and reads yes/no as text. Passing options also keeps gray-matter from caching by content,
 * which would hide a parse error the second time the same text is seen.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const source = text.replace(/\r\n?/g, '\n');
  const opening = /^---([^\n]*)\n/.exec(source);
  if (!opening) return { error: 'front matter: missing (the file must start with a "---" line, YAML fields, then another "---" line)' };
  const language = (opening[1] ?? '').trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return { error: `front matter: only YAML front matter is supported (found "---${language}")` };
  }
  if (!/\n---[ \t]*(\n|$)/.test(source.slice(opening[0].length - 1))) {
    return { error: 'front matter: no closing "---" line' };
  }
  try {
    const file = matter(source, { engines: { yaml: parseYamlMapping, javascript: refuseCode, coffee: refuseCode } });
    const data: unknown = file.data;
    if (!isRecord(data)) return { error: 'front matter: must be a list of "field: value" lines' };
    return { data, body: file.content };
  } catch (error) {
    return { error: `front matter: ${yamlErrorMessage(error)}` };
  }
}

/** Parses YAML 1.2; errors throw, warnings (unknown tags and the like) are not printed. */
export function parseYamlText(source: string): unknown {
  return parseYaml(source, { logLevel: 'error' });
}

function parseYamlMapping(source: string): object {
  const value = parseYamlText(source);
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new Error('must be a list of "field: value" lines');
  return value;
}

function refuseCode(): object {
  throw new Error('only YAML front matter is supported');
}

/**
 * YAML errors end with a code excerpt over several lines; a report line needs only the first
 * ("... at line 3, column 8"). The front matter starts on the file's line 1, so line numbers
 * already match the file.
 */
export function yamlErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/:\s*$/, '');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
