import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { type ProtocolNodeName, protocolNodes } from './nodes/protocolNodes';

export interface SharedExtensionOptions {
  /**
   * Replacements for protocol nodes, e.g. `{ proposal: Proposal.extend({ addNodeView }) }`: the client adds its
   * node views this way. A replacement must keep the node's name and schema, or client and server disagree.
   */
  nodes?: Partial<Record<ProtocolNodeName, AnyExtension>>;
}

/**
 * The one editor extension set. The client mounts it (adding only collaboration plumbing and node views); the
 * server builds its ProseMirror schema from it, so both always agree on what a document may contain.
 */
export function createSharedExtensions(options: SharedExtensionOptions = {}): AnyExtension[] {
  const nodes = Object.entries(protocolNodes).map(([name, node]) => options.nodes?.[name as ProtocolNodeName] ?? node);
  return [
    StarterKit.configure({
      // Yjs brings its own undo manager, scoped to the local user's changes.
      undoRedo: false,
      // Every client would add its own trailing paragraph at the same moment, piling up empty ones.
      trailingNode: false,
      link: { openOnClick: false, autolink: true },
    }),
    ...nodes,
  ];
}
