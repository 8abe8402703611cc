import type { ContentKind } from './contentKinds';
import type { ParagraphBlock } from './paragraphBlockSchema';

/** The template section kind a block is printed under; undefined for blocks that are only mentioned (written proposals). */
export function contentKindOf(block: ParagraphBlock): ContentKind | undefined {
  if (block.type === 'statement') return block.kind;
  if (block.type === 'voteRound') return block.main ? 'mainVote' : 'voteRound';
  if (block.type === 'writtenProposal') return undefined;
  return block.type;
}
