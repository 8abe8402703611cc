import type { DecisionSentence } from '../model/decisionTextSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';

/**
 * "Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till
 * kommunstyrelsen som svar på remissen[ och därutöver anför följande]."
 */
export function decisionSentence(sentence: DecisionSentence, board: string, template: ProtocolTemplate): string {
  if (sentence.kind === 'freeText') return sentence.text;
  if (sentence.kind !== 'approveReportAsReply') {
    // These mention proposals, which only the paragraph-wide sentence context can resolve.
    throw new Error(`Beslutsmeningen "${sentence.kind}" formuleras av mallens version 2-meningar.`);
  }
  const pattern = sentence.statesInAddition
    ? template.phrases.decisionApproveReportStatingInAddition
    : template.phrases.decisionApproveReport;
  return fillPattern(pattern, { board, recipient: sentence.recipient });
}
