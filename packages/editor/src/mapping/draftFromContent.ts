import type { JSONContent } from '@tiptap/core';
import type { DraftShape } from '../shapes/documentShape';
import { normalizeDraftContent } from '../shapes/normalizeDraftContent';
import { type TemplateRegistry, templateRegistry } from '../templates/templateRegistry';
import { type ParagraphFromContent, paragraphFromContent } from './paragraphFromContent';

/**
 * A party's draft as the domain's paragraph: its one block (in shape, see `normalizeDraftContent`) under the
 * matter's header, which the draft itself does not hold but its sentences are phrased with. Downloads and tabled
 * texts render this (`renderDraft`); assembly inserts the same block.
 */
export function draftFromContent(
  document: JSONContent,
  shape: DraftShape,
  header: Record<string, unknown>,
  templates: TemplateRegistry = templateRegistry,
): ParagraphFromContent {
  const { content } = normalizeDraftContent(document, shape);
  return paragraphFromContent(
    { type: 'doc', content: [{ type: 'protocolHeader', attrs: header }, ...(content.content ?? [])] },
    templates,
  );
}
