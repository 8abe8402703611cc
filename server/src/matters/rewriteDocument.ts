import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { documentToJSON, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { DocumentRegistry } from '../sync/DocumentRegistry';

/**
 * Rewrites a live document's content through the schema; y-prosemirror turns the difference into Yjs edits, so
 * the change is stored and relayed like anyone's edit. Computed and made under the document's cluster lock, on the
 * log as it stands, so that several instances never make the same change twice.
 */
export function rewriteDocument(
  registry: DocumentRegistry,
  documentId: string,
  change: (content: JSONContent) => JSONContent,
  /** The user the change is made for: it is recorded as theirs (who wrote what). */
  actorId?: string,
): Promise<void> {
  return registry.changeDocument(documentId, (document) => {
    const next = change(documentToJSON(document.doc));
    document.applyServerChange((doc) => {
      prosemirrorJSONToYXmlFragment(getEditorSchema(), next, doc.getXmlFragment(CONTENT_FRAGMENT));
    }, actorId);
  });
}
