import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type * as Y from 'yjs';
import { getEditorSchema } from './editorSchema';

/** Reads a Yjs document's content through the shared schema, as ProseMirror JSON. */
export function documentToJSON(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT), getEditorSchema()).toJSON();
}
