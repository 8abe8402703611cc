import type { JSONContent } from '@tiptap/core';
import type { DraftShape } from '../shapes/documentShape';
import { normalizeDraftContent } from '../shapes/normalizeDraftContent';

/**
 * The block a draft holds, as assembly inserts it into the paragraph: the same mapping its editor, its downloads
 * and its tabled text use (`normalizeDraftContent`), so drafts stored in older shapes insert what they show.
 */
export function extractDraftBlocks(document: JSONContent, shape: DraftShape): JSONContent[] {
  return normalizeDraftContent(document, shape).content.content ?? [];
}
