import { createSentenceContext, type ProtocolParagraph, type ProtocolTemplate } from '@yttra/domain';
import type { Choice } from './proposalChoices';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/**
 * The motions of the paragraph (who moved what at the meeting) as select options, named as the template names them
 * in a vote ("Jenny Bromans yrkande"): what a version-2 reservation can be in favour of.
 */
export function motionChoices(paragraph: ProtocolParagraph, template: ProtocolTemplate): Choice[] {
  if (template.version !== 2) return [];
  const context = createSentenceContext(paragraph, template);
  return paragraph.blocks.flatMap((block) => {
    if (block.type !== 'motion') return [];
    try {
      return [{ value: block.id, label: capitalize(context.mention({ to: block.id, form: 'mover' }, 'vote')) }];
    } catch {
      return [{ value: block.id, label: `Yrkande av ${block.movers.map((person) => person.name).join(', ')}` }];
    }
  });
}
