import type { JSONContent } from '@tiptap/core';
import type { ParagraphBlock } from '@yttra/domain';

/** A procedure block as its document node: the domain block's JSON, with document ids for proposal ids. */
export function procedureBlockContent(block: ParagraphBlock): JSONContent {
  return { type: 'procedureBlock', attrs: { block: JSON.stringify(block) } };
}
