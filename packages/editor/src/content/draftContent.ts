import type { JSONContent } from '@tiptap/core';
import { emptyBlockContent } from './emptyBlockContent';

export type DraftBlockKind = 'proposal' | 'statement' | 'reservation' | 'protocolNote';

/**
 * A new party-group draft: the one block the group writes, and nothing else (docs/document-model.md, "Drafts").
 * Deterministic apart from the proposal's random id, and valid in the draft's shape.
 */
export function draftContent(kind: DraftBlockKind): JSONContent {
  return { type: 'doc', content: [draftBlock(kind)] };
}

function draftBlock(kind: DraftBlockKind): JSONContent {
  if (kind === 'protocolNote') return emptyBlockContent('statement', { statementKind: 'protokollsanteckning' });
  const block = emptyBlockContent(kind);
  // A drafted reservation is mostly its written reasons: give them a paragraph to start in.
  return kind === 'reservation' ? { ...block, content: [...(block.content ?? []), { type: 'paragraph' }] } : block;
}
