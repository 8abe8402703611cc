import type { JSONContent } from '@tiptap/core';
import type { ProtocolTemplate } from '@yttra/domain';
import { emptyBlockContent } from './emptyBlockContent';
import { insertBlocksIntoContent } from './insertBlocksIntoContent';

export type DraftBlockKind = 'proposal' | 'statement' | 'reservation' | 'protocolNote';

/**
 * A new party-group draft: the matter's header (so its sentences phrase as they will in the protocol) and the
 * one block the group is writing, in its template section.
 */
export function draftContent(
  kind: DraftBlockKind,
  header: Record<string, unknown>,
  template: ProtocolTemplate,
): JSONContent {
  return insertBlocksIntoContent(
    { type: 'doc', content: [{ type: 'protocolHeader', attrs: header }] },
    [draftBlock(kind)],
    template,
  );
}

function draftBlock(kind: DraftBlockKind): JSONContent {
  if (kind === 'protocolNote') return emptyBlockContent('statement', { statementKind: 'protokollsanteckning' });
  const block = emptyBlockContent(kind);
  // A drafted reservation is mostly its written reasons: give them a paragraph to start in.
  return kind === 'reservation' ? { ...block, content: [...(block.content ?? []), { type: 'paragraph' }] } : block;
}
