import {
  ADMINISTRATION_PROPOSAL,
  createSentenceContext,
  type ProtocolParagraph,
  type ProtocolTemplate,
} from '@yttra/domain';
import type { Choice } from '../live/proposalChoices';

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/**
 * What a procedure block can mention, named as the template names it: the administration's proposal, the written
 * proposals (by their parties and date) and the motions made at the meeting (by their movers, "Daniel Bernmars
 * yrkande"). Blocks still being filled in are not in the paragraph yet, so they cannot be mentioned.
 */
export function mentionChoices(paragraph: ProtocolParagraph, template: ProtocolTemplate): Choice[] {
  const context = createSentenceContext(paragraph, template);
  const name = (attempts: ReadonlyArray<() => string>, fallback: string) => {
    for (const attempt of attempts) {
      try {
        return capitalize(attempt());
      } catch {
        // The template has no such form; try the next.
      }
    }
    return fallback;
  };
  const administration =
    template.organisation?.administrationProposal ?? template.phrases.administrationProposalReference;
  const choices: Choice[] = [{ value: ADMINISTRATION_PROPOSAL, label: capitalize(administration) }];
  for (const block of paragraph.blocks) {
    if (block.type === 'writtenProposal') {
      const to = block.id;
      choices.push({
        value: to,
        label: name([() => context.mention({ to }, 'motion')], `Skriftligt yrkande från ${block.parties.join(', ')}`),
      });
    } else if (block.type === 'motion') {
      const to = block.id;
      const movers = block.movers.map((person) => person.name).join(', ');
      choices.push({
        value: to,
        label: name(
          [() => context.mention({ to, form: 'mover' }, 'vote'), () => context.mention({ to }, 'vote')],
          `Yrkande av ${movers}`,
        ),
      });
    }
  }
  return choices;
}
