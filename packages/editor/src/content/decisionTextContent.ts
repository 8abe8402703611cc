import type { JSONContent } from '@tiptap/core';
import type { DecisionText } from '@yttra/domain';
import { decisionSentenceContent } from './decisionSentenceContent';
import { paragraphContent } from './paragraphContent';

/** A decision text as nodes: the sentence, the introduction's paragraphs, then the numbered additions. */
export function decisionTextContent(text: DecisionText): JSONContent[] {
  return [
    ...(text.sentence ? [decisionSentenceContent(text.sentence)] : []),
    ...text.paragraphs.map((paragraph) => paragraphContent(paragraph)),
    ...(text.additions.length > 0
      ? [
          {
            type: 'numberedAdditions',
            content: text.additions.map((addition) => ({
              type: 'additionItem',
              content: [paragraphContent(addition)],
            })),
          },
        ]
      : []),
    ...(text.bullets && text.bullets.length > 0
      ? [
          {
            type: 'bulletList',
            content: text.bullets.map((bullet) => ({ type: 'listItem', content: [paragraphContent(bullet)] })),
          },
        ]
      : []),
  ];
}
