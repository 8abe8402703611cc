import type { DecisionText } from '../model/decisionTextSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { decisionSentence } from './decisionSentence';

/**
 * A proposal as it reads when quoted (under a reservation): a flat run of paragraphs, the numbered additions
 * written out with their numbers because a quote is one continuous passage.
 */
export function quotedDecisionText(text: DecisionText, board: string, template: ProtocolTemplate): string[] {
  return [
    ...(text.sentence ? [decisionSentence(text.sentence, board, template)] : []),
    ...text.paragraphs,
    ...text.additions.map((addition, index) =>
      fillPattern(template.phrases.quotedAddition, { number: index + 1, text: addition }),
    ),
  ];
}
