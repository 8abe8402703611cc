import {
  createSentenceContext,
  type ParagraphBlock,
  type ProtocolParagraph,
  type ProtocolTemplate,
  paragraphBlockSchema,
  renderVersion2Block,
} from '@yttra/domain';
import { hint, type LiveText, sentence } from './liveText';

/**
 * The generated sentences of one version-2 block as the export prints them. The blocks before it are phrased too
 * (and their text discarded), because what was said before changes the wording: the chair is named in full once.
 * While the block cannot be phrased yet (a mention of a proposal that is gone), a Swedish hint says why.
 */
export function liveProcedureSentences(
  block: unknown,
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
): LiveText[] {
  const parsed = paragraphBlockSchema.safeParse(block);
  if (!parsed.success) return [hint('Blocket kan inte läsas och skrivs inte ut.')];
  const own = JSON.stringify(parsed.data);
  const context = createSentenceContext(paragraph, template);
  try {
    for (const earlier of paragraph.blocks) {
      if (JSON.stringify(earlier) === own) break;
      renderVersion2Block(earlier, context);
    }
    const rendered = renderVersion2Block(parsed.data as ParagraphBlock, context) ?? [];
    return rendered.flatMap((output) => ('text' in output ? [sentence(output.text)] : []));
  } catch (error) {
    return [hint(error instanceof Error ? error.message : String(error))];
  }
}
