import type { RenderBlock } from './renderBlock';

const HEADER_KINDS = new Set<RenderBlock['kind']>(['paragraphNumber', 'title', 'matterKind', 'caseNumber']);

/**
 * The plain text export: one line per paragraph, a blank line between paragraphs, a heading directly above its
 * first paragraph, and tight runs for the header lines and the attachment list (as in a printed protocol).
 */
export function renderPlainText(blocks: readonly RenderBlock[]): string {
  let output = '';
  let previous: RenderBlock | undefined;
  for (const block of blocks) {
    if (previous) output += belongsWithPrevious(previous, block) ? '\n' : '\n\n';
    output += blockText(block);
    previous = block;
  }
  return output === '' ? '' : `${output}\n`;
}

function belongsWithPrevious(previous: RenderBlock, block: RenderBlock): boolean {
  if (previous.kind === 'heading') return true;
  if (HEADER_KINDS.has(previous.kind) && HEADER_KINDS.has(block.kind)) return true;
  return previous.kind === 'attachment' && block.kind === 'attachment';
}

function blockText(block: RenderBlock): string {
  switch (block.kind) {
    case 'pageHeader':
      return block.lines ? block.lines.join('\n') : `${block.board} ${block.protocol}\n${block.meetingDate}`;
    case 'numberedItem':
      return `${block.number}. ${block.text}`;
    case 'quote':
      return block.paragraphs.join('\n\n');
    case 'attachment':
      return [block.documentNumber, block.status === undefined ? undefined : `(${block.status})`, block.title]
        .filter((part) => part !== undefined)
        .join(' ');
    default:
      return block.text;
  }
}
