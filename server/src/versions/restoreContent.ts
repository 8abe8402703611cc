import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { documentToJSON, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import type { DocumentRegistry } from '../sync/DocumentRegistry';

/**
 * Writes an earlier state's content into the live document as an ordinary edit in `userId`'s name: y-prosemirror
 * turns the difference into Yjs operations on the shared document, so connected clients see it at once, comment
 * anchors on unchanged text hold, and the history before it stays as it was.
 */
export async function restoreContent(
  registry: DocumentRegistry,
  documentId: string,
  state: Uint8Array,
  userId: string,
): Promise<void> {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, state);
  const content = documentToJSON(scratch);
  scratch.destroy();
  // Under the document's cluster lock and resolved once durable: made once however many instances serve it.
  await registry.changeDocument(documentId, (document) => {
    document.applyServerChange((doc) => {
      prosemirrorJSONToYXmlFragment(getEditorSchema(), content, doc.getXmlFragment(CONTENT_FRAGMENT));
    }, userId);
  });
}
