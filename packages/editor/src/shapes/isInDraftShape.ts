import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import type { DraftShape } from './documentShape';

/**
 * A cheap look at the structure a draft must keep, for the server to run after every update (deletions bring no
 * new element for `findUnknownContent` to see): one top-level block of the shape, its person list first.
 */
export function isInDraftShape(doc: Y.Doc, shape: DraftShape): boolean {
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
  if (fragment.length !== 1) return false;
  const block = fragment.get(0);
  if (!(block instanceof Y.XmlElement) || block.nodeName !== shape) return false;
  const first = block.length > 0 ? block.get(0) : undefined;
  return first instanceof Y.XmlElement && first.nodeName === 'personList';
}
