import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type * as Y from 'yjs';
import { documentToJSON } from '../documentToJSON';
import { getEditorSchema } from '../editorSchema';
import type { DraftShape } from './documentShape';
import { normalizeDraftContent } from './normalizeDraftContent';

/**
 * Brings a draft's Yjs document into its shape (`normalizeDraftContent`): a stored draft of an older version on
 * load, and whatever a client sent that the shape does not allow (a header, a second block, a block with its
 * person list deleted) after each update. Writes only the difference (y-prosemirror's diff), inside the caller's
 * transaction when there is one; returns whether anything changed.
 */
export function enforceDraftShape(doc: Y.Doc, shape: DraftShape): boolean {
  const { content, changed } = normalizeDraftContent(documentToJSON(doc), shape);
  if (!changed) return false;
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(getEditorSchema(shape), content, doc.getXmlFragment(CONTENT_FRAGMENT));
  });
  return true;
}
