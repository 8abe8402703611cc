import type { ContentKind } from './contentKinds';
import type { ParagraphBlock } from './paragraphBlockSchema';

export function contentKindOf(block: ParagraphBlock): ContentKind {
  return block.type === 'statement' ? block.kind : block.type;
}
