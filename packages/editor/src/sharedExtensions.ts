import { type AnyExtension, Node } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { CaretPlacement } from './editing/CaretPlacement';
import { StructureGuard } from './editing/StructureGuard';
import { type ProtocolNodeName, protocolNodes } from './nodes/protocolNodes';
import type { DocumentShape } from './shapes/documentShape';
import { SuggestionDeletion } from './suggestions/SuggestionDeletion';
import { SuggestionInsertion } from './suggestions/SuggestionInsertion';
import { SuggestionModification } from './suggestions/SuggestionModification';

export interface SharedExtensionOptions {
  /**
   * Replacements for protocol nodes, e.g. `{ proposal: Proposal.extend({ addNodeView }) }`: the client adds its
   * node views this way. A replacement must keep the node's name and schema, or client and server disagree.
   */
  nodes?: Partial<Record<ProtocolNodeName, AnyExtension>>;
  /** The document's shape (docs/document-model.md): 'protocol' (the default) or the block a party's draft is. */
  shape?: DocumentShape;
}

/** Nodes only the secretary's paragraph holds. */
const PARAGRAPH_ONLY: readonly ProtocolNodeName[] = [
  'protocolHeader',
  'protocolSection',
  'proposalsClosing',
  'decisionProcedure',
  'vote',
  'attachmentList',
];
const DRAFT_BLOCKS: readonly ProtocolNodeName[] = ['proposal', 'statement', 'reservation'];

/**
 * The one editor extension set. The client mounts it (adding only collaboration plumbing and node views); the
 * server builds its ProseMirror schema from it, so both always agree on what a document may contain.
 *
 * Every shape knows every node name (y-prosemirror deletes elements whose name the schema does not know, so a
 * draft stored in an older shape must never meet an unknown name), but a draft's schema lets nodes stand only where
 * the party writes: its document is exactly its one block, and the paragraph's blocks belong to no group there, so
 * no command, paste or keystroke can put them into a draft.
 */
export function createSharedExtensions(options: SharedExtensionOptions = {}): AnyExtension[] {
  const shape = options.shape ?? 'protocol';
  const nodes = Object.entries(protocolNodes).map(([name, node]) => {
    const chosen = options.nodes?.[name as ProtocolNodeName] ?? node;
    if (shape === 'protocol') return chosen;
    const outOfPlace =
      PARAGRAPH_ONLY.includes(name as ProtocolNodeName) || DRAFT_BLOCKS.includes(name as ProtocolNodeName);
    return outOfPlace ? (chosen as Node).extend({ group: 'outOfShape' }) : chosen;
  });
  return [
    StarterKit.configure({
      // Yjs brings its own undo manager, scoped to the local user's changes.
      undoRedo: false,
      // Every client would add its own trailing paragraph at the same moment, piling up empty ones.
      trailingNode: false,
      // A caret between blocks types into a place no block shows (and the mapping may print elsewhere).
      gapcursor: false,
      link: { openOnClick: false, autolink: true },
      ...(shape === 'protocol' ? {} : { document: false as const }),
    }),
    ...(shape === 'protocol' ? [] : [Node.create({ name: 'doc', topNode: true, content: shape })]),
    ...nodes,
    // Suggestions live in the document (and so in Yjs): every replica, the server included, must know the marks.
    SuggestionInsertion,
    SuggestionDeletion,
    SuggestionModification,
    CaretPlacement,
    StructureGuard,
  ];
}
