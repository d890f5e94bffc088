import { escapeInline } from '../../content/markdown-escape.js';

/**
 * The body of a page whose answer the dataset does not carry: the question, and where to read
 * the answer. `removed` says why there is no answer (the dataset's authors removed the whole
 * collection's answers for copyright reasons) so the page does not look broken.
 */
export function linkOutMarkdown(question: string, publisher: string, url: string | null, removed: boolean): string {
  const link = url && /^https?:\/\//i.test(url) ? `[read it on the source site](${markdownUrl(url)})` : null;
  const where = link
    ? `The answer to this question is published by ${escapeInline(publisher)}: ${link}.`
    : `The answer to this question is published by ${escapeInline(publisher)}.`;
  const why = removed
    ? 'MedQuAD, the question-and-answer collection this page comes from, keeps the question but not the answer, which stays with its publisher for copyright reasons.'
    : 'MedQuAD, the question-and-answer collection this page comes from, has no answer text for this question.';
  return `**${escapeInline(question)}**\n\n${where}\n\n${why}`;
}

/** Characters that would end or break a Markdown link destination are percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
