import { SingleBar } from 'cli-progress';

/**
 * A progress bar on standard error, so standard output stays clean for reports and `--json`.
 * Without a terminal it still prints a line every few seconds, unless the output is JSON for a
 * program to read.
 */
export function progressBar(format: string, options: { json?: boolean }): SingleBar {
  return new SingleBar({
    format,
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: !process.stderr.isTTY && !options.json,
    notTTYSchedule: 5000,
  });
}
