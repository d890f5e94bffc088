/**
 * Characters a text field may not hold, and text made safe for a terminal. Pure (issue 14):
 * a title holding U+0001 made feed.xml invalid XML for every reader, and one holding
 * `ESC ] 0 ; … BEL` retitled the terminal of whoever ran `healthpress search`.
 */

/**
 * What XML 1.0 does not allow (its `Char` production): C0 controls but tab, line feed and
 * carriage return; U+FFFE and U+FFFF; and a lone surrogate (half of a character, from broken
 * input). Everything else, DEL and the C1 controls included, is allowed.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source.replace(/\/u$/, ''), 'gu');

/** The first character XML 1.0 does not allow, as `U+0001 at character 5`; null when there is none. */
export function disallowedCharacter(text: string): string | null {
  const match = NOT_XML.exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at character ${match.index + 1}`;
}

/** `field: contains U+0001 at character 5, a control character text may not hold`, or null. */
export function disallowedCharacterProblem(field: string, text: string | null | undefined): string | null {
  if (!text) return null;
  const found = disallowedCharacter(text);
  return found === null ? null : `${field}: contains ${found}, a control character text may not hold`;
}

/** The text without the characters XML 1.0 does not allow (for output from data stored before the check). */
export function withoutDisallowedCharacters(text: string): string {
  return text.replace(NOT_XML_ALL, '');
}

/**
 * ANSI/VT escape sequences a terminal acts on: CSI (`ESC [ … final`), OSC, DCS, SOS, PM and APC
 * strings (`ESC ] … BEL` or `… ESC \`), and other escapes (`ESC c` resets); also their 8-bit C1 forms.
 */
const TERMINAL_SEQUENCE = /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[ -/]*[0-~]?/g;
/** Controls left after the sequences: C0 but tab and line feed, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text as a terminal may print it: no escape sequence, no control character but tab and line feed. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_SEQUENCE, '').replace(CONTROL, '');
}

/** Every text field of a value given as `[field name, text]` pairs, checked: one problem per field that fails. */
export function disallowedCharacterProblems(fields: [field: string, text: string | null | undefined][]): string[] {
  return fields.map(([field, text]) => disallowedCharacterProblem(field, text)).filter((problem): problem is string => problem !== null);
}
