import { type Editor, useEditorState } from '@tiptap/react';
import type { DraftContextStorage } from './DraftContext';
import { type ProtocolContext, protocolContextOf } from './protocolContext';

/**
 * A slice of the document's context for a node view. Node views re-render only when their own node changes; this
 * subscribes to every transaction (local or remote) and re-renders when the selected slice is different.
 */
export function useProtocolContext<Selected>(editor: Editor, select: (context: ProtocolContext) => Selected): Selected {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const draft = (current.storage as unknown as { draftContext?: DraftContextStorage }).draftContext;
      return select(protocolContextOf(current.state.doc, draft?.header));
    },
  });
}
