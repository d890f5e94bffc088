/**
 * A MedQuAD question made presentable as a page title. The wording stays as the dataset has it
 * ("What is (are) X ?" keeps its "(are)"); only spacing, doubled question marks and the first
 * letter's case change.
 */
export function tidyQuestion(question: string): string {
  const tidied = question
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+\?/g, '?')
    // "Who is at risk for X? ?" comes from a template that appended "?" to a focus ending in "?".
    .replace(/\?(?:\s*\?)+/g, '?');
  return tidied.charAt(0).toUpperCase() + tidied.slice(1);
}
