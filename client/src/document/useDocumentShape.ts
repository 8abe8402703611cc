import { type DocumentShape, shapeOfTopNodeName } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

/**
 * The shape of the document in `ydoc`, from its content (so that it is known offline too): a party's draft is its
 * one block, anything else a protocol. The editor's schema depends on it; a draft stored in an older shape that the
 * server rewrites while the page is open changes shape, and the editor is built anew.
 */
export function useDocumentShape(ydoc: Y.Doc): DocumentShape {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
  const subscribe = useCallback(
    (changed: () => void) => {
      fragment.observe(changed);
      return () => fragment.unobserve(changed);
    },
    [fragment],
  );
  return useSyncExternalStore(subscribe, () => {
    const first = fragment.length > 0 ? fragment.get(0) : undefined;
    return shapeOfTopNodeName(first instanceof Y.XmlElement ? first.nodeName : undefined);
  });
}
