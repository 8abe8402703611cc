import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import { getEditorSchema } from './editorSchema';

/**
 * Client id used for content the server writes on a document's behalf. Seeding twice (two servers, or a
 * retry) then produces identical Yjs items, which merge instead of duplicating.
 */
export const SEED_CLIENT_ID = 0;

/** Encodes ProseMirror JSON as one Yjs update, validated against the shared schema. */
export function contentToUpdate(content: JSONContent): Uint8Array {
  // A guid of our own: Yjs's default draws one random number per character, most of a millisecond per document,
  // and a scratch document is never anyone's subdocument.
  const doc = new Y.Doc({ guid: 'seed' });
  doc.clientID = SEED_CLIENT_ID;
  prosemirrorJSONToYXmlFragment(getEditorSchema(), content, doc.getXmlFragment(CONTENT_FRAGMENT));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
