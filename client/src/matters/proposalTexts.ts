import type { JSONContent } from '@tiptap/core';
import { type ParagraphBlock, type ProposalBlock, quotedDecisionText } from '@yttra/domain';
import { paragraphFromContent, templateOfContent } from '@yttra/editor';

const isOwnProposal = (block: ParagraphBlock): block is ProposalBlock =>
  block.type === 'proposal' && block.kind === 'own';

/**
 * The own text of each proposal in a tabled draft, as it reads when quoted: the protocol's "Förslag till beslut"
 * names only who proposed what, so the tabled text alone would not show what a proposal says. Loaded lazily (it
 * needs the editor schema's mapping), only when a tabled proposal is opened.
 */
export function proposalTexts(content: unknown): string[][] {
  if (typeof content !== 'object' || content === null) return [];
  const json = content as JSONContent;
  const { paragraph } = paragraphFromContent(json);
  const template = templateOfContent(json);
  return paragraph.blocks
    .filter(isOwnProposal)
    .map((block) => quotedDecisionText(block, paragraph.header.board, template))
    .filter((lines) => lines.length > 0);
}
