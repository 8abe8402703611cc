import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type * as Y from 'yjs';
import { getEditorSchema } from './editorSchema';

/** Plain text of a Yjs document, one line per block. */
export function documentToText(doc: Y.Doc): string {
  const root = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT), getEditorSchema());
  return root.textBetween(0, root.content.size, '\n', '\n');
}
