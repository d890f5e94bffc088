import { splitAnswerBlocks, type AnswerBlock } from './answer-blocks.js';
import { inferStructure } from './answer-structure.js';
import { escapeBlock, escapeHeadingText, escapeInline } from '../../content/markdown-escape.js';

/**
 * A MedQuAD answer (plain text whose layout survives only as runs of spaces and newlines) as
 * clean Markdown: paragraphs separated by blank lines, "- " lists, "## " sub-headings, and every
 * character that Markdown would read as syntax escaped, so the page shows the text as written.
 * Returns '' for an empty answer.
 */
export function answerToMarkdown(answer: string): string {
  const blocks = inferStructure(splitAnswerBlocks(tidySpacing(answer)));
  let markdown = '';
  let previous: AnswerBlock | null = null;
  for (const block of blocks) {
    if (previous) markdown += previous.kind === 'item' && block.kind === 'item' ? '\n' : '\n\n';
    markdown += renderBlock(block);
    previous = block;
  }
  return markdown;
}

function renderBlock(block: AnswerBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${block.level === 3 ? '###' : '##'} ${escapeHeadingText(block.text)}`;
    case 'item':
      // The term gets a hard line break ("\" at the end of the line) before its description.
      return block.term === undefined
        ? `- ${escapeBlock(block.text)}`
        : `- **${escapeInline(block.term)}**\\\n  ${escapeBlock(block.text)}`;
    case 'paragraph':
      return escapeBlock(block.text);
    case 'lines':
      return block.text.split('\n').map(escapeBlock).join('\\\n');
  }
}

/** "Summary : A1C is..." and "Physical exam and history : An exam..." lose the space before ':'. */
function tidySpacing(answer: string): string {
  return answer.replace(/([\p{L})])[ \u00a0]+:(?=\s)/gu, '$1:');
}
