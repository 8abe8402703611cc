import type { JSONContent } from '@tiptap/core';
import type { DecisionSentence } from '@yttra/domain';

/** A decisionSentence node. The recipient is not stored on it: it is the header's `replyTo`. */
export function decisionSentenceContent(sentence: DecisionSentence): JSONContent {
  if (sentence.kind === 'according' || sentence.kind === 'recommend') {
    const { kind, ...mentions } = sentence;
    return {
      type: 'decisionSentence',
      attrs: { kind, statesInAddition: false, text: '', mentions: JSON.stringify(mentions) },
    };
  }
  return sentence.kind === 'freeText'
    ? { type: 'decisionSentence', attrs: { kind: 'freeText', statesInAddition: false, text: sentence.text } }
    : {
        type: 'decisionSentence',
        attrs: { kind: 'approveReportAsReply', statesInAddition: sentence.statesInAddition, text: '' },
      };
}
