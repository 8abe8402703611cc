import { createSentenceContext, type ProtocolParagraph, type ProtocolTemplate } from '@yttra/domain';
import { hint, type LiveText, sentence } from './liveText';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/** How the protocol names a written proposal where members move it ("Tilläggsyrkande från SD den 5 april 2024"). */
export function writtenProposalName(
  block: { id?: unknown } | undefined,
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
): LiveText {
  if (typeof block?.id !== 'string') return hint('Yrkandet saknar id.');
  try {
    return sentence(capitalize(createSentenceContext(paragraph, template).mention({ to: block.id }, 'motion')));
  } catch (error) {
    return hint(error instanceof Error ? error.message : String(error));
  }
}
